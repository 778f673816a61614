#!/usr/bin/env bash
# run-example.sh BIN EXAMPLE OUT — the main job on one deployment.yaml: validate it, generate the stack, lint it.
set -euo pipefail
BIN=$1 EXAMPLE=$2 OUT=$3
echo "==> specql-deploy validate $EXAMPLE"
"$BIN" validate "$EXAMPLE"
echo "==> specql-deploy generate $EXAMPLE -o $OUT"
"$BIN" generate "$EXAMPLE" -o "$OUT"
echo "==> specql-deploy lint $OUT"
"$BIN" lint "$OUT"
