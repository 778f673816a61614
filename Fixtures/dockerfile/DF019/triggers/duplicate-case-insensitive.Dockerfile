FROM node:24-slim AS build
RUN npm ci

FROM node:24-slim AS Build
RUN npm run build

FROM nginx:1.28
COPY --from=build /app/dist /usr/share/nginx/html
