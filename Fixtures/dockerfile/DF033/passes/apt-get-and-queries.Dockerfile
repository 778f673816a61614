FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl && apt list --installed && apt-cache policy curl && rm -rf /var/lib/apt/lists/*
