FROM python:3.13-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
RUN pip install --no-cache-dir --trusted-host pypi.example.com -r requirements.txt
