FROM alpine:3.20
# specql-deploy ignore=K8S001 reason="wrong file kind"
RUN echo hello
