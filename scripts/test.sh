#!/usr/bin/env bash
# `npm test`: every check CI runs, in this order —
#   1. environment   Chromium, Chinese fonts and pdftoppm (installs them when missing, as root)
#   2. types         astro check
#   3. unit tests    vitest, project "unit"
#   4. build         npm run build → dist/
#   5. build tests   vitest, project "build", over the built site
#   6. browser tests Playwright against dist/, served by astro preview
# It keeps going after a failing step, so that one run shows everything that is wrong; only a
# failed build (or a missing browser) skips the browser tests, which would otherwise test the
# last good dist/. Each suite leaves a JSON report in test-results/. The end is a table, one row
# per step, and as the very last line the totals: `N passed, N failed` (see scripts/summary.mjs).
set -uo pipefail
cd "$(dirname "$0")/.."

# The project's Node 24 (the `node` devDependency), also when this is run as `bash scripts/test.sh`
# rather than through npm; the system node is too old for Astro 7.
export PATH="$PWD/node_modules/.bin:$PATH"
export ASTRO_TELEMETRY_DISABLED=1

out=test-results
mkdir -p "$out"
rm -f "$out/steps.tsv" "$out/unit.json" "$out/build.json" "$out/e2e.json"

now_ms() { date +%s%3N; }

# run_step KEY LABEL KIND REPORT COMMAND... — runs COMMAND and records how it went.
# KIND is `check` (counts as one check) or the suite's reporter: `vitest` or `playwright`.
run_step() {
  local key=$1 label=$2 kind=$3 report=$4
  shift 4
  printf '\n==> %s: %s\n\n' "$label" "$*"
  local start status
  start=$(now_ms)
  "$@"
  status=$?
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$label" "$kind" "$status" "$(($(now_ms) - start))" "$report" >>"$out/steps.tsv"
  return "$status"
}

# skip_step KEY LABEL KIND REASON
skip_step() {
  printf '\n==> %s: skipped (%s)\n' "$2" "$4"
  printf '%s\t%s\t%s\tskipped: %s\t0\t\n' "$1" "$2" "$3" "$4" >>"$out/steps.tsv"
}

vitest_json() { printf '%s\n' --reporter=default --reporter=json "--outputFile.json=$out/$1.json"; }

env_ok=1 build_ok=1
run_step env 'environment' check '' bash scripts/ensure-env.sh || env_ok=0
run_step types 'types (astro check)' check '' astro check
# shellcheck disable=SC2046 # vitest_json prints one argument per line, none with spaces
run_step unit 'unit tests (vitest)' vitest "$out/unit.json" vitest run --project unit $(vitest_json unit)
run_step build 'build (npm run build)' check '' npm run build || build_ok=0
# shellcheck disable=SC2046
run_step build-tests 'build tests (vitest)' vitest "$out/build.json" vitest run --project build $(vitest_json build)
if ((!build_ok)); then
  skip_step e2e 'browser tests (playwright)' playwright 'the build failed'
elif ((!env_ok)); then
  skip_step e2e 'browser tests (playwright)' playwright 'the environment check failed'
else
  run_step e2e 'browser tests (playwright)' playwright "$out/e2e.json" playwright test
fi

node scripts/summary.mjs "$out/steps.tsv"
