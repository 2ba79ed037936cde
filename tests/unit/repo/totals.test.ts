// How `npm test` counts (scripts/lib/totals.mjs), on literal reports: vitest's and Playwright's JSON,
// cut down to the fields they are read for.
import { describe, expect, it } from 'vitest';
import { countStep, summary } from '../../../scripts/lib/totals.mjs';

const vitestReport = {
  numPassedTests: 2,
  testResults: [
    {
      name: 'tests/unit/a.test.ts',
      status: 'failed',
      assertionResults: [
        { status: 'passed', fullName: 'a one' },
        { status: 'failed', fullName: 'a two' },
      ],
    },
    { name: 'tests/unit/b.test.ts', status: 'passed', assertionResults: [{ status: 'passed', fullName: 'b one' }] },
    // A file that failed to load: no test of it ran.
    { name: 'tests/unit/c.test.ts', status: 'failed', message: 'SyntaxError: c\nat …', assertionResults: [] },
  ],
};
const playwrightReport = {
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 },
  suites: [
    {
      title: 'pages.spec.ts',
      specs: [{ title: 'opens', tests: [{ projectName: 'phone', status: 'expected' }] }],
      suites: [{ title: 'story', specs: [{ title: 'scrolls', tests: [{ projectName: 'desktop', status: 'unexpected' }] }] }],
    },
  ],
  errors: [],
};

describe('countStep', () => {
  it('counts a check as one, passed or failed, and says when it timed out', () => {
    expect(countStep({ name: 'lint', kind: 'check', status: 0 })).toMatchObject({ passed: 1, failed: 0 });
    expect(countStep({ name: 'lint', kind: 'check', status: 1 })).toMatchObject({ passed: 0, failed: 1, note: 'exit 1' });
    expect(countStep({ name: 'types', kind: 'check', status: 124 })).toMatchObject({ passed: 0, failed: 1, note: 'timed out' });
  });

  it("counts vitest's tests, and a file that failed outside its tests as one failure", () => {
    const c = countStep({ name: 'unit tests', kind: 'vitest', status: 1, report: vitestReport });
    expect([c.passed, c.failed]).toEqual([2, 2]);
    expect(c.failures).toEqual(['tests/unit/a.test.ts › a two', 'tests/unit/c.test.ts: SyntaxError: c']);
  });

  it("counts Playwright's tests (a flaky one passed) and names the one that failed", () => {
    const c = countStep({ name: 'browser tests', kind: 'playwright', status: 1, report: playwrightReport });
    expect([c.passed, c.failed]).toEqual([4, 1]);
    expect(c.failures).toEqual(['[desktop] pages.spec.ts › story › scrolls']);
  });

  it('counts a suite that wrote no report, ran no test, or failed with no failed test, as one failure', () => {
    expect(countStep({ name: 'unit tests', kind: 'vitest', status: 1, report: null })).toMatchObject({ passed: 0, failed: 1 });
    expect(countStep({ name: 'unit tests', kind: 'vitest', status: 124 })).toMatchObject({ passed: 0, failed: 1, note: 'timed out' });
    expect(countStep({ name: 'unit tests', kind: 'vitest', status: 0, report: { numPassedTests: 0, testResults: [] } })).toMatchObject({
      passed: 0,
      failed: 1,
    });
    const crashed = {
      stats: { expected: 5, unexpected: 0, flaky: 0 },
      suites: [],
      errors: [{ message: 'Error: Timed out waiting for webServer\n…' }],
    };
    expect(countStep({ name: 'browser tests', kind: 'playwright', status: 1, report: crashed })).toMatchObject({
      passed: 5,
      failed: 1,
      failures: ['Error: Timed out waiting for webServer'],
    });
    const passedButFailed = { stats: { expected: 5, unexpected: 0, flaky: 0 }, suites: [], errors: [] };
    expect(countStep({ name: 'browser tests', kind: 'playwright', status: 1, report: passedButFailed })).toMatchObject({
      passed: 5,
      failed: 1,
    });
  });

  it('counts nothing for a step that was not run', () => {
    expect(countStep({ name: 'build tests', kind: 'vitest', status: 'not run' })).toEqual({
      passed: 0,
      failed: 0,
      failures: [],
      note: 'not run',
    });
  });
});

describe('summary', () => {
  it('ends with the totals over every step', () => {
    const { lines, passed, failed } = summary(
      [
        { name: 'environment', kind: 'check', status: 0, seconds: 1 },
        { name: 'unit tests', kind: 'vitest', status: 1, seconds: 20, report: vitestReport },
        { name: 'build', kind: 'check', status: 1, seconds: 9 },
        { name: 'build tests', kind: 'vitest', status: 'not run' },
        { name: 'browser tests', kind: 'playwright', status: 'not run' },
      ],
      31,
    );
    expect([passed, failed]).toEqual([3, 3]);
    expect(lines.at(-1)).toBe('3 passed, 3 failed');
    expect(lines.find((l) => l.startsWith('build tests'))).toMatch(/^build tests\s+not run$/);
    expect(lines.find((l) => l.startsWith('unit tests'))).toMatch(/^unit tests\s+2\s+2\s+20 s\s+exit 1$/);
    expect(lines.find((l) => l.startsWith('wall time'))).toMatch(/31 s$/);
    expect(lines).toContain('  build: exit 1; see its output above');
  });

  it('names the first 40 failures and counts the rest, so a broken run stays readable', () => {
    const many = {
      numPassedTests: 0,
      testResults: [
        {
          name: 'tests/unit/many.test.ts',
          status: 'failed',
          assertionResults: Array.from({ length: 45 }, (_, i) => ({ status: 'failed', fullName: `t${i + 1}` })),
        },
      ],
    };
    const { lines } = summary([{ name: 'unit tests', kind: 'vitest', status: 1, report: many }]);
    const named = lines.filter((l) => l.startsWith('  unit tests: tests/unit/many.test.ts › '));
    expect(named).toHaveLength(40);
    expect(named[0]).toBe('  unit tests: tests/unit/many.test.ts › t1');
    expect(named[39]).toBe('  unit tests: tests/unit/many.test.ts › t40');
    expect(lines).toContain('  … and 5 more');
    expect(lines.at(-1)).toBe('0 passed, 45 failed');
  });

  it('reads "0 failed" only when every step passed', () => {
    const ok = summary([
      { name: 'lint', kind: 'check', status: 0 },
      { name: 'unit tests', kind: 'vitest', status: 0, report: { numPassedTests: 7, testResults: [] } },
    ]);
    expect(ok.lines.at(-1)).toBe('8 passed, 0 failed');
  });
});
