FROM node:latest AS build
RUN npm ci

FROM nginx:1.28
COPY --from=build /app/dist /usr/share/nginx/html
