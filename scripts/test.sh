#!/usr/bin/env bash
# README quick start, second command (and what CI runs): every check, in the
# order that fails fastest. Installs what a fresh machine lacks first.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s\n' "$*"; }

step "setup"
bash scripts/setup.sh --with-browser
step "format (prettier --check)"
npm run check-format
step "lint (ESLint: typescript-eslint with types, React hooks, Docusaurus translation rules)"
npm run lint
step "types (site, tests and every TypeScript twin, strict)"
npm run typecheck
step "unit tests (formatter, clock, runner behaviour)"
npm run test:unit
step "parity (every pair, every locale: CPython and the TypeScript twin print the expected output)"
npm run test:parity
step "build (three locales; broken links and anchors fail it)"
npm run build
step "browser (Debian Chromium against the production build)"
npm run test:browser
step "all checks passed"
