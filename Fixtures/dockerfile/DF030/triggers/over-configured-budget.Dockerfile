FROM python:3.13-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 curl && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir pandas==2.2.3 numpy==2.1.3
