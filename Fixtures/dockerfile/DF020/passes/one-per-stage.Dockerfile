FROM node:24-slim AS build
CMD ["npm", "test"]

FROM node:24-slim
CMD ["node", "server.js"]
