FROM python:3.13-slim
RUN useradd -l -u 10001 app
USER 10001:10001
CMD ["python", "-m", "app"]
