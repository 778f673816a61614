FROM alpine:3.20
# a comment that mentions specql-deploy but is no directive
RUN echo hello
