# fake value: a fixed alphabet walk, never a real credential
FROM alpine:3.20
RUN curl -u AC69cf258be147ad0369cf258be147ad03:7ad0369cf258be147ad0369cf258be14 https://api.twilio.com/2010-04-01/Accounts.json
