FROM golang:1.27 AS build
RUN go build -o /tmp/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /tmp/app /app
ENTRYPOINT ["/app"]
