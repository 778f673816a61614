FROM debian:trixie-slim
RUN useradd -l -u 100000 app \
 && useradd --no-log-init --uid 100001 other \
 && useradd -rlu 100002 third
