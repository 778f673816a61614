FROM python:3.13-slim
CMD ["python", "-m", "http.server"]
COPY app.py /app/
CMD ["python", "/app/app.py"]
