# syntax=docker/dockerfile:1
FROM alpine:3.22
ADD https://github.com/example/project.git#9f1c2e4b7a0d3c5e8f6a1b2c3d4e5f6a7b8c9d0e /src
