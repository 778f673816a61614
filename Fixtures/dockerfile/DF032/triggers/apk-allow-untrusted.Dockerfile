FROM alpine:3.22
RUN apk add --no-cache --allow-untrusted /tmp/pkgs/*.apk
