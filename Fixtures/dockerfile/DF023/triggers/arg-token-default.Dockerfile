FROM node:24-slim
ARG NPM_TOKEN=npm_1a2b3c4d5e6f7a8b9c0d
RUN npm ci
