FROM alpine:3.20
RUN echo hello # specql-deploy ignore=DF999 reason='single quotes work too'
