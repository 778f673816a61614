FROM golang:1.27 AS builder
RUN go build -o /out/app .

FROM alpine:3.22
COPY --from=buidler /out/app /usr/local/bin/app
