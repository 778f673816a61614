# fake value: a fixed alphabet walk, never a real credential
FROM python:3.13-slim
ENV SESSION_SECRET=jqx4BIPWdkry5CJQXelsz6DKRYfmt07E
ENV API_TOKEN kry5CJQXelsz6DKRYfmt07EL
