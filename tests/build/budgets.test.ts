// The performance budgets, asserted over the built site: bytes and counts, never timings
// (Lighthouse's timings are reported by `npm run bench`, not tested). The budgets come from
// scripts/lib/budgets.mjs and the measures from scripts/lib/page-weight.mjs, which the benchmark
// prints with too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BUDGETS, KB, kb, limitOf } from '../../scripts/lib/budgets.mjs';
import { cssUrls, htmlPages, loadsOf, pageWeight } from '../../scripts/lib/page-weight.mjs';
import { filesUnder } from '../../src/node/files';
import { DIST } from './dist';
import { license } from '../../src/lib/license';

const pages = htmlPages(DIST);
const story = pageWeight(DIST, '/');
const sections = pages.filter((p) => p.startsWith('/s/')).map((p) => pageWeight(DIST, p));
const clientJs = filesUnder(DIST).filter((f) => /^_astro\/.*\.m?js$/.test(f));
const stylesheets = filesUnder(DIST).filter((f) => f.endsWith('.css'));
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
const parsed = new Map<string, Document>();
const doc = (path: string): Document => {
  if (!parsed.has(path)) {
    const file = path === '/' ? 'index.html' : path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
    parsed.set(path, parseHTML(read(file)).document as unknown as Document);
  }
  return parsed.get(path)!;
};

const { storyFirstLoad, storyJs, sectionFirstLoad, renderBlocking, storyElements, otherOrigins } = BUDGETS;

describe('page weight (gzip, KB = 1000 bytes)', () => {
  it(`the story's first load — HTML, CSS, JS and fonts, images excluded — is ${limitOf(storyFirstLoad)}`, () => {
    expect(story.firstLoad.gzip, `story first load ${kb(story.firstLoad.gzip)} KB`).toBeLessThanOrEqual(storyFirstLoad.max);
  });

  it(`the story's client JavaScript, files and inline scripts together, is ${limitOf(storyJs)}`, () => {
    expect(story.clientJs.gzip, `story JS ${kb(story.clientJs.gzip)} KB`).toBeLessThanOrEqual(storyJs.max);
  });

  it(`every section page's first load is ${limitOf(sectionFirstLoad)}`, () => {
    expect(sections.length).toBe(8);
    for (const s of sections)
      expect(s.firstLoad.gzip, `${s.path} first load ${kb(s.firstLoad.gzip)} KB`).toBeLessThanOrEqual(sectionFirstLoad.max);
  });

  it("measures what a page loads, and only that: the story's script from /_astro/, its styles in the page, nothing print-only or lazy", () => {
    const loads = story.resources.filter((r) => r.kind !== 'image');
    expect(loads.map((r) => r.kind)).toEqual(['js']);
    expect(loads.every((r) => r.url.startsWith('/_astro/'))).toBe(true);
    expect(story.resources.filter((r) => r.kind === 'image').map((r) => r.url)).toEqual(['/favicon.svg']);
    expect(story.bytes.html.gzip).toBeGreaterThan(5 * KB);
    expect(story.firstLoad.gzip).toBe(story.bytes.html.gzip + story.bytes.css.gzip + story.bytes.js.gzip + story.bytes.font.gzip);
  });
});

describe('nothing stands between the HTML and the first paint', () => {
  it.each(pages)(`%s asks for ${limitOf(renderBlocking)} render-blocking stylesheets or scripts`, (path) => {
    const d = doc(path);
    const blockingCss = [...d.querySelectorAll('link[rel~="stylesheet"]')].filter(
      (l) => (l.getAttribute('media') ?? 'all').trim().toLowerCase() !== 'print',
    );
    const blockingJs = [...d.querySelectorAll('script[src]')].filter(
      (s) => s.getAttribute('type') !== 'module' && !s.hasAttribute('async') && !s.hasAttribute('defer'),
    );
    const blocking = [
      ...blockingCss.map((l) => `stylesheet ${l.getAttribute('href')}`),
      ...blockingJs.map((s) => `script ${s.getAttribute('src')}`),
    ];
    expect(blocking.length, `render-blocking: ${blocking.join(', ')}`).toBeLessThanOrEqual(renderBlocking.max);
  });

  it('every script a page fetches is a module fetched at low priority: it adds to a page that reads whole without it', () => {
    const scripts = pages.flatMap((path) => [...doc(path).querySelectorAll('script[src]')].map((s) => ({ path, s })));
    expect(scripts.length).toBeGreaterThanOrEqual(pages.length - 1);
    for (const { path, s } of scripts) {
      expect(s.getAttribute('type'), path).toBe('module');
      expect(s.getAttribute('fetchpriority'), path).toBe('low');
    }
  });

  it(`the story has ${limitOf(storyElements)} elements, every chart and table included`, () => {
    const count = doc('/').querySelectorAll('*').length;
    expect(count, `${count} elements`).toBeLessThanOrEqual(storyElements.max);
    expect(doc('/').querySelectorAll('figure.chart svg').length).toBe(4);
  });

  it('draws each chart once on the page: no hidden copy for another width', () => {
    for (const path of pages) {
      const ids = [...doc(path).querySelectorAll('figure[data-chart]')].map((f) => f.querySelectorAll(':scope svg.chart').length);
      expect(
        ids.every((n) => n <= 1),
        path,
      ).toBe(true);
    }
  });
});

