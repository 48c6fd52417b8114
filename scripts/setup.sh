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

# Install from the lockfile when node_modules is missing or older than it. Not `npm ci`: the
# registry this machine reaches lacks some other platforms' optional binaries (@swc/core-darwin-*),
# so the lockfile cannot list them and `npm ci` refuses it as out of sync; `npm install --no-save`
# installs the locked versions and leaves the lockfile alone.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm install (locked versions)"
  npm install --no-audit --no-fund --no-save
fi
