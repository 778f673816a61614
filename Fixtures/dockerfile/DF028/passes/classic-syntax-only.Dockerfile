FROM alpine:3.22
COPY --chown=10001:10001 app /app
RUN echo "<<not a heredoc" > /tmp/x
