FROM debian:trixie-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc

FROM debian:trixie-slim
COPY --from=build /usr/bin/gcc /tmp/gcc
