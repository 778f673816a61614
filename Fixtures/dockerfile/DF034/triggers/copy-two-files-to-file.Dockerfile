FROM node:24-slim
COPY package.json package-lock.json /app
