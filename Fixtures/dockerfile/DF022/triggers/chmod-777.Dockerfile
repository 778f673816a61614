FROM debian:trixie-slim
RUN mkdir -p /data && chmod -R 777 /data
