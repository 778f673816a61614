FROM postgres:17
ENTRYPOINT ["docker-entrypoint.sh"]
CMD postgres -c shared_buffers=256MB
