// A correction in the open: the site built from the real content plus a 更正 in its change log
// shows a dated note at the top of each section it touches, 更新于 on every page, the correction in
// the structured data of the pages it touches, and the change first on the change log's page.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './dist';
import { BUILD_LIMIT_MS, buildSite } from './fixture-build';

mkdirSync(join(ROOT, '.build'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.build', 'corrections-'));
const content = join(scratch, 'content');
const dist = join(scratch, 'dist');
const CORRECTION = {
  id: 'change-002',
  date: '2026-12-08T09:30:00+08:00',
  kind: '更正',
  summary: '“新增城镇就业”一项曾误写为其他数字，现按原文更正为2924人。',
  touches: ['f-jobs'],
};

beforeAll(async () => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const log = JSON.parse(readFileSync(join(content, 'changes.json'), 'utf8')) as Array<Record<string, unknown>>;
  // The log records the digest of the content it describes; content/ itself is unchanged here.
  log.push({ ...CORRECTION, digest: log.at(-1)!.digest });
  writeFileSync(join(content, 'changes.json'), JSON.stringify(log, null, 2));
  const run = await buildSite({ content, dist, cache: join(scratch, 'cache') });
  if (run.status !== 0) throw new Error(`the build with a correction failed (exit ${run.status}):\n${run.output}`);
}, BUILD_LIMIT_MS + 30_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (path: string) =>
  parseHTML(readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8')).document as unknown as Document;
const ld = (d: Document) => JSON.parse(d.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;

describe('a 更正 in the change log', () => {
  it("is a dated note at the top of the section it touches, linking to the log — on the story and the section's page", () => {
    for (const [path, scope] of [
      ['/', 'section#dise'],
      ['/s/dise/', 'main'],
    ] as const) {
      const note = page(path).querySelector(`${scope} aside.corrections`);
      expect(note, path).not.toBeNull();
      expect(note!.textContent).toContain(CORRECTION.summary);
      expect(note!.querySelector('time')?.getAttribute('datetime')).toBe(CORRECTION.date);
      expect(note!.querySelector('a')?.getAttribute('href')).toBe('/changes/#change-002');
      // At the top: before the section's prose.
      const html = page(path).querySelector(scope)!.innerHTML;
      expect(html.indexOf('class="corrections"')).toBeLessThan(html.indexOf('class="prose"'));
    }
  });

  it('is noted nowhere else', () => {
    expect(page('/').querySelectorAll('aside.corrections')).toHaveLength(1);
    expect(page('/s/jichu/').querySelector('aside.corrections')).toBeNull();
  });

  it('makes every page say 更新于 with its date, after 发布于', () => {
    for (const path of ['/', '/s/jichu/', '/yuanwen/', '/data/', '/changes/', '/404.html']) {
      const times = [...page(path).querySelectorAll('.dates time')].map((t) => t.getAttribute('datetime'));
      expect(times, path).toHaveLength(2);
      expect(times[1], path).toBe(CORRECTION.date);
      expect(page(path).querySelector('.dates')!.textContent, path).toMatch(/发布于[\s\S]*更新于/);
    }
  });

  it('is in the structured data: dateModified everywhere, a correction where it applies', () => {
    expect(ld(page('/')).dateModified).toBe(CORRECTION.date);
    expect(ld(page('/s/dise/')).correction).toEqual([
      { '@type': 'CorrectionComment', text: CORRECTION.summary, datePublished: CORRECTION.date },
    ]);
    expect(ld(page('/s/jichu/')).correction).toBeUndefined();
    expect(ld(page('/s/jichu/')).dateModified).toBe(CORRECTION.date);
  });

  it("comes first on the change log's page, newest first", () => {
    const items = [...page('/changes/').querySelectorAll('ol.changes > li')].map((li) => li.id);
    expect(items).toEqual(['change-002', 'change-001']);
  });

  it('dates the sitemap', () => {
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain(`<lastmod>${CORRECTION.date}</lastmod>`);
  });
});
