FROM debian:trixie-slim
RUN touch /var/log/app.log && chmod 666 /var/log/app.log
