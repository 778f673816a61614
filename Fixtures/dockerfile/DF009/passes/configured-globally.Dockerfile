FROM debian:trixie-slim
RUN echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/99no-recommends
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
