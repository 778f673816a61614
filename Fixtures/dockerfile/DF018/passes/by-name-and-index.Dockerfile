FROM golang:1.27 AS Builder
RUN go build -o /out/app .

FROM alpine:3.22
COPY --from=builder /out/app /usr/local/bin/app
COPY --from=0 /out/app /usr/local/bin/app2
