FROM python:3.13-slim AS base
RUN pip install --no-cache-dir maturin

FROM base
RUN curl --proto '=https' -fsSL https://sh.rustup.rs | sh -s -- -y
