FROM node:24-slim
USER node
CMD ["node", "server.js"]
