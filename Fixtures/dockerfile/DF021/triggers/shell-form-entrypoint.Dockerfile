FROM node:24-slim
ENTRYPOINT node server.js
