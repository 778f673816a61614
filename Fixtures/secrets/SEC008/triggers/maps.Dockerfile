# fake value: a fixed alphabet walk, never a real credential
FROM node:24-slim
ENV GOOGLE_MAPS_API_KEY=AIzaDKRYfmt07ELSZgnu18FMTahov29GNUbipw3
