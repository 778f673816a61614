FROM node:24-alpine
COPY . /app
HEALTHCHECK CMD ["curl", "-f", "http://127.0.0.1:3000/health"]
CMD ["node", "/app/server.js"]
