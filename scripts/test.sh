#!/usr/bin/env bash
# `npm test`: every check, in order — environment (scripts/ensure-env.sh, which installs what a fresh
# Debian machine lacks), lint, types, unit tests, build, build tests, browser tests. It keeps going
# after a failing step, except after a failed build: dist/ then still holds the last good build, not
# this code, so the build tests and browser tests are not run, and are listed as not run. Each step
# has a generous time limit (coreutils `timeout`; TEST_LIMIT_UNIT=20m and the like change one) that
# stops a hang, not a slow run; a step that outlives it is stopped and counts as failed. vitest and
# Playwright write JSON reports into test-results/; scripts/lib/totals.mjs reads them and prints, as
# the very last line, `N passed, N failed` over every suite. Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
# The project's Node 24 (the `node` devDependency), also when run as `bash scripts/test.sh`.
export PATH="$PWD/node_modules/.bin:$PATH" ASTRO_TELEMETRY_DISABLED=1
out=test-results
mkdir -p "$out"
rm -f "$out/steps.tsv" "$out/unit.json" "$out/build.json" "$out/e2e.json"
began=$(date +%s)

# A step runs in a process group of its own (timeout's), which Ctrl-C does not reach: pass it on.
pid='' interrupted=0
trap 'interrupted=1; [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null' INT TERM

# step NAME KIND REPORT LIMIT COMMAND... — KIND: check, vitest or playwright.
step() {
  local name=$1 kind=$2 report=$3 limit=$4 t0=$SECONDS status
  shift 4
  printf '\n==> %s (time limit %s): %s\n\n' "$name" "$limit" "$*"
  timeout --kill-after=30s "$limit" "$@" &
  pid=$!
  wait "$pid"
  status=$?
  if ((interrupted)); then
    wait "$pid"
    echo "==> interrupted during $name" >&2
    exit 130
  fi
  ((status == 124)) && printf '\n==> %s: timed out after %s, and stopped\n' "$name" "$limit"
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$kind" "$status" $((SECONDS - t0)) "$report" >>"$out/steps.tsv"
  return "$status"
}
# vitest_project PROJECT LIMIT — vitest's own report beside its usual output.
vitest_project() { step "$1 tests" vitest "$out/$1.json" "$2" vitest run --project "$1" --reporter=default --reporter=json "--outputFile.json=$out/$1.json"; }

step environment check '' "${TEST_LIMIT_ENV:-20m}" bash scripts/ensure-env.sh # apt-get may install a lot
step lint check '' "${TEST_LIMIT_LINT:-5m}" npm run lint
# The type check runs beside the unit tests (each keeps one core busy); its output is shown after.
step types check '' "${TEST_LIMIT_TYPES:-10m}" astro check >"$out/types.log" 2>&1 &
types=$!
vitest_project unit "${TEST_LIMIT_UNIT:-10m}"
wait "$types"
cat "$out/types.log"
if step build check '' "${TEST_LIMIT_BUILD:-15m}" npm run build; then
  vitest_project build "${TEST_LIMIT_BUILD_TESTS:-20m}"
  step 'browser tests' playwright "$out/e2e.json" "${TEST_LIMIT_E2E:-20m}" playwright test
else
  printf '\n==> The build failed. dist/ still holds the last good build, not this code: the build tests\n'
  printf '    and browser tests are not run.\n'
  printf '%s\t%s\tnot run\n' 'build tests' vitest 'browser tests' playwright >>"$out/steps.tsv"
fi
node scripts/lib/totals.mjs "$out/steps.tsv" "$began"
