FROM debian:trixie-slim
RUN <<EOF
apt-get update
EOF
RUN --mount=type=cache,target=/root/.cache true
