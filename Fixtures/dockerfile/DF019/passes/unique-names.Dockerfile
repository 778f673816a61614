FROM node:24-slim AS deps
RUN npm ci

FROM deps AS build
RUN npm run build

FROM nginx:1.28
COPY --from=build /app/dist /usr/share/nginx/html
