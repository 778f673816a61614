FROM python:3.13-slim
CMD uvicorn app.main:app --host 0.0.0.0 --port 8000
