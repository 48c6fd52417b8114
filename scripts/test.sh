#!/usr/bin/env bash
# README quick start, second command (and what CI runs): every check, in the
# order that fails fastest. Installs what a fresh machine lacks first.
#
# The build runs in the background beside the parity runs that mostly sleep, at
# idle priority (SCHED_IDLE: it gets only the CPU they leave, so a sleeper's
# wake-up never waits behind it; at nice 10, with a cold build on a fresh clone,
# two CPython runs of s1-03 ended 0.12-0.16 s late), and the CPU-bound timed parity
# runs (runAlone) wait until it has finished. Each stage prints its time.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
stage=""
stage_started=$SECONDS
step() {
  [ -n "$stage" ] && printf '=== %s: %d s\n' "$stage" $((SECONDS - stage_started))
  stage=$1
  stage_started=$SECONDS
  printf '\n=== %s\n' "$1"
}

step "setup"
bash scripts/setup.sh --with-browser
step "format, lint and types, side by side (prettier --check; ESLint with types, React hooks, Docusaurus translation rules; tsc strict on the site, tests and every twin)"
# Three independent readers of the same files: together they take the time of the slowest (lint).
checks_dir=$(mktemp -d)
npm run check-format >"$checks_dir/format" 2>&1 &
format_pid=$!
npm run lint >"$checks_dir/lint" 2>&1 &
lint_pid=$!
npm run typecheck >"$checks_dir/types" 2>&1 &
types_pid=$!
checks_failed=0
for check in format:$format_pid lint:$lint_pid types:$types_pid; do
  if ! wait "${check#*:}"; then
    printf '\n--- %s failed:\n' "${check%%:*}"
    cat "$checks_dir/${check%%:*}"
    checks_failed=1
  fi
done
rm -rf "$checks_dir"
[ "$checks_failed" -eq 0 ] || exit 1
step "unit tests (formatter, clock, runner behaviour)"
npm run test:unit

step "parity, runs that mostly sleep (every pair, every locale: CPython and the TypeScript twin print the expected output), the build beside them"
build_log=$(mktemp)
build_pid=""
# The build's own process group, so that a failure here stops all of it (npm, docusaurus, workers).
stop_build() { [ -n "$build_pid" ] && kill -- "-$build_pid" 2>/dev/null || true; }
trap 'stop_build; rm -f "$build_log"' EXIT
setsid chrt --idle 0 bash -c 'SECONDS=0; status=0; npm run build || status=$?; echo "=== build: $SECONDS s"; exit $status' \
  >"$build_log" 2>&1 &
build_pid=$!
PARITY_PHASE=together npx tsx --test tests/parity/*.test.ts

step "build (three locales; broken links and anchors fail it), its log"
build_status=0
wait "$build_pid" || build_status=$?
build_pid=""
cat "$build_log"
if [ "$build_status" -ne 0 ]; then
  echo "build failed (exit $build_status): its log is above"
  exit "$build_status"
fi

step "parity, CPU-bound timed runs (runAlone), each with the cores it keeps busy to itself"
PARITY_PHASE=alone npx tsx --test tests/parity/samples.test.ts
# The browser suite, one test file at a time (the stage is CPU-bound: two at a time took as long,
# 290 s against about 275, and broke timed checks), the timed ones last (tests/browser/timed: busy
# loops, Python's time.sleep, a frame's 200 ms, Stop's 100 ms: README, Tests).
step "browser (Debian Chromium against the production build)"
npx tsx --test --test-concurrency=1 tests/browser/*.test.ts
step "browser, timed (tests/browser/timed)"
npx tsx --test --test-concurrency=1 tests/browser/timed/*.test.ts
step "all checks passed"
printf '=== total: %d s\n' $((SECONDS - started))
