FROM ubuntu
RUN echo hello
