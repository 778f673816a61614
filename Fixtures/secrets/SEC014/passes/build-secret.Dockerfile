# syntax=docker/dockerfile:1
FROM node:24-slim
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc pnpm install
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
