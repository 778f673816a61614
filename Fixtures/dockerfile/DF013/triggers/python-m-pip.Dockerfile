FROM python:3.13-slim
RUN python3 -m pip install --upgrade pip && python -m pip install uvicorn==0.32.1
