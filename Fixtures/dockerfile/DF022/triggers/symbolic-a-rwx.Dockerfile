FROM debian:trixie-slim
RUN chmod a+rwx /srv/uploads
