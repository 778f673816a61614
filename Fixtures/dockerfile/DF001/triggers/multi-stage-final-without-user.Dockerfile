FROM golang:1.27 AS build
USER 10001
RUN go build -o /tmp/app ./cmd/app

FROM gcr.io/distroless/static-debian12
COPY --from=build /tmp/app /app
ENTRYPOINT ["/app"]
