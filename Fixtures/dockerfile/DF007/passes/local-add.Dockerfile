FROM alpine:3.22
ADD rootfs.tar.gz /
