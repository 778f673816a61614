FROM node:24-slim AS build
HEALTHCHECK CMD ["node", "-e", "process.exit(0)"]
RUN npm ci

FROM node:24-slim
COPY --from=build /app /app
CMD ["node", "/app/server.js"]
