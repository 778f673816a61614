FROM alpine:3.22@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1 AS base
RUN echo base

FROM base
RUN echo more

FROM scratch
COPY --from=base /etc/passwd /etc/passwd
