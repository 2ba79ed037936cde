// Reads what scripts/test.sh recorded about each step and each suite's JSON report, prints one
// table row per step, the names of whatever failed, and, as the very last line, the totals:
// `N passed, N failed`.
//
// How the totals count:
//   - a test suite (vitest, Playwright) counts its tests; skipped and todo tests are shown, not
//     counted;
//   - a step that is not a test suite (the environment check, `astro check`, the build) counts as
//     one check that passed or failed;
//   - a suite that exits non-zero without a failed test in its report (a test file that does not
//     load, no test files at all, a server that does not start, no report written) counts as one
//     failure more, so the totals never read "0 failed" for a run that failed;
//   - a step that was skipped (the browser tests after a failed build) counts nothing;
//   - a run in which no test ran at all counts as one failure.
// Exits 1 when anything failed.
//
// Usage: node scripts/summary.mjs test-results/steps.tsv
import { existsSync, readFileSync } from 'node:fs';

const stepsFile = process.argv[2] ?? 'test-results/steps.tsv';

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

/** vitest's JSON report (jest-compatible). */
function fromVitest(result, report, exitCode) {
  const json = report && readJson(report);
  if (!json) {
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

/** Playwright's JSON report. */
function fromPlaywright(result, report) {
  const json = report && readJson(report);
  if (!json) {
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

const steps = existsSync(stepsFile)
  ? readFileSync(stepsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [key, label, kind, status, ms, report] = line.split('\t');
        return { key, label, kind, status, ms: Number(ms), report: report || null };
      })
  : [];

const rows = [];
let testsRan = 0;
for (const step of steps) {
  if (step.status.startsWith('skipped')) {
    rows.push(row(step.label, { note: step.status.replace(/^skipped:?\s*/, 'skipped: ') }));
    continue;
  }
  const exitCode = Number(step.status);
  const result = row(step.label, { ms: step.ms });
  if (step.kind === 'check') {
    if (exitCode === 0) result.passed = 1;
    else {
      result.failed = 1;
      result.failures.push(`exited with code ${exitCode}; see its output above`);
    }
  } else {
    result.skipped = 0;
    if (step.kind === 'vitest') fromVitest(result, step.report, exitCode);
    else fromPlaywright(result, step.report);
    testsRan += result.ran;
    if (exitCode !== 0 && result.failed === 0) {
      result.failed = 1;
      result.failures.push(`exited with code ${exitCode} without a failed test; see its output above`);
    }
  }
  rows.push(result);
}

// The table.
const header = ['step', 'passed', 'failed', 'skipped', 'time'];
const cells = rows.map((r) => [
  r.label,
  r.note ? '' : String(r.passed),
  r.note ? '' : String(r.failed),
  r.note || r.skipped === null ? '' : String(r.skipped),
  r.note ? r.note : r.ms === null ? '' : `${(r.ms / 1000).toFixed(1)} s`,
]);
// The last column holds a time, or why a step was skipped: left as it is, not padded.
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (i === 4 ? 0 : c[i].length))));
const timeWidth = Math.max(...cells.map((c) => (/ s$/.test(c[4]) ? c[4].length : 0)), header[4].length);
const line = (c) =>
  c
    .map((text, i) => (i === 0 ? text.padEnd(widths[i]) : i < 4 || / s$|^time$/.test(text) ? text.padStart(i < 4 ? widths[i] : timeWidth) : text))
    .join('  ')
    .trimEnd();
console.log(`\n${'─'.repeat(64)}`);
console.log(line(header));
for (const c of cells) console.log(line(c));

const failures = rows.flatMap((r) => r.failures.map((f) => `  ${r.label}: ${f}`));
if (failures.length > 0) {
  console.log('\nfailed:');
  const shown = 40;
  for (const f of failures.slice(0, shown)) console.log(f);
  if (failures.length > shown) console.log(`  … and ${failures.length - shown} more (see the reports in test-results/)`);
}

const passed = rows.reduce((sum, r) => sum + r.passed, 0);
let failed = rows.reduce((sum, r) => sum + r.failed, 0);
if (testsRan === 0) {
  console.log('\nno test ran at all: that counts as one failure.');
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
