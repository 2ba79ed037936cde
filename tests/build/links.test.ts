// No broken internal links: every link, image, script and stylesheet that points into the site
// resolves to a file in dist/, and every #fragment names an id on the page it points at.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cssUrls, fileFor, htmlPages } from '../../scripts/lib/page-weight.mjs';
import { filesUnder } from '../../src/node/files';
import { DIST, SITE } from './dist';

interface Parsed {
  document: Document;
  ids: Set<string>;
}
const parsed = new Map<string, Parsed>();
/** The page a site path serves, parsed once (null when it is not an HTML page). */
function pageAt(file: string): Parsed | null {
  if (!file.endsWith('.html')) return null;
  if (!parsed.has(file)) {
    const document = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    const ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
    for (const a of document.querySelectorAll('a[name]')) ids.add(a.getAttribute('name')!);
    parsed.set(file, { document, ids });
  }
  return parsed.get(file)!;
}

const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];
const PAGES = ['/', '/yuanwen/', '/changes/', '/data/', '/handout/', '/404.html', ...SECTIONS.map((s) => `/s/${s}/`)];
const ORIGIN = new URL(SITE);
/** A page's file in dist/, failing the test that asks when it is not there. */
function fileOf(path: string): string {
  const file = fileFor(DIST, path);
  expect(file, `${path} in dist/`).not.toBeNull();
  return file!;
}

/** Every URL a page points at, with where it is (for the message). */
function referencesOf(document: Document): Array<{ url: string; where: string }> {
  const refs: Array<{ url: string; where: string }> = [];
  for (const el of document.querySelectorAll('[href], [src], [srcset], [poster], [action], [formaction], [data]')) {
    for (const name of ['href', 'xlink:href', 'src', 'poster', 'action', 'formaction']) {
      const value = el.getAttribute(name);
      if (value !== null) refs.push({ url: value, where: `<${el.localName} ${name}>` });
    }
    if (el.localName === 'object' && el.getAttribute('data')) refs.push({ url: el.getAttribute('data')!, where: '<object data>' });
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',').filter((c) => c.trim())) {
      refs.push({ url: candidate.trim().split(/\s+/)[0]!, where: `<${el.localName} srcset>` });
    }
  }
  // Share tags point at the page itself and its share image: those must exist too.
  for (const meta of document.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[itemprop="image"]')) {
    refs.push({
      url: meta.getAttribute('content') ?? '',
      where: `<meta ${meta.getAttribute('property') ?? meta.getAttribute('itemprop')}>`,
    });
  }
  return refs;
}

/** What is wrong with one reference from `pagePath`, or null when it resolves. */
function problemWith(url: string, pagePath: string, pageFile: string): string | null {
  if (/^(mailto|tel|data|blob):/i.test(url)) return null;
  const resolved = new URL(url, new URL(pagePath, ORIGIN));
  if (resolved.origin !== ORIGIN.origin) return null; // the origin tests deal with these
  const samePage = url.startsWith('#');
  const file = samePage ? pageFile : fileFor(DIST, resolved.pathname);
  if (!file) return `${resolved.pathname} is not in dist/`;
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  // "#" and "#top" scroll to the top of any page.
  if (!fragment || fragment === 'top') return null;
  const target = pageAt(file);
  if (!target) return `#${fragment} points into a file that is not a page`;
  return target.ids.has(fragment) ? null : `no element with id "${fragment}" on ${resolved.pathname}`;
}

describe('internal links', () => {
  it('are checked on every page of the built site, the story holding more than 50', () => {
    expect([...htmlPages(DIST)].sort()).toEqual([...PAGES].sort());
    expect(referencesOf(pageAt(fileOf('/'))!.document).length).toBeGreaterThan(50);
  });

  it.each(PAGES)('every link, image and script on %s resolves, #fragments included', (path) => {
    const file = fileOf(path);
    const references = referencesOf(pageAt(file)!.document);
    expect(references.length, 'links on the page').toBeGreaterThan(0);
    const broken = references
      .map((ref) => ({ ref, problem: problemWith(ref.url, path, file) }))
      .filter((r) => r.problem)
      .map(({ ref, problem }) => `${ref.where} ${ref.url}: ${problem}`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('every url() in every stylesheet resolves: the QR codes of the print and handout sheets', () => {
    const sheets = filesUnder(DIST).filter((f) => f.endsWith('.css'));
    const urls = sheets.flatMap((css) => cssUrls(readFileSync(`${DIST}/${css}`, 'utf8')).map(({ url }) => ({ css, url })));
    expect(urls.filter(({ url }) => url.includes('/qr/')).length, 'the QR codes of print.css').toBe(8);
    for (const { css, url } of urls) {
      if (/^data:/i.test(url) || url.startsWith('#')) continue;
      expect(fileFor(DIST, new URL(url, new URL(`/${css}`, ORIGIN)).pathname), `${css}: url(${url})`).not.toBeNull();
    }
  });

  it('the checker itself catches a missing file and a missing fragment', () => {
    const story = fileOf('/');
    expect(problemWith('/no-such-page/', '/', story)).toMatch(/not in dist/);
    expect(problemWith('/yuanwen/#p-no-such-paragraph', '/', story)).toMatch(/no element with id/);
    expect(problemWith('#no-such-id', '/', story)).toMatch(/no element with id/);
    expect(problemWith('/yuanwen/#p-jichu-1', '/', story)).toBeNull();
    expect(problemWith('https://example.com/elsewhere', '/', story)).toBeNull();
  });
});
