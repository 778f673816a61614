FROM gcr.io/distroless/static-debian12
COPY server /server
HEALTHCHECK CMD /server -healthcheck
ENTRYPOINT ["/server"]
