// A correction in the open: the site built from the real content plus one more 更正 in its change
// log shows a dated note at the top of each section it touches (above the section's earlier ones),
// 更新于 with its date on every page, the correction in the structured data of the pages it touches,
// and the change first on the change log's page. The real log (content/changes.json) already holds
// two: change-002 on 数读2020, change-003 on 发展底色更暖.
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
  id: 'change-005',
  date: '2026-12-09T09:30:00+08:00',
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
/** The real log's 更正 of 发展底色更暖, as content/changes.json records it. */
const EARLIER = {
  id: 'change-003',
  date: '2026-12-08T09:00:00+08:00',
  summary: '“推动问题楼盘建成完工”此前漏了原文的“推动”。',
};
const notesOn = (d: Document, scope: string) =>
  [...d.querySelectorAll(`${scope} aside.corrections p.correction`)].map((p) => ({
    change: p.querySelector('a')?.getAttribute('href'),
    date: p.querySelector('time')?.getAttribute('datetime'),
    text: p.textContent ?? '',
  }));

describe('a 更正 in the change log', () => {
  it("is a dated note at the top of the section it touches, newest first, above the section's earlier one, linking to the log — on the story and the section's page", () => {
    for (const [path, scope] of [
      ['/', 'section#dise'],
      ['/s/dise/', 'main'],
    ] as const) {
      const notes = notesOn(page(path), scope);
      expect(
        notes.map((n) => [n.change, n.date]),
        path,
      ).toEqual([
        [`/changes/#${CORRECTION.id}`, CORRECTION.date],
        [`/changes/#${EARLIER.id}`, EARLIER.date],
      ]);
      expect(notes[0]!.text).toContain(CORRECTION.summary);
      expect(notes[1]!.text).toContain(EARLIER.summary);
      // At the top: before the section's prose.
      const html = page(path).querySelector(scope)!.innerHTML;
      expect(html.indexOf('class="corrections"')).toBeGreaterThanOrEqual(0);
      expect(html.indexOf('class="corrections"')).toBeLessThan(html.indexOf('class="prose"'));
    }
  });

  it('is noted nowhere else: the story notes it once, a section it does not touch not at all', () => {
    const story = page('/');
    expect([...story.querySelectorAll('aside.corrections')].map((a) => a.closest('section')?.id)).toEqual(['shudu', 'dise']);
    expect(story.querySelectorAll(`aside.corrections a[href="/changes/#${CORRECTION.id}"]`)).toHaveLength(1);
    expect(notesOn(page('/s/shudu/'), 'main').map((n) => n.change)).toEqual(['/changes/#change-002']);
    expect(page('/s/jichu/').querySelector('aside.corrections')).toBeNull();
  });

  it('makes every page say 更新于 with its date, after 发布于', () => {
    for (const path of ['/', '/s/jichu/', '/yuanwen/', '/data/', '/changes/', '/404.html']) {
      const times = [...page(path).querySelectorAll('.dates time')].map((t) => t.getAttribute('datetime'));
      expect(times, path).toEqual(['2026-12-01T20:00:00+08:00', CORRECTION.date]);
      expect(page(path).querySelector('.dates')!.textContent, path).toMatch(/发布于[\s\S]*更新于/);
    }
  });

  it('is in the structured data: dateModified everywhere, a correction where it applies (a section page newest first)', () => {
    const comment = (c: { summary: string; date: string }) => ({ '@type': 'CorrectionComment', text: c.summary, datePublished: c.date });
    expect(ld(page('/')).dateModified).toBe(CORRECTION.date);
    expect(ld(page('/s/dise/')).correction).toEqual([comment(CORRECTION), comment(EARLIER)]);
    // The story, which holds every section, lists every 更正 of the log, in the log's order.
    expect((ld(page('/')).correction as Array<{ text: string }>).map((c) => c.text)).toEqual([
      '名次图的两个指标名改用原文的说法：补上此前漏掉的“环境”；“扶贫绩效评价”改为“新增产业扶贫项目…绩效评价”。',
      EARLIER.summary,
      CORRECTION.summary,
    ]);
    expect(ld(page('/s/jichu/')).correction).toBeUndefined();
    expect(ld(page('/s/jichu/')).dateModified).toBe(CORRECTION.date);
  });

  it("comes first on the change log's page, newest first", () => {
    const items = [...page('/changes/').querySelectorAll('ol.changes > li')].map((li) => li.id);
    expect(items).toEqual([CORRECTION.id, 'change-004', 'change-003', 'change-002', 'change-001']);
  });

  it('dates the sitemap', () => {
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain(`<lastmod>${CORRECTION.date}</lastmod>`);
  });
});
