// loadContent over a scratch copy of the real content: one mistake is reported once, where it is.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/integrations/load-content';

const scratch = mkdtempSync(join(tmpdir(), 'shudu-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copyWith(name: string, change: (figures: Record<string, unknown>[]) => void): string {
  const dir = join(scratch, name);
  cpSync(new URL('../../../content', import.meta.url), dir, { recursive: true });
  const file = join(dir, 'figures.json');
  const figures = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  change(figures);
  writeFileSync(file, JSON.stringify(figures));
  return dir;
}

describe('loadContent', () => {
  it('finds nothing wrong with the real content', () => {
    expect(loadContent(new URL('../../../content', import.meta.url).pathname).issues).toEqual([]);
  });

  it('reports a figure that fails its schema once, not again where sections, charts and prose name it', () => {
    const dir = copyWith('wrong-type', (f) => void (f.find((x) => x.id === 'f-jobs')!.value = '2924'));
    const { issues } = loadContent(dir);
    expect(issues).toEqual([{ file: 'figures.json', entry: 'f-jobs', field: 'value', message: expect.any(String) }]);
  });

  it('still reports a reference to an id that no entry has', () => {
    const dir = copyWith('renamed', (f) => void (f.find((x) => x.id === 'f-jobs')!.id = 'f-new-jobs'));
    const { issues } = loadContent(dir);
    expect(issues.some((i) => i.file === 'sections.json' && i.message.includes('unknown id "f-jobs"'))).toBe(true);
  });
});
