FROM golang:1.27 AS build
RUN go build -o /out/app .

FROM alpine:3.22
COPY --from=build /out/app /app
