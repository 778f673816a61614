FROM alpine:3.20
RUN echo hi # specql-deploy ignore=DF999 reason="typo"
