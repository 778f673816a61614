FROM python:3.13-slim
ENV STRIPE_API_KEY sk_live_51HxyzAbCdEf
