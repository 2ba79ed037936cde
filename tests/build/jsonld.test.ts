// Structured data on the built pages, as search engines and dataset indexes read it: a NewsArticle
// on the story and every section page, a Dataset on the page that offers the data. The dates are the
// ones the page shows; every file it lists is in dist/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataDownload, Dataset, NewsArticle, Place } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { realContent } from '../content';
import { DIST, page } from './dist';

const { story } = realContent();
const blocks = (d: Document) =>
  [...d.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>);
const first = story.changes[0]!;
const last = story.changes.at(-1)!;

type Article = Exclude<NewsArticle, string> & Record<string, unknown>;

describe.each(['/', ...story.sections.map((s) => `/s/${s.id}/`)])('NewsArticle on %s', (path) => {
  const d = page(path);
  const articles = blocks(d).filter((b) => b['@type'] === 'NewsArticle') as Article[];

  it('has one, in the schema.org context', () => {
    expect(articles).toHaveLength(1);
    expect(articles[0]!['@context']).toBe('https://schema.org');
  });

  it('has a headline, a description, an image on the site, and its canonical address', () => {
    const a = articles[0]!;
    expect(typeof a.headline === 'string' && a.headline.length > 4).toBe(true);
    expect(typeof a.description === 'string' && a.description.length > 10).toBe(true);
    const canonical = d.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(a.url).toBe(canonical);
    const image = (a.image as string[])[0]!;
    expect(new URL(image).origin).toBe(new URL(canonical).origin);
    expect(image).toMatch(/\/share\/[a-z]+\.png$/);
  });

  it('dates itself as the page does: datePublished and dateModified equal the <time> the reader sees', () => {
    const a = articles[0]!;
    const times = [...d.querySelectorAll('.dates time')].map((t) => t.getAttribute('datetime'));
    expect(a.datePublished).toBe(first.date);
    expect(times[0]).toBe(a.datePublished);
    expect(a.dateModified).toBe(last.date);
    if (story.changes.length > 1) expect(times[1]).toBe(a.dateModified);
  });

  it('is in Chinese, by the site, and based on the newspaper article with its newspaper and year (no invented date)', () => {
    const a = articles[0]!;
    expect(a.inLanguage).toBe('zh-CN');
    expect((a.author as { name: string }).name).toBe('数读2020');
    expect((a.publisher as { name: string }).name).toBe('数读2020');
    const based = a.isBasedOn as Record<string, unknown>;
    expect(based['@type']).toBe('NewsArticle');
    expect(based.headline).toBe(story.source.headline);
    expect(based.datePublished).toBe(story.source.published);
    expect((based.publisher as { name: string }).name).toBe(story.source.newspaper);
  });

  it('lists a correction for each 更正 that touches the page, and none otherwise', () => {
    const corrections = story.changes.filter((c) => c.kind === '更正');
    const listed = (articles[0]!.correction as unknown[] | undefined) ?? [];
    expect(listed.length).toBeLessThanOrEqual(corrections.length);
    if (corrections.length === 0) expect(listed).toEqual([]);
  });
});

describe('Dataset on /data/', () => {
  const datasets = blocks(page('/data/')).filter((b) => b['@type'] === 'Dataset') as Array<
    Exclude<Dataset, string> & Record<string, unknown>
  >;
  const d = datasets[0]!;

  it('has one, with a name and a description of 50 to 5000 characters', () => {
    expect(datasets).toHaveLength(1);
    expect(typeof d.name === 'string' && d.name.length > 0).toBe(true);
    expect((d.description as string).length).toBeGreaterThanOrEqual(50);
    expect((d.description as string).length).toBeLessThanOrEqual(5000);
  });

  it('states its license, its creator, the years it covers and the place: 黑龙江省穆棱市', () => {
    expect(d.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    expect((d.creator as { name: string }).name).toBe('数读2020');
    expect(d.temporalCoverage).toBe('2020/2021');
    const place = d.spatialCoverage as Exclude<Place, string> & { name: string };
    expect(place['@type']).toBe('Place');
    expect(place.name).toBe('黑龙江省穆棱市');
  });

  it('lists one DataDownload per file, each with its format and an address of a file that exists in dist/', () => {
    const files = d.distribution as Array<Exclude<DataDownload, string> & { contentUrl: string; encodingFormat: string }>;
    expect(files.length).toBe(6 + story.charts.length);
    for (const f of files) {
      expect(f['@type']).toBe('DataDownload');
      expect(['text/csv', 'application/json']).toContain(f.encodingFormat);
      expect(existsSync(join(DIST, new URL(f.contentUrl).pathname)), f.contentUrl).toBe(true);
    }
  });
});
