FROM python:3.13-slim
USER 10001
CMD ["python", "-m", "app"]
