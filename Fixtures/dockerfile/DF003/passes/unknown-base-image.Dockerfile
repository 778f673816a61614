FROM registry.example.com/platform/python-base:3.13
HEALTHCHECK CMD curl -f http://127.0.0.1:8000/health
CMD ["python", "-m", "app"]
