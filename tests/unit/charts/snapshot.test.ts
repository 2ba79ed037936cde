import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { ROOT } from '../../build/dist';
import { expectSvgSnapshot, normaliseSvg } from './snapshot';

// The harness checks itself in a scratch folder of snapshots, never in the repository's.
const scratch = mkdtempSync(join(tmpdir(), 'svg-snapshot-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
/** A fresh snapshot folder and folder for changed drawings. */
const folders = () => ({ dir: join(scratch, `snapshots-${++n}`), changedDir: join(scratch, `changed-${n}`) });

describe('normaliseSvg', () => {
  test('rounds the numbers of geometry attributes to one decimal and puts one element per line', () => {
    expect(normaliseSvg('<g transform="translate(1.26,-0.04)"><rect x="1.26" y="-0.04" width="10.05" d="M0.44,1L2.96,3"/></g>')).toBe(
      '<g transform="translate(1.3,0)">\n<rect x="1.3" y="0" width="10.1" d="M0.4,1L3,3"/>\n</g>\n',
    );
  });

  test('keeps text exactly as it is: a label that says 3.35% still says 3.35%', () => {
    const markup = '<text x="2.25" y="3.35">控制在3.35%</text><text x="1">11.0%（预计）</text>';
    expect(normaliseSvg(markup)).toBe('<text x="2.3" y="3.4">控制在3.35%</text>\n<text x="1">11.0%（预计）</text>\n');
  });

  test('keeps every other attribute exactly, a value holding ">" or a number included', () => {
    const markup = '<svg aria-label="增长3.35% > 3.3%" data-value="3.35" font-size="13.5" class="a1.25"><title>1.25</title></svg>';
    expect(normaliseSvg(markup)).toBe(
      '<svg aria-label="增长3.35% > 3.3%" data-value="3.35" font-size="13.5" class="a1.25">\n<title>1.25</title>\n</svg>\n',
    );
  });
});

describe('expectSvgSnapshot', () => {
  test('outside CI, writes a missing snapshot and says so; then passes on the same drawing, and on one that differs in the last digits of a coordinate', () => {
    const where = folders();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expectSvgSnapshot('<svg><text x="1">3.35%</text></svg>', 'chart', 1, { ...where, ci: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('wrote a new snapshot'));
    warn.mockRestore();
    expect(readFileSync(join(where.dir, 'chart-1.svg'), 'utf8')).toBe('<svg>\n<text x="1">3.35%</text>\n</svg>\n');
    expectSvgSnapshot('<svg><text x="1.0004">3.35%</text></svg>', 'chart', 1, { ...where, ci: false });
    expect(existsSync(join(where.changedDir, 'chart-1-changed.svg'))).toBe(false);
  });

  test('in CI, fails on a missing snapshot, and writes none', () => {
    const where = folders();
    expect(() => expectSvgSnapshot('<svg/>', 'chart', 1, { ...where, ci: true })).toThrow(/no snapshot .*chart-1\.svg/);
    expect(existsSync(join(where.dir, 'chart-1.svg'))).toBe(false);
  });

  test('fails when only the text changed (3.35% → 3.4%), and writes the new drawing to the file it names, outside the repository', () => {
    const where = folders();
    expectSvgSnapshot('<svg><text x="1">3.35%</text></svg>', 'chart', 1, { ...where, ci: false });
    const changed = join(where.changedDir, 'chart-1-changed.svg');
    expect(() => expectSvgSnapshot('<svg><text x="1">3.4%</text></svg>', 'chart', 1, { ...where, ci: true })).toThrow(changed);
    expect(readFileSync(changed, 'utf8')).toBe('<svg>\n<text x="1">3.4%</text>\n</svg>\n');
    // Once the drawing matches again, the stale -changed file goes.
    expectSvgSnapshot('<svg><text x="1">3.35%</text></svg>', 'chart', 1, { ...where, ci: true });
    expect(existsSync(changed)).toBe(false);
  });

  test("by default, writes a changed drawing to the system's temporary folder, never inside the repository", () => {
    const dir = join(scratch, 'snapshots-default');
    expectSvgSnapshot('<svg x="1"/>', 'harness-self-check', 1, { dir, ci: false });
    let message = '';
    try {
      expectSvgSnapshot('<svg x="2"/>', 'harness-self-check', 1, { dir, ci: true });
    } catch (error) {
      message = (error as Error).message;
    }
    const changed = /the new drawing is in (\S+)/.exec(message)?.[1] ?? '';
    expect(changed.startsWith(tmpdir())).toBe(true);
    expect(relative(ROOT, changed).startsWith('..')).toBe(true);
    expect(readFileSync(changed, 'utf8')).toBe('<svg x="2"/>\n');
    rmSync(changed);
  });
});
