// What each built page costs a reader on first load, measured from the files in dist/ alone
// (deterministic: bytes and request counts, never timings). The benchmark prints these numbers and
// the budget test asserts on them, so both read them from this one implementation.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { addressOf } from '../../src/hosting/headers.ts';
import { filesUnder } from '../../src/node/files.ts';

/** zlib's default level, the one most hosts' gzip uses (nginx, Apache mod_deflate, Caddy). */
const GZIP_LEVEL = 6;

/** Any origin will do to resolve references; it never leaves this module. */
const BASE = 'http://site.invalid';

/** @typedef {'html' | 'css' | 'js' | 'font' | 'image' | 'other'} Kind */
/** @typedef {{ raw: number, gzip: number }} Bytes */
/** @typedef {{ url: string, kind: Kind, bytes: Bytes }} Resource  url: a site path, /_astro/index.abc.js */
/**
 * @typedef {object} PageWeight
 * @property {string} path
 * @property {Record<Kind, Bytes>} bytes   Totals per kind, the page's own HTML included
 * @property {Bytes} firstLoad   HTML + CSS + JS + fonts (images excluded)
 * @property {Bytes} clientJs    Script files plus the bodies of inline scripts (already inside the HTML's bytes)
 * @property {number} requests   Distinct same-origin files fetched on load, the page included
 * @property {Resource[]} resources
 * @property {string[]} missing  Referenced site paths with no file in dist/
 */

const FONT = /\.(woff2?|ttf|otf|eot)$/i;
const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;

/** @param {string} path @returns {Kind} */
function kindOf(path) {
  if (/\.css$/i.test(path)) return 'css';
  if (/\.m?js$/i.test(path)) return 'js';
  if (FONT.test(path)) return 'font';
  if (IMAGE.test(path)) return 'image';
  if (/\.html?$/i.test(path) || path.endsWith('/')) return 'html';
  return 'other';
}

/** @param {Buffer} buffer @returns {Bytes} */
function bytesOf(buffer) {
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: GZIP_LEVEL }).length };
}

/**
 * The HTML pages of a built site as the URL paths a reader opens: /, /yuanwen/, /s/jichu/, /404.html.
 * @param {string} dist
 */
export function htmlPages(dist) {
  return filesUnder(dist)
    .filter((f) => f.endsWith('.html'))
    .map(addressOf);
}

/**
 * The file in dist/ that serves a site path, or null. Query and fragment are ignored.
 * @param {string} dist @param {string} pathname
 */
