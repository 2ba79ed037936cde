import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/**
 * Chart markup made comparable: numbers rounded to one decimal (so that a change in the last digit
 * of floating point does not count), one element per line (so that a diff reads).
 */
export function normaliseSvg(markup: string): string {
  return (
    markup
      .replace(/-?\d+\.\d+/g, (n) => {
        const r = Math.round(Number(n) * 10) / 10;
        return String(r === 0 ? 0 : r);
      })
      .replace(/></g, '>\n<') + '\n'
  );
}

/**
 * Compare with __snapshots__/{name}-{width}.svg. A missing snapshot is written (the first run);
 * on a mismatch the new markup goes to {name}-{width}-changed.svg beside it, to look at, and the
 * test fails. Accept a change by replacing the snapshot with the -changed file.
 */
export function expectSvgSnapshot(markup: string, name: string, width: number): void {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `${name}-${width}.svg`);
  const changed = join(DIR, `${name}-${width}-changed.svg`);
  const actual = normaliseSvg(markup);
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}-${width}.svg changed; see ${name}-${width}-changed.svg`).toBe(expected);
}
