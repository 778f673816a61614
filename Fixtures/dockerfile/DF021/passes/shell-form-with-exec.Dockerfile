FROM python:3.13-slim
CMD exec gunicorn --bind 0.0.0.0:$PORT app:app
