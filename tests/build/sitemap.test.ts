// The files a crawler and a lost reader meet: /sitemap.xml lists every page at its public address,
// /robots.txt points at it, and /404.html sends the reader back to the story and 原文.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../../scripts/lib/page-weight.mjs';
import type { Section } from '../../src/schema';
import { DIST, page, readJson, text } from './dist';

const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const site = new URL(page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!);
const sections = readJson<Section[]>('content/sections.json');

describe('/sitemap.xml', () => {
  it('is a sitemaps.org urlset', () => {
    expect(sitemap.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(sitemap).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(sitemap.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('lists every page of the site once — story, 原文, every section, the handout — and not the 404 page', () => {
    const expected = htmlPages(DIST)
      .filter((p) => p !== '/404.html')
      .map((p) => new URL(p, site).href);
    expect([...locs].sort()).toEqual([...expected].sort());
    expect(new Set(locs).size).toBe(locs.length);
    for (const s of sections) expect(locs).toContain(new URL(`/s/${s.id}/`, site).href);
  });

  it('gives absolute addresses on the public origin, each the canonical URL of its page', () => {
    for (const loc of locs) {
      const url = new URL(loc);
      expect(url.origin, loc).toBe(site.origin);
      const file = fileFor(DIST, url.pathname);
      expect(file, loc).not.toBeNull();
      expect(readFileSync(file!, 'utf8'), loc).toContain(`<link rel="canonical" href="${loc}">`);
    }
  });
});

describe('/robots.txt', () => {
  const robots = readFileSync(`${DIST}/robots.txt`, 'utf8');

  it('lets every crawler in', () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\S*$/m);
  });

  it('points at the sitemap by its absolute address', () => {
    expect(robots).toMatch(new RegExp(`^Sitemap: ${new URL('/sitemap.xml', site).href.replace(/[.?]/g, '\\$&')}$`, 'm'));
  });
});

describe('/404.html', () => {
  const notFound = page('/404.html');

  it('is a Chinese page that says the page was not found', () => {
    expect(notFound.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(notFound.title).toContain('找不到');
    expect(text(notFound.querySelector('h1'))).toBe('找不到这个页面');
  });

  it('links to the story, to 原文 and to every section', () => {
    const hrefs = [...notFound.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/');
    expect(hrefs).toContain('/yuanwen/');
    for (const s of sections) expect(hrefs).toContain(`/s/${s.id}/`);
  });

  it('asks search engines not to index it', () => {
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