describe(`requests to other origins: ${limitOf(otherOrigins)}`, () => {
  const origin = new URL(doc('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
  const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim());

  it('every src, href, srcset and url() a page loads is a path on this site (no scheme, no host)', () => {
    for (const path of pages) {
      const loads = loadsOf(doc(path)).filter((l) => hasScheme(l.url) && !/^data:/i.test(l.url));
      expect(loads.length, `${path}: ${loads.map((l) => `${l.attribute} ${l.url}`).join(', ')}`).toBeLessThanOrEqual(otherOrigins.max);
    }
  });

  it("every other URL a page carries — links, canonical, og:url, og:image — is relative or on the site's own origin", () => {
    const ATTRIBUTES = ['src', 'href', 'xlink:href', 'srcset', 'poster', 'data', 'action', 'formaction', 'cite', 'background'];
    for (const path of pages) {
      const document = doc(path);
      const urls: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        for (const name of ATTRIBUTES) {
          const value = el.getAttribute(name);
          if (value === null) continue;
          const list = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
          urls.push(...list.filter(hasScheme).map((u) => `<${el.localName} ${name}> ${u}`));
        }
      }
      for (const meta of document.querySelectorAll('meta[content]')) {
        const content = meta.getAttribute('content') ?? '';
        if (/^https?:/i.test(content))
          urls.push(`<meta ${meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop')}> ${content}`);
      }
      const foreign = urls.filter((u) => {
        const url = u.slice(u.indexOf('> ') + 2);
        if (/^(mailto|tel|data):/i.test(url)) return false;
        // The one link out: the license's own text, which a reader follows, never loads.
        if (url === license().url && u.startsWith('<a href>')) return false;
        try {
          return new URL(url, origin).origin !== origin;
        } catch {
          return true;
        }
      });
      expect(foreign, path).toEqual([]);
    }
  });

  it('stylesheets load nothing from another origin (url(), @import)', () => {
    for (const f of stylesheets) {
      const foreign = cssUrls(read(f)).filter((u) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(u.url) && !/^data:/i.test(u.url));
      expect(foreign, f).toEqual([]);
    }
  });

  it('client scripts name no URL but the SVG/XML namespaces', () => {
    for (const f of clientJs) {
      const urls = [...read(f).matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi)].map((m) => m[0]);
      expect(
        urls.filter((u) => !/^https?:\/\/www\.w3\.org\//.test(u)),
        f,
      ).toEqual([]);
    }
  });
});

describe('d3 and Plot never ship to the browser', () => {
  // Strings that survive minification and tree-shaking (checked by bundling d3 and Plot with
  // esbuild --minify): d3-format's and d3-path's error messages, d3-color's named colours,
  // d3-selection's namespaces, d3-array's blur errors, Plot's class names; plus the package names,
  // which unminified or commented code carries.
  const SIGNATURES =
    /d3-(array|scale|shape|format|selection|axis|interpolate|color|path)|observablehq|--plot-|plot-(background|clip|marker|d)\b|scaleLinear|scaleBand|invalid format: |negative radius|rebeccapurple|1999\/xlink|invalid rx/;

  it("there is client JS to search (the story's scroll steps)", () => {
    expect(clientJs.length).toBeGreaterThan(0);
  });

  it('no client JS file holds d3 or @observablehq/plot code', () => {
    for (const f of clientJs) expect(read(f), f).not.toMatch(SIGNATURES);
  });

  it('no inline script on any page holds it either', () => {
    for (const path of pages) {
      const inline = [...doc(path).querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n');
      expect(inline, path).not.toMatch(SIGNATURES);
    }
  });
});
