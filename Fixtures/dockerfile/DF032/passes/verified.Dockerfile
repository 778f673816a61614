FROM node:24-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=1 NODE_EXTRA_CA_CERTS=/etc/ssl/certs/corp-ca.pem
RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && wget -q https://example.com/x
