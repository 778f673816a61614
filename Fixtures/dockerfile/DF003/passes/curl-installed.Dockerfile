FROM python:3.13-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
HEALTHCHECK CMD curl -f http://127.0.0.1:8000/health || exit 1
CMD ["python", "-m", "app"]
