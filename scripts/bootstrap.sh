#!/usr/bin/env bash
# Set up everything the build (and, with --test, the tests) need on Debian or Ubuntu:
# system packages via apt-get when we are root (or have password-less sudo), a virtualenv
# in .venv made with the system Python, and the pinned packages of requirements.lock.
# Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

# The system Python, unless QUANYI_PYTHON names another. requirements.lock holds versions
# that install on 3.10 to 3.13 (Ubuntu 22.04 and 24.04, Debian 12 and 13).
python=${QUANYI_PYTHON:-/usr/bin/python3}
[ -x "$python" ] || python=$(command -v python3 || true)
if [ -z "$python" ]; then
  echo "No python3 found. Install it with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y python3 python3-venv" >&2
  exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  echo "$("$python" --version 2>&1) at $python is too old: Quanyi needs Python 3.10 or newer." >&2
  echo "Use Debian 12 or newer, or Ubuntu 22.04 or newer; or point QUANYI_PYTHON at a newer python3:" >&2
  echo "  QUANYI_PYTHON=/path/to/python3.11 make site" >&2
  exit 1
fi

# Required everywhere; libharfbuzz-subset0 only where the release has it (not Ubuntu 22.04,
# whose HarfBuzz has subsetting built in): it makes WeasyPrint's font subsetting fast.
system_packages=(python3-venv fonts-noto-cjk fonts-noto-core libpango-1.0-0 libpangoft2-1.0-0 poppler-utils)
optional_packages=(libharfbuzz-subset0)
[ "$want_tests" = 1 ] && system_packages+=(chromium)

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]; }
missing=()
for pkg in "${system_packages[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
# python3-venv is only needed when the python in use cannot make a venv by itself.
if [ "${#missing[@]}" -gt 0 ] && "$python" -c 'import venv, ensurepip' 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
  read -r -a missing <<< "${missing[*]}"
fi
optional=()
for pkg in "${optional_packages[@]}"; do
  installed "$pkg" || optional+=("$pkg")
done

if [ "${#missing[@]}" -gt 0 ] || [ "${#optional[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
    sudo=none
  fi
  if [ "$sudo" = none ]; then
    if [ "${#missing[@]}" -gt 0 ]; then
      echo "Missing system packages: ${missing[*]}" >&2
      echo "Install them with:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]} ${optional[*]}" >&2
      exit 1
    fi
  else
    echo "Installing system packages: ${missing[*]} ${optional[*]}" >&2
    $sudo apt-get update -qq
    export DEBIAN_FRONTEND=noninteractive
    if [ "${#missing[@]}" -gt 0 ]; then
      $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    fi
    for pkg in "${optional[@]}"; do
      if apt-cache show "$pkg" >/dev/null 2>&1; then
        $sudo apt-get install -y -qq --no-install-recommends "$pkg" >&2
      fi
    done
  fi
fi

stamp=.venv/.installed
if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
  rm -rf .venv  # made by an older or a removed Python: make it again
fi
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ requirements.lock -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
  touch "$stamp"
fi
