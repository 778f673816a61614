# fake value: a fixed alphabet walk, never a real credential
FROM node:24-slim
RUN echo "//npm.acme.test/:_authToken=PWdkry5CJQXelsz6DKRYfmt07ELSZgnu" > .npmrc
