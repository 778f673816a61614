FROM python:3.13-slim
RUN PIP_NO_CACHE_DIR=1 pip install -r requirements.txt
