FROM node:24-slim
ENTRYPOINT ["node"]
HEALTHCHECK CMD ["node", "-e", "0"]
ENTRYPOINT ["node", "--enable-source-maps"]
HEALTHCHECK CMD ["node", "/app/health.js"]
