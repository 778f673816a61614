FROM debian:trixie-slim
RUN curl -fsSLo /tmp/install.sh https://get.example.com/install.sh \
 && echo "0b5a2a8ab1e3b0c1b4b6f3d4a8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh \
 && rm /tmp/install.sh
