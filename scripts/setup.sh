#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks: Debian's Chromium and CJK
# fonts for the browser tests (Chinese renders as boxes without them), and the
# npm packages pinned by package-lock.json. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--with-browser" ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing ${missing[*]} with apt"
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
      { $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}"; }
  fi
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
