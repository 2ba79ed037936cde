// Structured data on the built pages, as search engines and dataset indexes read it: a NewsArticle
// on the story and every section page, a Dataset on the page that offers the data. The dates are the
// ones the page shows; every file it lists is in dist/. Expected values are written out, or read
// from the content files and the fact-check record.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataDownload, Dataset, NewsArticle, Place } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { DIST, page, ROOT, SITE } from './dist';

/** The site's publication and its last change (content/changes.json: change-001, change-004). */
const PUBLISHED = '2026-12-01T20:00:00+08:00';
const UPDATED = '2026-12-08T09:00:00+08:00';
const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];

const json = <T>(file: string): T => JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as T;
const checked = (at: string) => json<Array<{ at: string; text: string }>>('audit.json').find((a) => a.at === at)?.text;
const headingOf = (id: string) => json<Array<{ id: string; heading: string }>>('sections.json').find((s) => s.id === id)?.heading;
/** A 更正 of the change log as structured data: its summary and date, as content/changes.json records them. */
const correction = (id: string) => {
  const change = json<Array<{ id: string; date: string; kind: string; summary: string }>>('changes.json').find((c) => c.id === id);
  expect(change?.kind, id).toBe('更正');
  return { '@type': 'CorrectionComment', text: change!.summary, datePublished: change!.date };
};

const blocks = (d: Document) =>
  [...d.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>);

type Article = Exclude<NewsArticle, string> & Record<string, unknown>;
/** The page's one NewsArticle (failing the test that asks when there is not exactly one). */
function articleOn(d: Document): Article {
  const articles = blocks(d).filter((b) => b['@type'] === 'NewsArticle') as Article[];
  expect(articles, 'NewsArticle blocks').toHaveLength(1);
  return articles[0]!;
}

/**
 * Each page with its NewsArticle: the story's headline is the story's own (关键指标均居牡丹江市首位), a
 * section page's is its heading and its finding; the 更正 each lists are those of the sections it
 * shows (change-002 touches 数读2020, change-003 发展底色更暖).
 */
const PAGES = [
  { path: '/', section: 'shudu', headline: () => checked('sections/shudu/headline'), corrections: ['change-002', 'change-003'] },
  ...SECTIONS.map((id) => ({
    path: `/s/${id}/`,
    section: id,
    headline: () => `${headingOf(id)}：${checked(`sections/${id}/point`)}`,
    corrections: ({ shudu: ['change-002'], dise: ['change-003'] } as Record<string, string[]>)[id] ?? [],
  })),
];

describe.each(PAGES)('NewsArticle on $path', ({ path, section, headline, corrections }) => {
  it('has one, in the schema.org context', () => {
    expect(articleOn(page(path))['@context']).toBe('https://schema.org');
  });

  it("has the finding as headline, the section's description, its share image on the site, and its canonical address", () => {
    const d = page(path);
    const a = articleOn(d);
    const expected = headline();
    expect(expected).toBeDefined();
    expect(a.headline).toBe(expected);
    expect(a.description).toBe(checked(`sections/${section}/description`));
    expect(a.url).toBe(`${SITE}${path}`);
    expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${path}`);
    expect(a.image).toEqual([`${SITE}/share/${section}.png`]);
  });

  it('dates itself as the page does: published at the first change, modified at the last, the <time>s the reader sees', () => {
    const d = page(path);
    const a = articleOn(d);
    expect([...d.querySelectorAll('.dates time')].map((t) => t.getAttribute('datetime'))).toEqual([PUBLISHED, UPDATED]);
    expect(a.datePublished).toBe(PUBLISHED);
    expect(a.dateModified).toBe(UPDATED);
  });

  it('is in Chinese, by the site, and based on the newspaper article with its newspaper and year (no invented date)', () => {
    const a = articleOn(page(path));
    expect(a.inLanguage).toBe('zh-CN');
    expect((a.author as { name: string }).name).toBe('数读2020');
    expect((a.publisher as { name: string }).name).toBe('数读2020');
    const based = a.isBasedOn as Record<string, unknown>;
    expect(based['@type']).toBe('NewsArticle');
    expect(based.headline).toBe('走出县域经济高质量发展特色之路');
    expect(based.datePublished).toBe('2021');
    expect((based.publisher as { name: string }).name).toBe('牡丹江日报');
    expect((based.author as Array<{ name: string }>).map((p) => p.name)).toEqual(['杜坤', '刘晓云']);
  });

  it(`lists ${corrections.length ? `its 更正 (${corrections.join(', ')}), each with its words and date` : 'no correction: no 更正 touches it'}`, () => {
    const listed = articleOn(page(path)).correction;
    if (corrections.length === 0) expect(listed).toBeUndefined();
    else expect(listed).toEqual(corrections.map(correction));
  });
});

describe('Dataset on /data/', () => {
  const dataset = () => {
    const datasets = blocks(page('/data/')).filter((b) => b['@type'] === 'Dataset');
    expect(datasets, 'Dataset blocks').toHaveLength(1);
    return datasets[0] as Exclude<Dataset, string> & Record<string, unknown>;
  };

  it('has one, with a name and a description of 50 to 5000 characters', () => {
    const d = dataset();
    expect(d.name).toBe('数读2020：穆棱市2020年的数字与2021年目标');
    expect((d.description as string).length).toBeGreaterThanOrEqual(50);
    expect((d.description as string).length).toBeLessThanOrEqual(5000);
  });

  it('states its license, its creator, the years it covers and the place: 黑龙江省穆棱市', () => {
    const d = dataset();
    expect(d.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    expect((d.creator as { name: string }).name).toBe('数读2020');
    expect(d.temporalCoverage).toBe('2020/2021');
    const place = d.spatialCoverage as Exclude<Place, string> & { name: string };
    expect(place['@type']).toBe('Place');
    expect(place.name).toBe('黑龙江省穆棱市');
  });

  it('was last modified at the last change of the change log', () => {
    expect(dataset().dateModified).toBe(UPDATED);
  });

  it('lists one DataDownload per file — three datasets in CSV and JSON, and the CSV of each of the six sections with numbers — each a file in dist/', () => {
    const files = dataset().distribution as Array<Exclude<DataDownload, string> & { contentUrl: string; encodingFormat: string }>;
    const sections = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye'];
    expect(files.map((f) => [f.contentUrl, f.encodingFormat])).toEqual([
      ...['figures', 'rankings', 'targets'].flatMap((name) => [
        [`${SITE}/data/${name}.csv`, 'text/csv'],
        [`${SITE}/data/${name}.json`, 'application/json'],
      ]),
      ...sections.map((id) => [`${SITE}/data/sections/${id}.csv`, 'text/csv']),
    ]);
    for (const f of files) {
      expect(f['@type']).toBe('DataDownload');
      expect(existsSync(join(DIST, new URL(f.contentUrl).pathname)), f.contentUrl).toBe(true);
    }
  });
});
