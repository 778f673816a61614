FROM python:3.13-slim
ENV APP_HOME=/opt/app
WORKDIR $APP_HOME
