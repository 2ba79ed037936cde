// `npm test` itself (scripts/test.sh and scripts/summary.mjs), run for real in a scratch copy of the
// project where the tools it calls — astro, vitest, npm, Playwright, the environment check — are
// stand-ins that pass, fail or hang as a test asks, and note that they ran.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/lib/run.mjs';
import { ROOT } from '../../build/dist';
import { gone } from './processes';

const project = mkdtempSync(join(tmpdir(), 'test-runner-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

// Each stand-in knows its step from its arguments, notes it in ran.log, then does what STUB_FAIL
// and STUB_HANG (lists of step keys) say. vitest and Playwright write a report of three tests.
const STUB = `#!/usr/bin/env bash
case "$(basename "$0") $*" in
  'ensure-env.sh'*) step=env ;;
  'astro check'*) step=types ;;
  *'--project unit'*) step=unit ;;
  *'--project build'*) step=build-tests ;;
  'npm run build'*) step=build ;;
  'playwright test'*) step=e2e ;;
  *) echo "stub: unexpected $0 $*" >&2; exit 99 ;;
esac
echo "$step" >>"$STUB_DIR/ran.log"
if [[ " $STUB_HANG " == *" $step "* ]]; then
  sleep 600 &
  echo $! >"$STUB_DIR/$step.sleeper"
  wait
fi
status=0
[[ " $STUB_FAIL " == *" $step "* ]] && status=1
for arg in "$@"; do
  case $arg in --outputFile.json=*) report=\${arg#--outputFile.json=} ;; esac
done
result=$([[ $status == 0 ]] && echo passed || echo failed)
if [[ -n \${report:-} ]]; then
  printf '{"numTotalTestSuites":1,"testResults":[{"name":"%s","status":"%s","assertionResults":[%s,%s,%s]}]}' \\
    "$PWD/tests/$step.test.ts" "$result" \\
    '{"status":"passed","title":"a","ancestorTitles":[]}' '{"status":"passed","title":"b","ancestorTitles":[]}' \\
    "{\\"status\\":\\"$result\\",\\"title\\":\\"c\\",\\"ancestorTitles\\":[]}" >"$report"
elif [[ $step == e2e ]]; then
  pw=$([[ $status == 0 ]] && echo expected || echo unexpected)
  printf '{"suites":[{"title":"s.spec.ts","specs":[{"title":"a","tests":[{"status":"expected","projectName":"p"},{"status":"expected","projectName":"p"},{"status":"%s","projectName":"p"}]}]}],"errors":[]}' "$pw" >test-results/e2e.json
fi
exit "$status"
`;

mkdirSync(join(project, 'scripts'), { recursive: true });
mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
for (const file of ['test.sh', 'summary.mjs']) copyFileSync(join(ROOT, 'scripts', file), join(project, 'scripts', file));
writeFileSync(join(project, 'stub'), STUB);
chmodSync(join(project, 'stub'), 0o755);
symlinkSync(join(project, 'stub'), join(project, 'scripts/ensure-env.sh'));
for (const tool of ['astro', 'vitest', 'npm', 'playwright']) symlinkSync(join(project, 'stub'), join(project, 'node_modules/.bin', tool));
symlinkSync(process.execPath, join(project, 'node_modules/.bin/node'));

let runs = 0;
/**
 * Runs the copied test.sh; returns its output, exit status and the steps that ran (the type check
 * and the unit tests run side by side, so those two are listed in test.sh's order).
 */
async function npmTest(env: Record<string, string>) {
  const dir = join(project, `run-${++runs}`);
  mkdirSync(dir);
  const result = await run('bash', ['scripts/test.sh'], {
    cwd: project,
    // Under the tests' own limit, so that a hang is reported as one.
    timeout: 45_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, STUB_DIR: dir, STUB_FAIL: '', STUB_HANG: '', ...env },
  });
  const started = readFileSync(join(dir, 'ran.log'), 'utf8').trim().split('\n');
  const both = started.slice(1, 3);
  const ran = both.includes('types') && both.includes('unit') ? [started[0]!, 'types', 'unit', ...started.slice(3)] : started;
  const lines = result.stdout.trimEnd().split('\n');
  return { ...result, ran, lines, last: lines.at(-1), dir };
}

// Each run starts a few shells and Nodes: seconds, more on a busy machine.
describe('npm test (scripts/test.sh and scripts/summary.mjs)', { timeout: 60_000 }, () => {
  it("runs every step in order and ends with the totals, after a table with each step's time and the wall time", async () => {
    const r = await npmTest({});
    expect(r.ran).toEqual(['env', 'types', 'unit', 'build', 'build-tests', 'e2e']);
    expect(r.status).toBe(0);
    expect(r.last).toBe('12 passed, 0 failed');
    for (const step of [
      'environment',
      'types (astro check)',
      'unit tests (vitest)',
      'build (npm run build)',
      'build tests (vitest)',
      'browser tests (playwright)',
    ]) {
      expect(
        r.lines.find((l) => l.startsWith(step)),
        step,
      ).toMatch(/\d+\.\d s$/);
    }
    expect(r.lines.find((l) => l.startsWith('total'))).toMatch(/^total\s+12\s+0\s+0\s+\d+\.\d s\s+wall time$/);
  });

  it('after a failed build, runs neither the build tests nor the browser tests, says so, and counts the build as failed', async () => {
    const r = await npmTest({ STUB_FAIL: 'build' });
    expect(r.ran).toEqual(['env', 'types', 'unit', 'build']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('THE BUILD FAILED');
    expect(r.lines.find((l) => l.startsWith('build tests (vitest)'))).toMatch(/not run: the build failed$/);
    expect(r.lines.find((l) => l.startsWith('browser tests (playwright)'))).toMatch(/not run: the build failed$/);
    // environment, types and the three unit tests passed; the build failed.
    expect(r.last).toBe('5 passed, 1 failed');
  });

  it('keeps going after other failures, and counts each failed test', async () => {
    const r = await npmTest({ STUB_FAIL: 'types unit build-tests e2e' });
    expect(r.ran).toEqual(['env', 'types', 'unit', 'build', 'build-tests', 'e2e']);
    expect(r.last).toBe('8 passed, 4 failed');
  });

  it('stops a step that outlives its time limit, with what it started, and reports it as timed out', async () => {
    const started = Date.now();
    const r = await npmTest({ STUB_HANG: 'unit', TEST_LIMIT_UNIT: '2s' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.ran).toEqual(['env', 'types', 'unit', 'build', 'build-tests', 'e2e']);
    expect(r.lines.find((l) => l.startsWith('unit tests (vitest)'))).toMatch(/TIMED OUT \(limit 2s\)$/);
    expect(r.stdout).toContain('unit tests (vitest): timed out');
    expect(r.last).toBe('9 passed, 1 failed');
    const sleeper = Number(readFileSync(join(r.dir, 'unit.sleeper'), 'utf8'));
    expect(await gone(sleeper), 'the sleep the step started is stopped too').toBe(true);
  });

  it('runs the type check beside the unit tests, and still lists the steps in order when the type check ends last', async () => {
    const r = await npmTest({ STUB_HANG: 'types', TEST_LIMIT_TYPES: '2s' });
    const rows = r.lines.filter((l) => /^(types|unit tests) /.test(l));
    expect(rows[0]).toMatch(/^types \(astro check\).*TIMED OUT \(limit 2s\)$/);
    expect(rows[1]).toMatch(/^unit tests \(vitest\)\s+3\s+0/);
    // The unit tests did not wait for the type check: their stand-in ran before it was stopped.
    expect(readFileSync(join(r.dir, 'ran.log'), 'utf8')).toMatch(/unit/);
    expect(r.last).toBe('11 passed, 1 failed');
  });
});
