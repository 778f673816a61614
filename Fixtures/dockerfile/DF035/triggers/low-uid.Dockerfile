FROM python:3.13-slim
RUN useradd -u 1000 app
USER 1000:1000
CMD ["python", "-m", "app"]
