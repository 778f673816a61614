#!/usr/bin/env bash
# bench.sh BIN CORPUS — see scripts/bench.py.
set -euo pipefail
exec python3 "$(dirname "$0")/bench.py" "$@"
