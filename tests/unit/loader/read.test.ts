// The one reader of content/: every file through its schema, every check across entries, the
// repair log and the change log's digest, with every problem reported at once.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDigest, ContentError, readContent, validatedContent } from '../../../src/loader';
import { formatIssue } from '../../../src/schema';
import { BREAKAGES } from '../../fixtures/broken-content';
import { CONTENT_DIR } from '../../content';

const scratch = mkdtempSync(join(tmpdir(), 'shudu-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the real content folder, changed by `edit`. */
function copy(name: string, edit: (dir: string) => void = () => {}): string {
  const dir = join(scratch, name);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}
const editJson = (dir: string, file: string, change: (entries: Record<string, unknown>[]) => void) => {
  const path = join(dir, file);
  const entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  change(entries);
  writeFileSync(path, JSON.stringify(entries, null, 2));
};

describe('readContent', () => {
  it('reads the real content with no problem', () => {
    expect(readContent(CONTENT_DIR).issues.map(formatIssue)).toEqual([]);
  });

  it('reports every broken entry at once, each by file, entry and field', () => {
    const dir = copy('broken', (d) => {
      for (const b of BREAKAGES) {
        if (b.text) writeFileSync(join(d, b.file), b.text(readFileSync(join(d, b.file), 'utf8')));
        else editJson(d, b.file, b.apply!);
      }
    });
    const issues = readContent(dir).issues;
    expect(BREAKAGES).toHaveLength(9);
    for (const b of BREAKAGES) {
      const entry = b.expect.entry === '(first honour)' ? 'h-urbanisation' : b.expect.entry;
      expect(
        issues.some((i) => i.file === b.file && i.entry === entry && i.field.startsWith(b.expect.field)),
        `${b.what}: ${b.file} › ${entry} › ${b.expect.field}`,
      ).toBe(true);
    }
  });

  it('reports a ranking whose place is not what its printed words say (place 3, printed 第二名), by file, entry and field', () => {
    const dir = copy('misplaced', (d) =>
      editJson(d, 'rankings.json', (e) => void (e.find((r) => r.id === 'r-poverty-province')!.place = 3)),
    );
    expect(readContent(dir).issues.map(formatIssue)).toContain(
      'rankings.json › r-poverty-province › place: place 3 in the style of "第二名" reads "全省第三名", not "全省第二名"',
    );
  });

  it('reports a ranking printed in words that are no place (第二位), by file, entry and field', () => {
    const dir = copy('unprintable', (d) =>
      editJson(d, 'rankings.json', (e) => void (e.find((r) => r.id === 'r-poverty-province')!.printed = '第二位')),
    );
    const issues = readContent(dir).issues.filter((i) => i.file === 'rankings.json' && i.entry === 'r-poverty-province');
    expect(issues.map((i) => `${i.field}: ${i.message}`)).toContain('printed: not a place as the article prints one: 第二位');
  });

  it('reports a figure whose printed form is not what its value, unit and decimals give', () => {
    const dir = copy('misprinted', (d) => editJson(d, 'figures.json', (e) => void (e.find((f) => f.id === 'f-jobs')!.value = 2942)));
    expect(readContent(dir).issues.map(formatIssue)).toContain(
      'figures.json › f-jobs › printed: "2924人" does not match value, unit and decimals, which give "2942人"',
    );
  });

  it('refuses content that changed without an entry in the change log, and says what to record', () => {
    const dir = copy('unrecorded', (d) =>
      editJson(d, 'figures.json', (e) => void (e.find((f) => f.id === 'f-jobs')!.label = '新增城镇就业人数')),
    );
    const digest = readContent(dir).issues.filter((i) => i.file === 'changes.json' && i.field === 'digest');
    expect(digest).toHaveLength(1);
    expect(digest[0]!.entry).toBe('change-004');
    expect(digest[0]!.message).toMatch(/"digest": "[0-9a-f]{64}"/);
    expect(digest[0]!.message).toMatch(/add an entry to content\/changes\.json/);
  });

  it('accepts the same change once the change log records the digest the message gave', () => {
    const dir = copy('recorded', (d) =>
      editJson(d, 'figures.json', (e) => void (e.find((f) => f.id === 'f-jobs')!.quote = '新增城镇就业2924人')),
    );
    const message = readContent(dir).issues.find((i) => i.file === 'changes.json' && i.field === 'digest')?.message ?? '';
    const told = /"digest": "([0-9a-f]{64})"/.exec(message)?.[1];
    expect(told, 'the digest to record').toBeDefined();
    editJson(
      dir,
      'changes.json',
      (e) =>
        void e.push({
          id: 'change-005',
          date: '2026-12-09T10:00:00+08:00',
          kind: '更新',
          summary: '复核了一条原句。',
          touches: ['f-jobs'],
          digest: told,
        }),
    );
    expect(readContent(dir).issues.map(formatIssue)).toEqual([]);
  });

  it('validatedContent throws a ContentError that lists every problem', () => {
    const dir = copy('invalid', (d) => {
      editJson(d, 'figures.json', (e) => void (e.find((f) => f.id === 'f-jobs')!.value = 'many'));
      editJson(d, 'rankings.json', (e) => void (e.find((r) => r.id === 'r-ecology-national')!.scope = '全世界'));
    });
    let thrown: unknown;
    try {
      validatedContent(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as Error).message).toMatch(/figures\.json › f-jobs › value/);
    expect((thrown as Error).message).toMatch(/rankings\.json › r-ecology-national › scope/);
  });
});

describe('contentDigest', () => {
  it("is 64 hex digits, and the real change log records the real content's", () => {
    const newest = (JSON.parse(readFileSync(join(CONTENT_DIR, 'changes.json'), 'utf8')) as Array<{ digest: string }>).at(-1);
    expect(contentDigest(CONTENT_DIR)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentDigest(CONTENT_DIR)).toBe(newest?.digest);
  });

  it('changes when any content file changes, and not when only the change log does', () => {
    const before = contentDigest(CONTENT_DIR);
    const raw = copy('digest-raw', (d) =>
      writeFileSync(join(d, 'article/raw.txt'), `${readFileSync(join(d, 'article/raw.txt'), 'utf8')} `),
    );
    const log = copy('digest-log', (d) => writeFileSync(join(d, 'changes.json'), `${readFileSync(join(d, 'changes.json'), 'utf8')}\n`));
    expect(contentDigest(raw)).not.toBe(before);
    expect(contentDigest(log)).toBe(before);
  });
});
