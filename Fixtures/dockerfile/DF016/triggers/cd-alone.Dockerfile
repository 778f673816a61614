FROM node:24-slim
RUN cd /app
