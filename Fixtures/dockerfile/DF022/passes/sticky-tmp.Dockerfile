FROM debian:trixie-slim
RUN mkdir -p /tmp/app-cache && chmod 1777 /tmp/app-cache
