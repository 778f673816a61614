FROM debian:trixie-slim
RUN apt-get update \
 && if apt-get install -s postgresql-17-jit > /dev/null 2>&1; then apt-get install -y --no-install-recommends postgresql-17-jit; fi \
 && rm -rf /var/lib/apt/lists/*
