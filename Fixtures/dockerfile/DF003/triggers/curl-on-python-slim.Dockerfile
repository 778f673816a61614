FROM python:3.13-slim
COPY app.py /app/
HEALTHCHECK --interval=30s CMD curl -f http://127.0.0.1:8000/health || exit 1
CMD ["python", "/app/app.py"]
