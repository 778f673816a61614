FROM node:24-slim
WORKDIR /srv
WORKDIR data
