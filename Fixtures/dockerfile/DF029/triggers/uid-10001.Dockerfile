FROM debian:trixie-slim
RUN groupadd -g 10001 app && useradd --uid=10001 -g app app
