// The header table's matching rules, on addresses the built site does not have yet: nested data,
// future pages. (tests/build/hosting.test.ts checks the table against the real dist/ and nginx.)
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFile, headersFor, pathMatches, type HeaderRule } from '../../../src/hosting/headers';

describe('pathMatches (_headers syntax)', () => {
  it('lets * stand for any characters, slashes included', () => {
    expect(pathMatches('/data/*.csv', '/data/figures.csv')).toBe(true);
    expect(pathMatches('/data/*.csv', '/data/charts/growth.csv')).toBe(true);
    expect(pathMatches('/data/*.csv', '/data/figures.json')).toBe(false);
    expect(pathMatches('/*', '/')).toBe(true);
  });

  it('reads everything else literally', () => {
    expect(pathMatches('/handout.pdf', '/handout.pdf')).toBe(true);
    expect(pathMatches('/handout.pdf', '/handoutXpdf')).toBe(false);
    expect(pathMatches('/*/', '/')).toBe(false);
    expect(pathMatches('/', '/s/jichu/')).toBe(false);
  });
});

describe('headersFor', () => {
  it('gives a page added later no-cache, wherever it is', () => {
    for (const page of ['/s/new-section/', '/about/', '/a/b/c/', '/later.html']) {
      expect(headersFor(page)['Cache-Control'], page).toBe('no-cache');
    }
  });

  it('treats a page among the open data (/data/) as a page', () => {
    expect(headersFor('/data/')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/data/index.html')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/data/charts/growth.csv')['Cache-Control']).toBe('public, max-age=3600');
  });

  it('types nested open data by extension, JSON Schemas apart', () => {
    expect(headersFor('/data/charts/growth.csv')['Content-Type']).toBe('text/csv; charset=utf-8');
    expect(headersFor('/data/charts/growth.json')['Content-Type']).toBe('application/json; charset=utf-8');
    expect(headersFor('/data/schema/v2/figures.json')['Content-Type']).toBe('application/schema+json; charset=utf-8');
  });

  it('sends the security headers with every response', () => {
    for (const path of ['/', '/nope', '/_astro/x.js', '/data/figures.csv']) {
      expect(headersFor(path)['X-Content-Type-Options'], path).toBe('nosniff');
    }
  });

  it('refuses a table in which two rules give one path the same header', () => {
    const clash: HeaderRule[] = [...HEADER_RULES, { why: 'clash', paths: ['/data/*'], headers: { 'Cache-Control': 'no-store' } }];
    expect(() => headersFor('/data/figures.csv', clash)).toThrow(/two rules give \/data\/figures\.csv a Cache-Control header/);
  });
});

describe('headersFile', () => {
  it('writes a rule with exceptions out for the addresses it covers, and no others', () => {
    const text = headersFile(['/data/a.json', '/data/schema/a.json', '/data/a.csv', '/']);
    expect(text).toContain('\n/data/a.json\n  Content-Type: application/json; charset=utf-8\n');
    expect(text).not.toContain('/data/schema/a.json\n  Content-Type: application/json');
    expect(text).not.toContain('/data/*.json');
    expect(text).toContain('\n/data/schema/*.json\n  Content-Type: application/schema+json; charset=utf-8\n');
  });

  it('stops at the 100 rules Cloudflare Pages reads', () => {
    const many = Array.from({ length: 120 }, (_, i) => `/data/file-${i}.json`);
    expect(() => headersFile(many)).toThrow(/more than the 100/);
  });
});
