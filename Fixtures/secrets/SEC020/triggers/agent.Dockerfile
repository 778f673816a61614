# fake value: a fixed alphabet walk, never a real credential
FROM python:3.13-slim
ENV ANTHROPIC_API_KEY=sk-ant-api03-elsz6DKRYfmt07ELSZgnu18FMTahov29GNUbipw3AHOVcjqx4BIPWdkry5CJQXelsz6DKRYfmt07ELSZgnu18FMTahov2AA
