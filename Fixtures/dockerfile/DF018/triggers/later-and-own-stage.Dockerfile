FROM alpine:3.22 AS first
COPY --from=second /x /x
COPY --from=first /y /y

FROM alpine:3.22 AS second
RUN touch /x
