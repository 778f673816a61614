FROM alpine:3.22 AS base
RUN touch /x

FROM alpine:3.22
COPY --from=5 /x /x
