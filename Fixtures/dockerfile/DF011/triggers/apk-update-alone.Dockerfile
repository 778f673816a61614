FROM alpine:3.22
RUN apk update
RUN apk add curl
