# syntax=docker/dockerfile:1
FROM debian:trixie-slim
COPY --chmod=777 entrypoint.sh /usr/local/bin/
