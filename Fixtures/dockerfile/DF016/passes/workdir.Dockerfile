FROM node:24-slim
WORKDIR /app
RUN npm ci
