FROM node:24-slim
ADD --chown=10001:10001 src/ /app/src/
CMD ["node", "/app/src/index.js"]
