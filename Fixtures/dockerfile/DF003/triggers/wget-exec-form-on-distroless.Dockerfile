FROM gcr.io/distroless/python3-debian12
COPY app.py /app/
HEALTHCHECK CMD ["wget", "-q", "--spider", "http://127.0.0.1:8000/health"]
CMD ["/app/app.py"]
