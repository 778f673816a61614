FROM python:3.13-slim
COPY app.py /app/app.py
