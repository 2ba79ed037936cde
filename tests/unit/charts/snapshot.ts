import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');
/** Changed drawings go outside the repository, so that none is ever committed by mistake. */
const CHANGED_DIR = join(tmpdir(), 'shudu2020-svg-snapshots');

/**
 * Attributes that hold the drawing's coordinates and lengths: the only place where the last
 * digits of floating point may differ from machine to machine.
 */
const GEOMETRY = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'patternTransform',
  'gradientTransform',
  'viewBox',
]);

// The markup's tags: comments, end tags, and start tags whose quoted values may hold '>'.
const TAG = /<!--[\s\S]*?-->|<\/[^>]*>|<[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
const ATTRIBUTE = /(\s)([^\s=/>]+)(\s*=\s*)("[^"]*"|'[^']*')/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

const round = (n: string) => {
  const r = Math.round(Number(n) * 10) / 10;
  return String(r === 0 ? 0 : r);
};

/**
 * Chart markup made comparable: numbers in geometry attributes rounded to one decimal, and one
 * element per line (so that a diff reads). Text, and every other attribute, stays exactly as it
 * is: a label that says 3.35% must say 3.35% in the snapshot.
 */
export function normaliseSvg(markup: string): string {
  let out = '';
  let last = 0;
  for (const match of markup.matchAll(TAG)) {
    const between = markup.slice(last, match.index);
    out += last > 0 && between === '' ? '\n' : between;
    const tag = match[0];
    out +=
      tag.startsWith('<!') || tag.startsWith('</')
        ? tag
        : tag.replace(ATTRIBUTE, (all, space: string, name: string, eq: string, value: string) =>
            GEOMETRY.has(name) ? `${space}${name}${eq}${value.replace(NUMBER, round)}` : all,
          );
    last = match.index + tag.length;
  }
  return `${out}${markup.slice(last)}\n`;
}

/** CI says so with CI=true (or any value but false or 0). */
const inCI = () => !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);

export interface SnapshotOptions {
  /** The folder of snapshots (default: __snapshots__ beside this file). */
  dir?: string;
  /** Whether this is CI, where a missing snapshot is a failure (default: from the CI variable). */
  ci?: boolean;
  /** Where a changed drawing is written (default: a folder in the system's temporary folder). */
  changedDir?: string;
}

/**
 * Compares the chart with __snapshots__/{name}-{width}.svg, exactly (after normaliseSvg).
 * A missing snapshot fails in CI; elsewhere it is written, with a warning, to be reviewed and
 * committed. On a mismatch the new markup goes to {name}-{width}-changed.svg in the system's
 * temporary folder, which the failure names: accept a change by copying that file over the snapshot.
 */
export function expectSvgSnapshot(markup: string, name: string, width: number, options: SnapshotOptions = {}): void {
  const { dir = DIR, ci = inCI(), changedDir = CHANGED_DIR } = options;
  const file = join(dir, `${name}-${width}.svg`);
  const changed = join(changedDir, `${name}-${width}-changed.svg`);
  const actual = normaliseSvg(markup);
  if (!existsSync(file)) {
    if (ci) {
      throw new Error(`no snapshot ${file}: CI never writes one. Run the unit tests outside CI, review the new file and commit it.`);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    console.warn(`wrote a new snapshot, ${file}: review it, then commit it`);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  mkdirSync(changedDir, { recursive: true });
  writeFileSync(changed, actual);
  expect(actual, `${name}-${width}.svg changed: the new drawing is in ${changed} (to accept it, copy it over ${file})`).toBe(expected);
}
