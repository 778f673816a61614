# syntax=docker/dockerfile:1
FROM python:3.13-slim
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends libpq5
EOF
