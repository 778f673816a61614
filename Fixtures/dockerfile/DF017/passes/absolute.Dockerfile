FROM node:24-slim
WORKDIR /app
WORKDIR .