export function fileFor(dist, pathname) {
  let path = decodeURIComponent(pathname.split(/[?#]/)[0] ?? '/');
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dist, path);
  if (!file.startsWith(dist)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  // Directory-format pages also answer without their trailing slash on most hosts.
  const asDir = join(file, 'index.html');
  return existsSync(asDir) ? asDir : null;
}

/**
 * Every URL a page's HTML asks the browser to load on first view, with what kind it is.
 * (Links a reader may follow — <a href>, canonical, og:url — are not loads.)
 * @param {Document} document
 * `deferred` marks what the page asks for only later: a print stylesheet, a lazy image.
 * @returns {Array<{ url: string, kind: Kind | null, attribute: string, deferred: boolean }>}
 */
export function loadsOf(document) {
  /** @type {Array<{ url: string, kind: Kind | null, attribute: string, deferred: boolean }>} */
  const loads = [];
  const add = (/** @type {string | null} */ url, /** @type {Kind | null} */ kind, /** @type {string} */ attribute, deferred = false) => {
    if (url?.trim()) loads.push({ url: url.trim(), kind, attribute, deferred });
  };
  for (const link of document.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const as = link.getAttribute('as');
    const href = link.getAttribute('href');
    // A print stylesheet waits for printing: listed, but no part of what the screen loads first.
    if (rel.includes('stylesheet'))
      add(href, 'css', 'link[rel=stylesheet]', (link.getAttribute('media') ?? 'all').trim().toLowerCase() === 'print');
    else if (rel.includes('modulepreload')) add(href, 'js', 'link[rel=modulepreload]');
    else if (rel.includes('preload'))
      add(
        href,
        as === 'style' ? 'css' : as === 'script' ? 'js' : as === 'font' ? 'font' : as === 'image' ? 'image' : null,
        'link[rel=preload]',
      );
    else if (rel.includes('icon') || rel.includes('apple-touch-icon')) add(href, 'image', 'link[rel=icon]');
    else if (rel.includes('manifest')) add(href, 'other', 'link[rel=manifest]');
  }
  for (const el of document.querySelectorAll('script[src]')) add(el.getAttribute('src'), 'js', 'script[src]');
  // A lazy image loads when it nears the screen (or never, while hidden): listed, but not first load.
  for (const el of document.querySelectorAll(
    'img[src], source[src], video[src], audio[src], iframe[src], embed[src], input[src], track[src]',
  )) {
    add(el.getAttribute('src'), el.localName === 'img' ? 'image' : null, `${el.localName}[src]`, el.getAttribute('loading') === 'lazy');
  }
  for (const el of document.querySelectorAll('[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(','))
      add(candidate.trim().split(/\s+/)[0] ?? '', 'image', `${el.localName}[srcset]`);
  }
  for (const el of document.querySelectorAll('video[poster]')) add(el.getAttribute('poster'), 'image', 'video[poster]');
  for (const el of document.querySelectorAll('object[data]')) add(el.getAttribute('data'), null, 'object[data]');
  // SVG <image>/<use> pointing at another file (a #fragment in the same document loads nothing).
  for (const el of document.querySelectorAll('image, use, feImage')) {
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href && !href.startsWith('#')) add(href, 'image', `${el.localName}[href]`);
  }
  for (const el of document.querySelectorAll('style')) {
    for (const url of cssUrls(el.textContent ?? '')) add(url.url, url.import ? 'css' : null, 'style url()');
  }
  return loads;
}

/** url(…) and @import references in a stylesheet. @param {string} css */
export function cssUrls(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  /** @type {Array<{ url: string, import: boolean }>} */
  const urls = [];
  for (const m of text.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)) urls.push({ url: m[1] ?? '', import: true });
  for (const m of text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    const url = m[2] ?? '';
    if (!urls.some((u) => u.import && u.url === url)) urls.push({ url, import: false });
  }
  return urls;
}

/** Static imports of an ES module (what loads with it); dynamic import() loads later and is left out. @param {string} js */
function jsImports(js) {
  const found = new Set();
  for (const m of js.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g)) found.add(m[1]);
  return [...found];
}

/** True for data:, blob: and #fragment references, which never reach a server. @param {string} url */
const isInline = (url) => /^(data|blob|about):/i.test(url) || url.startsWith('#');

/**
 * What the page at `path` costs on first load: its HTML, and every stylesheet, script, font and
 * image it (or its CSS and JS) references, each counted once.
 * @param {string} dist @param {string} path
 * @returns {PageWeight}
 */
export function pageWeight(dist, path) {
  const htmlFile = fileFor(dist, path);
  if (!htmlFile) throw new Error(`no page ${path} in ${dist}`);
  const html = readFileSync(htmlFile);
  /** @type {Map<string, Resource>} */
  const seen = new Map();
  /** @type {string[]} */
  const missing = [];
  /** @type {Array<[string, Kind | null]>} */
  const queue = [];
  const { document } = parseHTML(html.toString('utf8'));
  for (const load of loadsOf(/** @type {Document} */ (/** @type {unknown} */ (document)))) {
    if (!load.deferred) queue.push([new URL(load.url, BASE + path).href, load.kind]);
  }

  while (queue.length) {
    const [href, declared] = /** @type {[string, Kind | null]} */ (queue.shift());
    if (isInline(href)) continue;
    const url = new URL(href);
    if (url.origin !== BASE) continue; // other origins are the origin test's business, not bytes
    const key = url.pathname;
    if (seen.has(key)) continue;
    const kind = declared ?? kindOf(key);
    const file = fileFor(dist, key);
    if (!file) {
      missing.push(key);
      seen.set(key, { url: key, kind, bytes: zero() });
      continue;
    }
    const body = readFileSync(file);
    seen.set(key, { url: key, kind, bytes: bytesOf(body) });
    if (kind === 'css') {
      for (const u of cssUrls(body.toString('utf8'))) queue.push([new URL(u.url, url).href, u.import ? 'css' : null]);
    } else if (kind === 'js') {
      for (const u of jsImports(body.toString('utf8'))) queue.push([new URL(u, url).href, 'js']);
    }
  }

  /** @type {Record<Kind, Bytes>} */
  const bytes = { html: bytesOf(html), css: zero(), js: zero(), font: zero(), image: zero(), other: zero() };
  const resources = [...seen.values()];
  for (const r of resources) {
    bytes[r.kind].raw += r.bytes.raw;
    bytes[r.kind].gzip += r.bytes.gzip;
  }
  const firstLoad = zero();
  for (const k of /** @type {const} */ (['html', 'css', 'js', 'font'])) {
    firstLoad.raw += bytes[k].raw;
    firstLoad.gzip += bytes[k].gzip;
  }
  let inline = '';
  for (const script of document.querySelectorAll('script:not([src])')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type === '' || type === 'module' || type.includes('javascript')) inline += script.textContent ?? '';
  }
  const inlineBytes = inline ? bytesOf(Buffer.from(inline)) : zero();
  const clientJs = { raw: bytes.js.raw + inlineBytes.raw, gzip: bytes.js.gzip + inlineBytes.gzip };
  return { path, bytes, firstLoad, clientJs, requests: 1 + resources.length, resources, missing };
}

/** @returns {Bytes} */
function zero() {
  return { raw: 0, gzip: 0 };
}

/** Every page of the site, measured, in a stable order (story first, then by path). @param {string} dist */
export function siteWeight(dist) {
  const pages = htmlPages(dist).sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
  return pages.map((p) => pageWeight(dist, p));
}
