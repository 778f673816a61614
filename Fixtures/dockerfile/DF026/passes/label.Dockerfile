FROM alpine:3.22
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
