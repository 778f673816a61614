#!/usr/bin/env bash
# validate-generated.sh [--require-all] DIR...
#
# Runs the ecosystem's own validators on trees written by `specql-deploy generate`. One line per
# (file, validator):
#     PASS  <validator>  <path>
#     FAIL  <validator>  <path>      (followed by the first lines of its output)
#     SKIP  <validator>  <path>      (validator not installed; counted as a failure with --require-all)
# and a closing line "validators: N passed, N failed, N skipped".
# Exit status: 0 if nothing failed, 1 if anything failed, 2 on usage errors.
#
#   Dockerfile, Dockerfile.*          hadolint, no config unless DIR/.hadolint.yaml exists; every finding
#                                     (info and up) fails. Dockerfile.dockerignore & co. are BuildKit's
#                                     per-Dockerfile ignore files, not Dockerfiles: they are skipped.
#   Caddyfile*                        caddy validate --adapter caddyfile, and caddy fmt must leave it unchanged
#   docker-compose*.y*ml              compose-spec JSON schema (Draft7Validator, Fixtures/schemas/compose-spec.json)
#                                     and `docker-compose config -q` (override files merged onto docker-compose.yml
#                                     of the same folder; .env.example as the env file when there is no .env)
#   prometheus*.y*ml, prometheus/*.y*ml  promtool check config --syntax-only
#   *.sh, files with a sh/bash shebang  shellcheck
#   .env*                             KEY=VALUE syntax
#   *.json                            parses as JSON
#   every other *.y*ml                yamllint -d relaxed
#
# Tools: `bash scripts/install-deps.sh --validators` installs them (hadolint, docker-compose, yamllint,
# jsonschema and PyYAML in $VALIDATORS_VENV, default /opt/validators-venv; caddy and shellcheck from Debian);
# promtool comes with Debian's `prometheus` package. Nothing here touches the network.
set -euo pipefail

usage() { sed -n '2,28p' "$0" >&2; exit 2; }

REQUIRE_ALL=0
while (($#)); do
  case $1 in
    --require-all) REQUIRE_ALL=1; shift ;;
    -h|--help) usage ;;
    --) shift; break ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) break ;;
  esac
done
(($# >= 1)) || usage
for d in "$@"; do [[ -d $d ]] || { echo "not a directory: $d" >&2; exit 2; }; done

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV="${VALIDATORS_VENV:-/opt/validators-venv}"
SCHEMA="${COMPOSE_SCHEMA:-$HERE/../Fixtures/schemas/compose-spec.json}"
export PATH="$VENV/bin:$PATH"
PY="$VENV/bin/python"
[[ -x $PY ]] || PY=python3

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# caddy writes autosave state under XDG dirs: keep it out of $HOME.
export XDG_DATA_HOME="$WORK/xdg-data" XDG_CONFIG_HOME="$WORK/xdg-config" XDG_CACHE_HOME="$WORK/xdg-cache" NO_COLOR=1

NPASS=0 NFAIL=0 NSKIP=0

report() { # STATUS VALIDATOR PATH [OUTPUT_FILE]
  local status=$1 validator=$2 path=$3 out=${4:-}
  printf '%-4s  %-22s %s\n' "$status" "$validator" "$path"
  case $status in
    PASS) NPASS=$((NPASS + 1)) ;;
    FAIL) NFAIL=$((NFAIL + 1))
          if [[ -n $out && -s $out ]]; then
            { sed -e 's/\x1b\[[0-9;]*m//g' "$out" | grep -v '^[[:space:]]*$' | head -n "${FAIL_LINES:-12}" | sed 's/^/        | /'; } || true
          fi ;;
    SKIP) if ((REQUIRE_ALL)); then NFAIL=$((NFAIL + 1)); else NSKIP=$((NSKIP + 1)); fi ;;
  esac
}

run() { # VALIDATOR PATH TOOL -- command...   (PASS iff the command exits 0)
  local validator=$1 path=$2 tool=$3; shift 4
  if ! command -v "$tool" >/dev/null 2>&1; then
    report SKIP "$validator" "$path (no $tool)"; return
  fi
  local out="$WORK/out.txt"
  if "$@" >"$out" 2>&1; then report PASS "$validator" "$path"; else report FAIL "$validator" "$path" "$out"; fi
}

