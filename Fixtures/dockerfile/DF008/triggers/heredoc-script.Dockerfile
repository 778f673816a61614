# syntax=docker/dockerfile:1
FROM debian:trixie-slim
RUN <<EOF
set -eux
apt-get update
apt-get install --no-install-recommends ca-certificates
rm -rf /var/lib/apt/lists/*
EOF
