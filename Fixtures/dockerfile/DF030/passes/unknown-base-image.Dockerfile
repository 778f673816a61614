FROM registry.example.com/ml/cuda-runtime:12.6
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
