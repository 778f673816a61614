FROM alpine:3.22
COPY --link app /app
