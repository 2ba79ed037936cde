// The end of `npm test`: what each step of scripts/test.sh came to, and, last, `N passed, N failed`.
// vitest and Playwright count their tests, from their own JSON reports; any other step counts as one
// check. A suite that failed without a failed test to show for it — it crashed, wrote no report,
// ran no test, timed out — counts as one failure more, so a failed run never reads "0 failed". A
// step that was not run counts nothing, and is listed.
//
//   node scripts/lib/totals.mjs test-results/steps.tsv [seconds since 1970 when the run began]
// steps.tsv: one line per step, tab-separated: name, kind (check | vitest | playwright), exit status
// (124: timed out; "not run"), seconds, the suite's report.
import { readFileSync } from 'node:fs';

/** @typedef {{ name: string, kind: string, status: number | 'not run', seconds?: number, report?: any }} Step */
/** @typedef {{ passed: number, failed: number, failures: string[] }} Count */

/** @param {any} report vitest's JSON report @returns {Count} */
function vitest(report) {
  const failures = [];
  for (const file of report.testResults ?? []) {
    const name = String(file.name).replace(`${process.cwd()}/`, '');
    const failed = (file.assertionResults ?? []).filter((/** @type {any} */ t) => t.status === 'failed');
    failures.push(...failed.map((/** @type {any} */ t) => `${name} › ${t.fullName}`));
    if (file.status === 'failed' && failed.length === 0)
      failures.push(`${name}: ${file.message?.split('\n')[0] || 'failed outside its tests'}`);
  }
  return { passed: report.numPassedTests ?? 0, failed: failures.length, failures };
}

/** @param {any} report Playwright's JSON report @returns {Count} */
function playwright(report) {
  const failures = [];
  const walk = (/** @type {any} */ suite, /** @type {string[]} */ titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'unexpected') failures.push(`[${test.projectName}] ${[...titles, spec.title].join(' › ')}`);
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  failures.push(...(report.errors ?? []).map((/** @type {any} */ e) => String(e.message).split('\n')[0]));
  return { passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0), failed: failures.length, failures };
}

/** What one step counts. @param {Step} step @returns {Count & { note: string }} */
export function countStep(step) {
  if (step.status === 'not run') return { passed: 0, failed: 0, failures: [], note: 'not run' };
  const note = step.status === 0 ? '' : step.status === 124 ? 'timed out' : `exit ${step.status}`;
  if (step.kind === 'check')
    return step.status === 0
      ? { passed: 1, failed: 0, failures: [], note }
      : { passed: 0, failed: 1, failures: [`${note}; see its output above`], note };
  const count = step.report ? (step.kind === 'vitest' ? vitest : playwright)(step.report) : { passed: 0, failed: 0, failures: [] };
  let why = '';
  if (!step.report) why = 'wrote no report';
  else if (count.passed + count.failed === 0) why = 'ran no test';
  else if (step.status !== 0 && count.failed === 0) why = 'failed';
  if (why) count.failures.push(`${why}${note ? ` (${note})` : ''}; see its output above`);
  return { ...count, failed: count.failures.length, note };
}

/** The lines that end the run, the totals last. @param {Step[]} steps @param {number} [wallSeconds] */
export function summary(steps, wallSeconds) {
  const counts = steps.map(countStep);
  const passed = counts.reduce((n, c) => n + c.passed, 0);
  const failed = counts.reduce((n, c) => n + c.failed, 0);
  const width = Math.max(...steps.map((s) => s.name.length));
  const lines = ['', `${'step'.padEnd(width)}  passed  failed    time`];
  steps.forEach((s, i) => {
    const c = counts[i];
    const time = s.seconds === undefined ? '' : `${s.seconds} s`;
    const cells = c.note === 'not run' ? ['', '', ''] : [String(c.passed), String(c.failed), time];
    lines.push(`${s.name.padEnd(width)}  ${cells[0].padStart(6)}  ${cells[1].padStart(6)}  ${cells[2].padStart(6)}  ${c.note}`.trimEnd());
  });
  if (wallSeconds !== undefined) lines.push(`${'wall time'.padEnd(width)}  ${''.padStart(14)}  ${`${wallSeconds} s`.padStart(6)}`);
  const failures = steps.flatMap((s, i) => counts[i].failures.map((f) => `  ${s.name}: ${f}`));
  if (failures.length)
    lines.push('', 'failed:', ...failures.slice(0, 40), ...(failures.length > 40 ? [`  … and ${failures.length - 40} more`] : []));
  lines.push('', `${passed} passed, ${failed} failed`);
  return { passed, failed, lines };
}

if (import.meta.main) {
  const [file = 'test-results/steps.tsv', began] = process.argv.slice(2);
  const read = (/** @type {string} */ path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return null;
    }
  };
  const steps = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name, kind, status, seconds, report] = line.split('\t');
      return {
        name,
        kind,
        status: status === 'not run' ? status : Number(status),
        seconds: seconds ? Number(seconds) : undefined,
        report: report ? read(report) : null,
      };
    });
  const { failed, lines } = summary(/** @type {Step[]} */ (steps), began ? Math.round(Date.now() / 1000 - Number(began)) : undefined);
  console.log(lines.join('\n'));
  process.exitCode = failed > 0 ? 1 : 0;
}
