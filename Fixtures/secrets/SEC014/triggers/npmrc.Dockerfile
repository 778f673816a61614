# fake value: a fixed alphabet walk, never a real credential
FROM node:24-slim
RUN echo "//registry.npmjs.org/:_authToken=npm_OVcjqx4BIPWdkry5CJQXelsz6DKRYfmt07EL" > .npmrc && pnpm install
