FROM node:24-slim AS test
CMD npm test

FROM node:24-slim
CMD ["node", "server.js"]
