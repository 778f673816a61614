FROM python:3.13-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz \
 && apt-get purge -y curl \
 && rm -rf /var/lib/apt/lists/*
HEALTHCHECK CMD curl -f http://127.0.0.1:8000/health
CMD ["python", "-m", "app"]
