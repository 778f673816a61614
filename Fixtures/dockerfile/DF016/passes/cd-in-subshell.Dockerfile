FROM python:3.13-slim
RUN (cd docs && make html) && pip install --no-cache-dir .
