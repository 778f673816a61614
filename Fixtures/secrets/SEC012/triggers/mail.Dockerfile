# fake value: a fixed alphabet walk, never a real credential
FROM python:3.13-slim
ENV SENDGRID_API_KEY=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
