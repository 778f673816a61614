# syntax=docker/dockerfile:1
FROM node:24-slim AS deps
RUN npm ci

FROM node:24-slim
RUN --mount=from=dep,source=/app/node_modules,target=/mnt/node_modules cp -r /mnt/node_modules /app/
