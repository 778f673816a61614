FROM python:3.13-slim AS runtime-base
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

FROM runtime-base
HEALTHCHECK CMD ["curl", "-fsS", "http://127.0.0.1:8000/health"]
CMD ["python", "-m", "app"]
