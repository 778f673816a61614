FROM debian:trixie-slim
RUN curl -fsSLo /tmp/src.tgz https://example.com/src.tgz && tar -xzf /tmp/src.tgz -C /tmp && cd /tmp/src && make
