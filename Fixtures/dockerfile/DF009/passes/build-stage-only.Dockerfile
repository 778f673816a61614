FROM debian:trixie-slim AS build
RUN apt-get update && apt-get install -y build-essential && make

FROM debian:trixie-slim
COPY --from=build /out /out