pyh() { # SUBCOMMAND ARGS...
  "$PY" - "$@" <<'PYEOF'
import sys, json, re
cmd, args = sys.argv[1], sys.argv[2:]
if cmd == "compose-schema":
    import yaml
    from jsonschema import Draft7Validator
    schema = json.load(open(args[1]))
    try:
        doc = yaml.safe_load(open(args[0]))
    except Exception as e:
        print(f"YAML error: {e}"); sys.exit(1)
    errs = sorted(Draft7Validator(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errs:
        print("/".join(map(str, e.absolute_path)) or "<root>", ":", e.message[:300])
    sys.exit(1 if errs else 0)
elif cmd == "json":
    try:
        json.load(open(args[0]))
    except Exception as e:
        print(f"JSON error: {e}"); sys.exit(1)
elif cmd == "dotenv":
    bad = 0
    for n, line in enumerate(open(args[0]), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if not re.match(r'^(export\s+)?[A-Za-z_][A-Za-z0-9_]*=', s):
            print(f"line {n}: not KEY=VALUE: {s[:120]}"); bad += 1
    sys.exit(1 if bad else 0)
PYEOF
}

runpy() { # VALIDATOR PATH MODULE SUBCOMMAND ARGS...
  local validator=$1 path=$2 mod=$3; shift 3
  if ! "$PY" -c "import $mod" >/dev/null 2>&1; then
    report SKIP "$validator" "$path (no python module $mod)"; return
  fi
  local out="$WORK/out.txt"
  if pyh "$@" >"$out" 2>&1; then report PASS "$validator" "$path"; else report FAIL "$validator" "$path" "$out"; fi
}

caddy_fmt_check() { # FILE
  local formatted="$WORK/Caddyfile.fmt"
  caddy fmt "$1" >"$formatted" 2>/dev/null && diff -u "$1" "$formatted"
}

validate_tree() {
  local root rel b lb
  root=$(cd "$1" && pwd)
  mapfile -d '' files < <(find "$root" -name .git -prune -o -type f -print0 | sort -z)
  for f in "${files[@]}"; do
    rel=${f#"$root"/}
    [[ $root == "$PWD"/* ]] && rel=${f#"$PWD"/}
    b=$(basename "$f")
    lb=$(printf '%s' "$b" | tr '[:upper:]' '[:lower:]')

    if [[ $lb == *.dockerignore || $b == .dockerignore ]]; then
      continue
    fi
    if [[ $b == Dockerfile || $b == Dockerfile.* || $lb == *.dockerfile ]]; then
      local hargs=(--no-color)
      [[ -f $root/.hadolint.yaml ]] && hargs+=(--config "$root/.hadolint.yaml")
      run hadolint "$rel" hadolint -- hadolint "${hargs[@]}" "$f"
      continue
    fi
    if [[ $b == Caddyfile* ]]; then
      run caddy-validate "$rel" caddy -- caddy validate --config "$f" --adapter caddyfile
      run caddy-fmt "$rel" caddy -- caddy_fmt_check "$f"
      continue
    fi
    if [[ $lb == *.sh || $lb == *.bash ]] || { [[ $b != *.* ]] && head -n1 "$f" 2>/dev/null | grep -qE '^#!.*\b(ba|da|k)?sh\b'; }; then
      run shellcheck "$rel" shellcheck -- shellcheck "$f"
      continue
    fi
    if [[ $lb == *.json ]]; then
      runpy json-parse "$rel" json json "$f"
      continue
    fi
    if [[ $b == .env* || $lb == *.env ]]; then
      runpy dotenv-syntax "$rel" re dotenv "$f"
      continue
    fi
    [[ $lb == *.yml || $lb == *.yaml ]] || continue

    run yamllint "$rel" yamllint -- yamllint -f parsable -d "${YAMLLINT_CONFIG:-relaxed}" "$f"
    if [[ $lb == docker-compose*.y*ml || $lb == compose*.y*ml ]]; then
      runpy compose-spec-schema "$rel" jsonschema compose-schema "$f" "$SCHEMA"
      local d base="" cand
      d=$(dirname "$f")
      for cand in compose.yaml compose.yml docker-compose.yaml docker-compose.yml; do
        [[ -f $d/$cand ]] && { base=$d/$cand; break; }
      done
      local dcargs=(--project-directory "$d")
      [[ ! -f $d/.env && -f $d/.env.example ]] && dcargs+=(--env-file "$d/.env.example")
      if [[ -n $base && $base != "$f" && $lb != *test* ]]; then dcargs+=(-f "$base" -f "$f"); else dcargs+=(-f "$f"); fi
      run docker-compose-config "$rel" docker-compose -- docker-compose "${dcargs[@]}" config -q
      continue
    fi
    if [[ $lb == prometheus*.y*ml || $rel == prometheus/*.y*ml || $rel == */prometheus/*.y*ml ]]; then
      run promtool-check-config "$rel" promtool -- promtool check config --syntax-only "$f"
      continue
    fi
  done
}

for d in "$@"; do validate_tree "$d"; done
echo "validators: $NPASS passed, $NFAIL failed, $NSKIP skipped"
((NFAIL == 0))
