FROM alpine:3.20
# specql-deploy ignore=DF999 reason="fixture: the reason is given"
RUN echo hello
