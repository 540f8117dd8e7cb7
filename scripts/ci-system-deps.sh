#!/usr/bin/env bash
# System packages the browser and database tests need: Debian's chromium (driven by
# playwright-core, which downloads no browser of its own), CJK fonts so Chinese renders
# in report screenshots, and PostgreSQL (the load tests start a throwaway cluster).
# Idempotent: when everything is already installed it only checks and says so.
# Called by .ci/run before `npm ci`.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto/NotoSansCJK-* >/dev/null 2>&1 || need+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)

if [ ${#need[@]} -eq 0 ]; then
  echo "ci-system-deps: chromium, fonts-noto-cjk and postgresql already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ci-system-deps: no apt-get on this machine; missing: ${need[*]} (browser/database tests will fail in CI)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
    echo "ci-system-deps: not root and no sudo; cannot install: ${need[*]}" >&2
    exit 0
  fi
fi
echo "ci-system-deps: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "ci-system-deps: installed ${need[*]}"
