FROM python:3.13-slim
USER root
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
USER 10001
CMD ["python", "-m", "app"]
