#!/usr/bin/env bash
# README quick start, second command (and what CI runs): every check, in the
# order that fails fastest. Installs what a fresh machine lacks first.
#
# The build and the static checks run in the background beside the parity runs that mostly sleep, at
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
step "unit tests (formatter, clock, runner behaviour)"
npm run test:unit

step "parity, runs that mostly sleep (every pair, every locale: CPython and the TypeScript twin print the expected output); beside them the build and the format, lint and type checks"
# Beside parity's sleeping runs, at idle priority (see above): the build, and the three static
# checks (prettier --check; ESLint with types, React hooks and Docusaurus's translation rules; tsc
# strict on the site, the tests and every twin). The checks took 40-50 s on their own stage; here
# they use CPU the sleeping runs leave, and their verdict is read when parity ends.
work_dir=$(mktemp -d)
background=()
# Each in a process group of its own, so a failure here stops all of it (npm, docusaurus, workers).
stop_background() { for pid in "${background[@]}"; do kill -- "-$pid" 2>/dev/null || true; done; }
trap 'stop_background; rm -rf "$work_dir"' EXIT
run_idle() {
  local name=$1
  shift
  setsid chrt --idle 0 bash -c "SECONDS=0; status=0; $*"' || status=$?; echo "=== '"$name"': $SECONDS s"; exit $status' \
    >"$work_dir/$name" 2>&1 &
  background+=($!)
  eval "${name//-/_}_pid=$!"
}
run_idle build npm run build
run_idle format npm run check-format
run_idle lint npm run lint
run_idle types npm run typecheck
PARITY_PHASE=together npx tsx --test tests/parity/*.test.ts

step "format, lint and types (run beside parity): their verdicts"
checks_failed=0
for check in format lint types; do
  pid_var="${check}_pid"
  if wait "${!pid_var}"; then
    tail -n 1 "$work_dir/$check"
  else
    printf '\n--- %s failed:\n' "$check"
    cat "$work_dir/$check"
    checks_failed=1
  fi
done
[ "$checks_failed" -eq 0 ] || exit 1

step "build (three locales; broken links and anchors fail it), its log"
build_status=0
wait "$build_pid" || build_status=$?
cat "$work_dir/build"
if [ "$build_status" -ne 0 ]; then
  echo "build failed (exit $build_status): its log is above"
  exit "$build_status"
fi

step "parity, CPU-bound timed runs (runAlone), one at a time with the machine to themselves"
PARITY_PHASE=alone npx tsx --test tests/parity/samples.test.ts
step "browser (Debian Chromium against the production build)"
npm run test:browser
step "all checks passed"
printf '=== total: %d s\n' $((SECONDS - started))
