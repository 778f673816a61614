FROM debian:trixie-slim
RUN set -eux; cd /usr/src/app; make install
