FROM alpine:3.22
RUN apk add --no-cache curl ca-certificates
