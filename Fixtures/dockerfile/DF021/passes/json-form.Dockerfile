FROM python:3.13-slim
ENTRYPOINT ["uvicorn"]
CMD ["app.main:app", "--host", "0.0.0.0"]
