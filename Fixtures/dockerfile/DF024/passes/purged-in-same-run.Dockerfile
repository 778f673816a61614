FROM python:3.13-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libpq-dev \
 && pip install --no-cache-dir psycopg2==2.9.10 \
 && apt-get purge -y gcc libpq-dev \
 && rm -rf /var/lib/apt/lists/*
