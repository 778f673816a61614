FROM debian:trixie-slim
RUN chmod 755 /usr/local/bin/app \
 && chmod +x /usr/local/bin/entrypoint \
 && chmod o-w /srv \
 && chmod g+w /srv/shared \
 && chmod 0644 /etc/app.conf
