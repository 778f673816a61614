FROM alpine:3.20
# specql-deploy ignore=DF999
RUN echo hello
