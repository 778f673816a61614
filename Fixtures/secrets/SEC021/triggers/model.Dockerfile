# fake value: a fixed alphabet walk, never a real credential
FROM python:3.13-slim
ENV HF_TOKEN=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
