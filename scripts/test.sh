#!/usr/bin/env bash
# `npm test`: every check CI runs, in this order —
#   1. environment   Chromium, Chinese fonts and pdftoppm (installs them when missing, as root)
#   2. types         astro check (beside step 3)
#   3. unit tests    vitest, project "unit"
#   4. build         npm run build → dist/
#   5. build tests   vitest, project "build", over the built site
#   6. browser tests Playwright against dist/, served by astro preview
# It keeps going after a failing step, so that one run shows everything that is wrong — except
# after a failed build: dist/ then still holds the last good build (scripts/build.mjs keeps it for
# the site), and tests run on it would pass or fail for code that is not this code. So the build
# tests and browser tests are not run, and are listed as not run. A failed environment check skips
# the browser tests. Every step has a time limit: one that outlives it is stopped, with everything
# it started, and reported as timed out. Each suite leaves a JSON report in test-results/. The end
# is a table, one row per step with its time, the total wall time, and as the very last line the
# totals: `N passed, N failed` (see scripts/summary.mjs).
set -uo pipefail
cd "$(dirname "$0")/.."

# The project's Node 24 (the `node` devDependency), also when this is run as `bash scripts/test.sh`
# rather than through npm; the system node is too old for Astro 7.
export PATH="$PWD/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1

out=test-results
mkdir -p "$out"
rm -f "$out/steps.tsv" "$out/types.log" "$out/unit.json" "$out/build.json" "$out/e2e.json"

now_ms() { date +%s%3N; }
started=$(now_ms)

# Time limits (coreutils `timeout` durations), several times what each step takes on a slow
# machine: they are there to stop a hang, not to judge speed. TEST_LIMIT_<STEP> overrides one.
limit_env=${TEST_LIMIT_ENV:-20m} # apt-get may install Chromium, fonts, Java and nginx
limit_types=${TEST_LIMIT_TYPES:-10m}
limit_unit=${TEST_LIMIT_UNIT:-10m}
limit_build=${TEST_LIMIT_BUILD:-15m}
limit_build_tests=${TEST_LIMIT_BUILD_TESTS:-20m}
limit_e2e=${TEST_LIMIT_E2E:-20m}

# 20m → milliseconds.
limit_ms() {
  local n=${1%[smh]}
  case $1 in
    *h) echo $((n * 3600000)) ;;
    *m) echo $((n * 60000)) ;;
    *) echo $((n * 1000)) ;;
  esac
}

# A step runs in a process group of its own (timeout's), which Ctrl-C at the terminal does not
# reach: pass it on, then stop.
step_pid=''
interrupted=0
on_signal() {
  interrupted=1
  [[ -n $step_pid ]] && kill -TERM "$step_pid" 2>/dev/null
}
trap on_signal INT TERM

# run_step KEY LABEL KIND REPORT LIMIT COMMAND... — runs COMMAND under LIMIT and records how it went.
# KIND is `check` (counts as one check) or the suite's reporter: `vitest` or `playwright`.
run_step() {
  local key=$1 label=$2 kind=$3 report=$4 limit=$5
  shift 5
  printf '\n==> %s (time limit %s): %s\n\n' "$label" "$limit" "$*"
  local start status elapsed outcome
  start=$(now_ms)
  # When the limit passes, timeout sends TERM to the command's whole process group, and KILL to
  # whatever is left 30 s later.
  timeout --kill-after=30s "$limit" "$@" &
  step_pid=$!
  wait "$step_pid"
  status=$?
  # A trapped signal ends `wait` early: wait again for the step to stop.
  if ((interrupted)); then
    wait "$step_pid"
    status=$?
  fi
  step_pid=''
  elapsed=$(($(now_ms) - start))
  outcome=$status
  if ((interrupted)); then
    outcome=interrupted
  elif (((status == 124 || status == 137) && elapsed >= $(limit_ms "$limit"))); then
    outcome=timeout
    printf '\n==> %s: TIMED OUT — still running after %s, stopped.\n' "$label" "$limit"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$label" "$kind" "$outcome" "$elapsed" "$report" "$limit" >>"$out/steps.tsv"
  if ((interrupted)); then
    node scripts/summary.mjs "$out/steps.tsv" "$started"
    exit 130
  fi
  [[ $outcome == 0 ]]
}

# not_run KEY LABEL KIND REASON
not_run() {
  printf '\n==> %s: NOT RUN (%s)\n' "$2" "$4"
  printf '%s\t%s\t%s\tnot run: %s\t\t\t\n' "$1" "$2" "$3" "$4" >>"$out/steps.tsv"
}

vitest_json() { printf '%s\n' --reporter=default --reporter=json "--outputFile.json=$out/$1.json"; }

env_ok=1 build_ok=1
run_step env 'environment' check '' "$limit_env" bash scripts/ensure-env.sh || env_ok=0
# The type check runs beside the unit tests (it keeps one core busy, they are short): its output is
# kept aside and shown when both have ended.
run_step types 'types (astro check)' check '' "$limit_types" astro check >"$out/types.log" 2>&1 &
types_pid=$!
# shellcheck disable=SC2046 # vitest_json prints one argument per line, none with spaces
run_step unit 'unit tests (vitest)' vitest "$out/unit.json" "$limit_unit" vitest run --project unit $(vitest_json unit)
wait "$types_pid"
cat "$out/types.log"
run_step build 'build (npm run build)' check '' "$limit_build" npm run build || build_ok=0
if ((!build_ok)); then
  printf '\n==> THE BUILD FAILED. dist/ still holds the last good build, not this code: the build tests\n'
  printf '    and browser tests are not run.\n'
  not_run build-tests 'build tests (vitest)' vitest 'the build failed'
  not_run e2e 'browser tests (playwright)' playwright 'the build failed'
else
  # shellcheck disable=SC2046
  run_step build-tests 'build tests (vitest)' vitest "$out/build.json" "$limit_build_tests" vitest run --project build $(vitest_json build)
  if ((!env_ok)); then
    not_run e2e 'browser tests (playwright)' playwright 'the environment check failed'
  else
    run_step e2e 'browser tests (playwright)' playwright "$out/e2e.json" "$limit_e2e" playwright test
  fi
fi

node scripts/summary.mjs "$out/steps.tsv" "$started"
