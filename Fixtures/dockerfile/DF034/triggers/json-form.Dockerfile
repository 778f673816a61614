FROM node:24-slim
COPY ["package.json", "yarn.lock", "/app/deps"]
