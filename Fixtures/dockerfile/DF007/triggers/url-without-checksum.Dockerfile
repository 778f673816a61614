FROM alpine:3.22
ADD https://example.com/releases/tool-1.4.2.tar.gz /tmp/tool.tar.gz
