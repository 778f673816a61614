# fake value: a fixed alphabet walk, never a real credential
FROM alpine:3.20
RUN git clone https://x-access-token:ghs_3AHOVcjqx4BIPWdkry5CJQXelsz6DKRYfmt0@github.com/acme/app.git /src
