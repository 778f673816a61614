FROM node:24-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY package.json package-lock.json /app/
COPY package.json package-lock.json .
COPY server.js /app/server.js
