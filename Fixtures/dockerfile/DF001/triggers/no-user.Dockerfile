FROM python:3.13-slim
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
