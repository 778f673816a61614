FROM debian:trixie-slim
RUN curl -kfsSLo /tmp/tool.tgz https://example.com/tool.tgz
