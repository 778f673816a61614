FROM node:24-slim
COPY . /app
RUN cd /app && npm ci
