FROM debian:trixie-slim
RUN useradd -u 100000 -m app
