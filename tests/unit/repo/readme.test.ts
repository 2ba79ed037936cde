// The README says what is true: its performance-budget table is the one the budgets module renders
// (edit scripts/lib/budgets.mjs, then paste `node scripts/lib/budgets.mjs` between the markers), and
// its test command is the one CI runs.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { budgetTable } from '../../../scripts/lib/budgets.mjs';

const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
const readme = read('README.md');

it("README.md's performance-budget table is scripts/lib/budgets.mjs's", () => {
  const table = /<!-- budgets: .*? -->\n([\s\S]*?)\n<!-- \/budgets -->/.exec(readme)?.[1];
  const expected = budgetTable();
  expect(table, `README.md's budget table should read, between its budget markers:\n\n${expected}\n`).toBe(expected);
});

it('CI runs the test command the README gives, and npm test is scripts/test.sh', () => {
  expect(readme).toContain('npm ci && npm test ');
  expect(read('.ci/run')).toMatch(/^npm ci && npm test$/m);
  expect(JSON.parse(read('package.json')).scripts.test).toBe('bash scripts/test.sh');
});
