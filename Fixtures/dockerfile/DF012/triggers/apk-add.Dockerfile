FROM alpine:3.22
RUN apk add curl ca-certificates
