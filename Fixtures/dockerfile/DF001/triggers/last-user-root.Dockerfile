FROM node:24-slim
USER node
RUN npm config set fund false
USER root
CMD ["node", "server.js"]
