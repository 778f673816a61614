FROM python:3.13-slim
HEALTHCHECK NONE
CMD ["python", "-m", "worker"]
