// No broken internal links: every link, image, script and stylesheet that points into the site
// resolves to a file in dist/, and every #fragment names an id on the page it points at.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cssUrls, fileFor, htmlPages } from '../../scripts/lib/page-weight.mjs';
import { filesUnder } from '../../src/node/files';
import { DIST } from './dist';

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

const pages = htmlPages(DIST);
const storyFile = fileFor(DIST, '/')!;
const SITE = new URL(pageAt(storyFile)!.document.querySelector('link[rel="canonical"]')!.getAttribute('href')!);

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
  const resolved = new URL(url, new URL(pagePath, SITE));
  if (resolved.origin !== SITE.origin) return null; // the origin tests deal with these
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
  it('there are pages and links to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(11);
    expect(referencesOf(pageAt(storyFile)!.document).length).toBeGreaterThan(50);
  });

  it.each(pages)('every link, image and script on %s resolves, #fragments included', (path) => {
    const file = fileFor(DIST, path)!;
    const broken = referencesOf(pageAt(file)!.document)
      .map((ref) => ({ ref, problem: problemWith(ref.url, path, file) }))
      .filter((r) => r.problem)
      .map(({ ref, problem }) => `${ref.where} ${ref.url}: ${problem}`);
    expect([...new Set(broken)]).toEqual([]);
  });

  it('every url() in every stylesheet resolves', () => {
    for (const css of filesUnder(DIST).filter((f) => f.endsWith('.css'))) {
      const base = new URL(`/${css}`, SITE);
      for (const { url } of cssUrls(readFileSync(`${DIST}/${css}`, 'utf8'))) {
        if (/^data:/i.test(url) || url.startsWith('#')) continue;
        const target = new URL(url, base);
        expect(fileFor(DIST, target.pathname), `${css}: url(${url})`).not.toBeNull();
      }
    }
  });

  it('the checker itself catches a missing file and a missing fragment', () => {
    expect(problemWith('/no-such-page/', '/', storyFile)).toMatch(/not in dist/);
    expect(problemWith('/yuanwen/#p-no-such-paragraph', '/', storyFile)).toMatch(/no element with id/);
    expect(problemWith('#no-such-id', '/', storyFile)).toMatch(/no element with id/);
    expect(problemWith('/yuanwen/#p-jichu-1', '/', storyFile)).toBeNull();
    expect(problemWith('https://example.com/elsewhere', '/', storyFile)).toBeNull();
  });
});
