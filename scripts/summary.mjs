// Reads what scripts/test.sh recorded about each step and each suite's JSON report, prints one
// table row per step with its time, a total row with the wall time of the whole run, the names of
// whatever failed or was not run, and, as the very last line, the totals: `N passed, N failed`.
//
// How the totals count:
//   - a test suite (vitest, Playwright) counts its tests; skipped and todo tests are shown, not
//     counted;
//   - a step that is not a test suite (the environment check, `astro check`, the build) counts as
//     one check that passed or failed;
//   - a suite that exits non-zero without a failed test in its report (a test file that does not
//     load, no test files at all, a server that does not start, no report written) counts as one
//     failure more, so the totals never read "0 failed" for a run that failed;
//   - a step that timed out, or was interrupted, counts as one failure more (plus whatever its
//     report, if it wrote one, says);
//   - a step that was not run (the build tests and browser tests after a failed build) counts
//     nothing, and is listed as not run;
//   - a run in which no test ran at all counts as one failure.
// Exits 1 when anything failed.
//
// Usage: node scripts/summary.mjs test-results/steps.tsv [start time of the run, ms since 1970]
import { existsSync, readFileSync } from 'node:fs';

const stepsFile = process.argv[2] ?? 'test-results/steps.tsv';
const startedMs = process.argv[3] ? Number(process.argv[3]) : null;

/** One row of the table. */
function row(label, { passed = 0, failed = 0, skipped = null, ms = null, note = '' } = {}) {
  // ran: tests that passed or failed as tests (not counting a failure of the suite itself).
  return { label, passed, failed, skipped, ms, note, ran: 0, failures: [] };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * vitest's JSON report (jest-compatible). `stopped`: the suite was stopped (timed out,
 * interrupted), which is counted already; a missing report is then no news.
 */
function fromVitest(result, report, exitCode, stopped) {
  const json = report && readJson(report);
  if (!json) {
    if (stopped) return;
    result.failed += 1;
    result.failures.push(`no report written (${report}); see the output above`);
    return;
  }
  for (const file of json.testResults ?? []) {
    const name = file.name.replace(`${process.cwd()}/`, '');
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === 'passed') {
        result.passed += 1;
        result.ran += 1;
      } else if (test.status === 'failed') {
        result.failed += 1;
        result.ran += 1;
        result.failures.push(`${name} › ${[...test.ancestorTitles, test.title].join(' › ')}`);
      } else result.skipped += 1;
    }
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      result.failed += 1;
      const why = file.message
        ? file.message.split('\n')[0]
        : 'failed outside its tests (in a hook, or while loading); see the output above';
      result.failures.push(`${name}: ${why}`);
    }
  }
  if ((json.numTotalTestSuites ?? 0) === 0 && (json.testResults ?? []).length === 0 && exitCode !== 0) {
    result.failed += 1;
    result.failures.push('found no test files');
  }
}

