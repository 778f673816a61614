FROM alpine:3.20
# café au lait, in UTF-8
RUN echo hello
