// `npm test` itself (scripts/test.sh), run for real in a scratch copy of the project where the tools
// it calls — the environment check, npm, astro, vitest, Playwright — are stand-ins that pass, fail,
// crash or hang as a test asks, and note that they ran.
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const project = mkdtempSync(join(tmpdir(), 'test-runner-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

// Each stand-in knows its step from its arguments, notes it in ran.log, then does what STUB_FAIL,
// STUB_HANG, STUB_CRASH (no report) and STUB_EMPTY (a report of no test) — lists of steps — say.
// A suite's report holds three tests, the last of which fails when the step fails.
const STUB = `#!/usr/bin/env bash
case "$(basename "$0") $*" in
  'ensure-env.sh'*) step=env ;;
  'npm run lint'*) step=lint ;;
  'astro check'*) step=types ;;
  *'--project unit'*) step=unit ;;
  'npm run build'*) step=build ;;
  *'--project build'*) step=build-tests ;;
  'playwright test'*) step=e2e ;;
  *) echo "stub: unexpected $0 $*" >&2; exit 99 ;;
esac
echo "$step" >>"$STUB_DIR/ran.log"
has() { [[ " $1 " == *" $step "* ]]; }
if has "$STUB_HANG"; then
  sleep 600 &
  echo $! >"$STUB_DIR/$step.sleeper"
  wait
fi
has "$STUB_CRASH" && exit 1
status=0 last=passed pw=expected
has "$STUB_FAIL" && status=1 last=failed pw=unexpected
report=test-results/e2e.json
for arg in "$@"; do [[ $arg == --outputFile.json=* ]] && report=\${arg#--outputFile.json=}; done
if has "$STUB_EMPTY"; then echo '{"numPassedTests":0,"testResults":[],"suites":[],"stats":{}}' >"$report"
elif [[ $step == e2e ]]; then
  echo '{"stats":{"expected":'$((3 - status))'},"suites":[{"title":"a.spec.ts","specs":[{"title":"c","tests":[{"projectName":"p","status":"'$pw'"}]}]}]}' >"$report"
elif [[ $step == *unit || $step == build-tests ]]; then
  echo '{"numPassedTests":'$((3 - status))',"testResults":[{"name":"t.test.ts","status":"'$last'","assertionResults":[{"status":"'$last'","fullName":"c"}]}]}' >"$report"
fi
exit "$status"
`;

mkdirSync(join(project, 'scripts/lib'), { recursive: true });
mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
for (const file of ['test.sh', 'lib/totals.mjs']) copyFileSync(join(ROOT, 'scripts', file), join(project, 'scripts', file));
writeFileSync(join(project, 'stub'), STUB);
chmodSync(join(project, 'stub'), 0o755);
symlinkSync(join(project, 'stub'), join(project, 'scripts/ensure-env.sh'));
for (const tool of ['astro', 'vitest', 'npm', 'playwright']) symlinkSync(join(project, 'stub'), join(project, 'node_modules/.bin', tool));
symlinkSync(process.execPath, join(project, 'node_modules/.bin/node'));

/** Whether a process is still running (a zombie, killed but not yet reaped, is not). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

let runs = 0;
/** Runs the copied test.sh under a limit of its own; its output, exit status and the steps that ran. */
async function npmTest(env: Record<string, string>) {
  const dir = join(project, `run-${++runs}`);
  mkdirSync(dir);
  const options = {
    cwd: project,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, STUB_DIR: dir, ...env },
  };
  const { status, stdout } = await new Promise<{ status: number | null; stdout: string }>((resolve) =>
    execFile('timeout', ['40s', 'bash', 'scripts/test.sh'], options, (error, stdout) =>
      resolve({ status: error ? (error.code as number) : 0, stdout }),
    ),
  );
  const lines = stdout.trimEnd().split('\n');
  const row = (step: string) => lines.find((l) => l.startsWith(`${step}  `))?.replace(/\s+/g, ' ');
  return { status, stdout, row, last: lines.at(-1), dir, ran: readFileSync(join(dir, 'ran.log'), 'utf8').trim().split('\n') };
}

const ALL = ['env', 'lint', 'types', 'unit', 'build', 'build-tests', 'e2e'];
/** The steps in the order they began; the type check and the unit tests run side by side, so either may note itself first. */
const inOrder = (ran: string[]) => {
  const [t, u] = [ran.indexOf('types'), ran.indexOf('unit')];
  return t > u && u >= 0 ? ran.map((s, i) => (i === u ? 'types' : i === t ? 'unit' : s)) : ran;
};

// Each run starts a few shells and Nodes: seconds, more on a busy machine.
describe('npm test (scripts/test.sh)', { timeout: 60_000 }, () => {
  it('runs every step in order (types beside the unit tests), each with its time, and ends with the totals', async () => {
    const r = await npmTest({});
    expect(inOrder(r.ran)).toEqual(ALL);
    expect(r.status).toBe(0);
    expect(r.row('unit tests')).toMatch(/^unit tests 3 0 \d+ s$/);
    expect(r.row('browser tests')).toMatch(/^browser tests 3 0 \d+ s$/);
    expect(r.last).toBe('13 passed, 0 failed');
  });

  it('after a failed build, runs neither the build tests nor the browser tests, and lists them as not run', async () => {
    const r = await npmTest({ STUB_FAIL: 'build' });
    expect(inOrder(r.ran)).toEqual(['env', 'lint', 'types', 'unit', 'build']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('The build failed.');
    expect(r.row('build tests')).toBe('build tests not run');
    expect(r.row('browser tests')).toBe('browser tests not run');
    expect(r.last).toBe('6 passed, 1 failed');
  });

  it('keeps going after any other failure, and counts each failed test', async () => {
    const r = await npmTest({ STUB_FAIL: 'env lint types unit build-tests e2e' });
    expect(inOrder(r.ran)).toEqual(ALL);
    expect(r.status).toBe(1);
    expect(r.last).toBe('7 passed, 6 failed');
  });

  it('counts a suite that crashed without a report, or ran no test, as a failure', async () => {
    const r = await npmTest({ STUB_CRASH: 'unit', STUB_EMPTY: 'build-tests e2e' });
    expect(inOrder(r.ran)).toEqual(ALL);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('unit tests: wrote no report (exit 1)');
    expect(r.stdout).toContain('build tests: ran no test');
    expect(r.last).toBe('4 passed, 3 failed');
  });

  it('stops a step that outlives its time limit, with what it started, and counts it as failed', async () => {
    const started = Date.now();
    const r = await npmTest({ STUB_HANG: 'unit', TEST_LIMIT_UNIT: '2s' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(inOrder(r.ran)).toEqual(ALL);
    expect(r.stdout).toContain('unit tests: timed out after 2s, and stopped');
    expect(r.row('unit tests')).toMatch(/^unit tests 0 1 \d+ s timed out$/);
    expect(r.status).toBe(1);
    expect(r.last).toBe('10 passed, 1 failed');
    const sleeper = Number(readFileSync(join(r.dir, 'unit.sleeper'), 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(alive(sleeper), 'the sleep the step started is stopped too').toBe(false);
  });
});