/** Playwright's JSON report; `stopped` as for vitest. */
function fromPlaywright(result, report, stopped) {
  const json = report && readJson(report);
  if (!json) {
    if (stopped) return;
    result.failed += 1;
    result.failures.push(`no report written (${report}); see the output above`);
    return;
  }
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'expected' || test.status === 'flaky') {
          result.passed += 1;
          result.ran += 1;
        } else if (test.status === 'skipped') result.skipped += 1;
        else {
          result.failed += 1;
          result.ran += 1;
          result.failures.push(`[${test.projectName}] ${[...titles, spec.title].join(' › ')}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of json.suites ?? []) walk(suite, [suite.title]);
  for (const error of json.errors ?? []) {
    result.failed += 1;
    result.failures.push((error.message ?? String(error)).split('\n')[0]);
  }
}

/** A step's place in the table: the order in which scripts/test.sh lists its steps. */
function stepOrder(key) {
  const order = ['env', 'types', 'unit', 'build', 'build-tests', 'e2e'].indexOf(key);
  return order < 0 ? Number.MAX_SAFE_INTEGER : order;
}

const steps = existsSync(stepsFile)
  ? readFileSync(stepsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [key, label, kind, status, ms, report, limit] = line.split('\t');
        return { key, label, kind, status, ms: Number(ms), report: report || null, limit: limit || null };
      })
      // Steps that run side by side finish in either order: the table lists them as test.sh does.
      .sort((a, b) => stepOrder(a.key) - stepOrder(b.key))
  : [];

const rows = [];
const notRun = [];
let testsRan = 0;
for (const step of steps) {
  if (/^(not run|skipped)/.test(step.status)) {
    const why = step.status.replace(/^(not run|skipped):?\s*/, '');
    rows.push(row(step.label, { note: `not run: ${why}` }));
    notRun.push(`  ${step.label}: ${why}`);
    continue;
  }
  const result = row(step.label, { ms: step.ms });
  const timedOut = step.status === 'timeout';
  const interrupted = step.status === 'interrupted';
  const exitCode = timedOut || interrupted ? null : Number(step.status);
  if (timedOut) {
    result.failed += 1;
    result.note = `TIMED OUT (limit ${step.limit})`;
    result.failures.push(`timed out: still running after its time limit of ${step.limit}, and stopped; see its output above`);
  } else if (interrupted) {
    result.failed += 1;
    result.note = 'interrupted';
    result.failures.push('interrupted before it finished');
  }
  if (step.kind === 'check') {
    if (exitCode === 0) result.passed = 1;
    else if (exitCode !== null) {
      result.failed = 1;
      result.failures.push(`exited with code ${exitCode}; see its output above`);
    }
  } else {
    result.skipped = 0;
    if (step.kind === 'vitest') fromVitest(result, step.report, exitCode, exitCode === null);
    else fromPlaywright(result, step.report, exitCode === null);
    testsRan += result.ran;
    if (exitCode !== null && exitCode !== 0 && result.failed === 0) {
      result.failed = 1;
      result.failures.push(`exited with code ${exitCode} without a failed test; see its output above`);
    }
  }
  rows.push(result);
}

const passed = rows.reduce((sum, r) => sum + r.passed, 0);
let failed = rows.reduce((sum, r) => sum + r.failed, 0);
const skipped = rows.reduce((sum, r) => sum + (r.skipped ?? 0), 0);
const noTestRan = testsRan === 0;
if (noTestRan) failed += 1;

// The table: one row per step, then the totals and the wall time of the whole run.
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const header = ['step', 'passed', 'failed', 'skipped', 'time', ''];
const cells = rows.map((r) => {
  const ran = !r.note?.startsWith('not run');
  return [
    r.label,
    ran ? String(r.passed) : '',
    ran ? String(r.failed) : '',
    ran && r.skipped !== null ? String(r.skipped) : '',
    ran && r.ms !== null ? seconds(r.ms) : '—',
    r.note ?? '',
  ];
});
const wall = startedMs ? Date.now() - startedMs : steps.reduce((sum, s) => sum + (s.ms || 0), 0);
cells.push(['total', String(passed), String(failed), String(skipped), seconds(wall), startedMs ? 'wall time' : 'the steps together']);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
// The step names left-aligned, the numbers and times right-aligned, the note as it is.
const line = (c) =>
  c
    .map((text, i) => (i === 0 ? text.padEnd(widths[i]) : i < 5 ? text.padStart(widths[i]) : text))
    .join('  ')
    .trimEnd();
console.log(`\n${'─'.repeat(72)}`);
console.log(line(header));
for (const c of cells.slice(0, -1)) console.log(line(c));
console.log('─'.repeat(72));
console.log(line(cells.at(-1)));

const failures = rows.flatMap((r) => r.failures.map((f) => `  ${r.label}: ${f}`));
if (failures.length > 0) {
  console.log('\nfailed:');
  const shown = 40;
  for (const f of failures.slice(0, shown)) console.log(f);
  if (failures.length > shown) console.log(`  … and ${failures.length - shown} more (see the reports in test-results/)`);
}
if (notRun.length > 0) {
  console.log('\nnot run:');
  for (const n of notRun) console.log(n);
}

if (noTestRan) console.log('\nno test ran at all: that counts as one failure.');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
