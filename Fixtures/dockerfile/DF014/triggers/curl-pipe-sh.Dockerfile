FROM debian:trixie-slim
RUN curl -fsSL https://get.example.com/install.sh | sh
