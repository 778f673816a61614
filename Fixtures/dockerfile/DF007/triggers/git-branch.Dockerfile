# syntax=docker/dockerfile:1
FROM alpine:3.22
ADD https://github.com/example/project.git#main /src
