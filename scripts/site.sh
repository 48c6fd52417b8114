#!/usr/bin/env bash
# README quick start, first command: sets up, builds all three locales and
# serves them (`docusaurus start` serves one locale at a time, so the language
# switch would have nowhere to go). PORT and HOST may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build
exec npx docusaurus serve --host "${HOST:-127.0.0.1}" --port "${PORT:-3000}" --no-open
