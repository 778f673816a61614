FROM python:3.13-slim
ADD app.py /app/app.py
CMD ["python", "/app/app.py"]
