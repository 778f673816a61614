FROM node:24-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*

FROM base
COPY --from=ghcr.io/example/tools:1.2 /usr/local/rustup /usr/local/rustup
CMD ["node", "server.js"]
