FROM debian:trixie-slim
USER 10001
USER 0:0
CMD ["/usr/local/bin/worker"]
