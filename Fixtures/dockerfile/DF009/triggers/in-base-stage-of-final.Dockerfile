FROM python:3.13-slim AS base
RUN apt-get update && apt-get install -y libpq5 && rm -rf /var/lib/apt/lists/*

FROM base
CMD ["python", "-m", "app"]
