FROM alpine:3.22
RUN adduser -D -u 10001 app
