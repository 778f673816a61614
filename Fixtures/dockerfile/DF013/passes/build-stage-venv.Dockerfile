FROM python:3.13-slim AS build
RUN python -m venv /venv && /venv/bin/pip install -r requirements.txt

FROM python:3.13-slim
COPY --from=build /venv /venv
