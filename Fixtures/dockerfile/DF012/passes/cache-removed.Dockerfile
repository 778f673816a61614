FROM alpine:3.22
RUN apk update && apk add curl && rm -rf /var/cache/apk/*
