FROM ubuntu:24.04
RUN wget -qO- https://deb.example.org/setup_24.x | bash -
