FROM python:3.13-alpine
RUN apk add --no-cache --virtual .build-deps gcc musl-dev \
 && pip install --no-cache-dir psutil==6.1.0 \
 && apk del .build-deps
