FROM nginx:1.28 AS web
HEALTHCHECK CMD ["curl", "-fsS", "http://127.0.0.1/"]

FROM web
COPY site/ /usr/share/nginx/html/
