FROM python:3.13-alpine
HEALTHCHECK CMD wget -q --spider http://127.0.0.1:8000/health || exit 1
CMD ["python", "-m", "app"]
