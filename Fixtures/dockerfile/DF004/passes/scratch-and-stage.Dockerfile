FROM alpine:3.22 AS certs
RUN apk add --no-cache ca-certificates

FROM certs AS build
RUN echo build

FROM scratch
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
