FROM alpine:3.20
# café au lait
RUN echo hello
