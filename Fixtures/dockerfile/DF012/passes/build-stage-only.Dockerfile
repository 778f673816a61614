FROM alpine:3.22 AS build
RUN apk add build-base && make

FROM alpine:3.22
COPY --from=build /out/app /usr/local/bin/app
