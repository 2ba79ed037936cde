// The files a crawler and a lost reader meet: /sitemap.xml lists every page at its public address,
// /robots.txt points at it, and /404.html sends the reader back to the story and 原文.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor } from '../../scripts/lib/page-weight.mjs';
import { DIST, page, SITE, text } from './dist';

const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];
/** Every page a reader may open, the 404 page aside. */
const PAGES = ['/', '/yuanwen/', '/changes/', '/data/', '/handout/', ...SECTIONS.map((s) => `/s/${s}/`)];

const sitemap = () => readFileSync(`${DIST}/sitemap.xml`, 'utf8');
const locs = () => [...sitemap().matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('/sitemap.xml', () => {
  it('is a sitemaps.org urlset', () => {
    expect(sitemap().startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(sitemap()).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(sitemap().trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('lists every page of the site once — story, 原文, the change log, the data, the handout, every section — and not the 404 page', () => {
    expect([...locs()].sort()).toEqual(PAGES.map((p) => `${SITE}${p}`).sort());
  });

  it('gives absolute addresses on the public origin, each the canonical URL of its page', () => {
    expect(locs()).toHaveLength(PAGES.length);
    for (const loc of locs()) {
      const url = new URL(loc);
      expect(url.origin, loc).toBe(new URL(SITE).origin);
      const file = fileFor(DIST, url.pathname);
      expect(file, loc).not.toBeNull();
      expect(readFileSync(file!, 'utf8'), loc).toContain(`<link rel="canonical" href="${loc}">`);
    }
  });
});

describe('/robots.txt', () => {
  const robots = () => readFileSync(`${DIST}/robots.txt`, 'utf8');

  it('lets every crawler in', () => {
    expect(robots()).toMatch(/^User-agent: \*$/m);
    expect(robots()).not.toMatch(/^Disallow: \/\S*$/m);
  });

  it('points at the sitemap by its absolute address', () => {
    expect(robots().split('\n')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('/404.html', () => {
  it('is a Chinese page that says the page was not found', () => {
    const notFound = page('/404.html');
    expect(notFound.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(notFound.title).toContain('找不到');
    expect(text(notFound.querySelector('h1'))).toBe('找不到这个页面');
  });

  it('links to the story, to 原文 and to every section', () => {
    const hrefs = [...page('/404.html').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    for (const href of ['/', '/yuanwen/', ...SECTIONS.map((s) => `/s/${s}/`)]) expect(hrefs).toContain(href);
  });

  it('asks search engines not to index it', () => {
    expect(page('/404.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
