FROM python:3.13-slim
ARG APP_UID=10001
USER ${APP_UID}:${APP_UID}
CMD ["python", "-m", "app"]
