# fake value: a fixed alphabet walk, never a real credential
FROM alpine:3.20
ENV AWS_ACCESS_KEY_ID=AKIADGJMPSVY36BEHKNQ
