FROM python:3.13-slim AS base
RUN useradd -l -u 10001 app
USER 10001

FROM base
COPY app.py /app/
CMD ["python", "/app/app.py"]
