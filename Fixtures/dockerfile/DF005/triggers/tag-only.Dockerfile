FROM python:3.13-slim
CMD ["python"]
