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
  it('reads the real content with no problem, and the change log records its digest', () => {
    const { content, issues } = readContent(CONTENT_DIR);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(content.changes.at(-1)!.digest).toBe(contentDigest(CONTENT_DIR));
  });

  it('reports every broken entry at once, each by file, entry and field', () => {
    const dir = copy('broken', (d) => {
      for (const b of BREAKAGES) {
        if (b.text) writeFileSync(join(d, b.file), b.text(readFileSync(join(d, b.file), 'utf8')));
        else editJson(d, b.file, b.apply!);
      }
    });
    const issues = readContent(dir).issues;
    for (const b of BREAKAGES) {
      const entry = b.expect.entry === '(first honour)' ? 'h-urbanisation' : b.expect.entry;
      expect(
        issues.some((i) => i.file === b.file && i.entry === entry && i.field.startsWith(b.expect.field)),
        `${b.what}: ${b.file} › ${entry} › ${b.expect.field}`,
      ).toBe(true);
    }
  });

  it('refuses content that changed without an entry in the change log, and says what to record', () => {
    const dir = copy('unrecorded', (d) =>
      editJson(d, 'figures.json', (e) => void (e.find((f) => f.id === 'f-jobs')!.label = '新增城镇就业人数')),
    );
    const digest = readContent(dir).issues.filter((i) => i.file === 'changes.json' && i.field === 'digest');
    expect(digest).toHaveLength(1);
    expect(digest[0]!.message).toContain(`"digest": "${contentDigest(dir)}"`);
    expect(digest[0]!.message).toMatch(/add an entry to content\/changes\.json/);
  });

  it('accepts the same change once the change log records it', () => {
    const dir = copy('recorded', (d) =>
      editJson(d, 'figures.json', (e) => void (e.find((f) => f.id === 'f-jobs')!.quote = '新增城镇就业2924人')),
    );
    editJson(
      dir,
      'changes.json',
      (e) =>
        void e.push({
          id: 'change-002',
          date: '2026-12-02T10:00:00+08:00',
          kind: '更新',
          summary: '复核了一条原句。',
          touches: ['f-jobs'],
          digest: contentDigest(dir),
        }),
    );
    expect(readContent(dir).issues.map(formatIssue)).toEqual([]);
  });

  it('validatedContent throws a ContentError that lists every problem', () => {
    const dir = copy('invalid', (d) => {
      editJson(d, 'figures.json', (e) => void (e.find((f) => f.id === 'f-jobs')!.value = 'many'));
      editJson(d, 'rankings.json', (e) => void (e.find((r) => r.id === 'r-ecology-national')!.scope = '全世界'));
    });
    expect(() => validatedContent(dir)).toThrow(ContentError);
    try {
      validatedContent(dir);
    } catch (error) {
      expect((error as Error).message).toMatch(/figures\.json › f-jobs › value/);
      expect((error as Error).message).toMatch(/rankings\.json › r-ecology-national › scope/);
    }
  });
});
