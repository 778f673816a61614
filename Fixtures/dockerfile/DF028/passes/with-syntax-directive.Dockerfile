# syntax=docker/dockerfile:1
FROM debian:trixie-slim
RUN --mount=type=cache,target=/var/cache/apt apt-get update
COPY --link <<EOF /etc/app.conf
key = value
EOF
