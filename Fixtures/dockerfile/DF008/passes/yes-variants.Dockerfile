FROM debian:trixie-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && apt-get install -qy --no-install-recommends git \
 && apt-get install --yes --no-install-recommends jq \
 && apt-get -o APT::Get::Assume-Yes=true install --no-install-recommends unzip \
 && yes | apt-get install --no-install-recommends zip \
 && rm -rf /var/lib/apt/lists/*
