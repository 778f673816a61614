FROM debian:trixie-slim
RUN sh -c "$(curl -fsSL https://raw.example.com/install.sh)"
