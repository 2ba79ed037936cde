// The floor the story is measured against: the page a careful person would write by hand with the
// same words — the readable text of the built story, three of its chart SVGs, a short inline
// stylesheet, no script and nothing else to fetch. It is made from the built page, not from the
// content files, so the two always say the same thing, whatever the story's markup becomes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Elements that start a new block of text (the HTML block-level elements). */
const BLOCK = new Set(
  'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary ul'.split(
    ' ',
  ),
);
/** Never read: not text, or not shown on screen (the site hides `.print-only` outside print). */
const SKIP = 'script, style, template, noscript, iframe, object, button, input, select, textarea, [hidden], .print-only';
/** What the site's chart SVGs look like, whatever component draws them. */
const CHART_SVG = 'svg.chart, figure svg[role=img]';

/**
 * @typedef {{ kind: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p', text: string }
 *   | { kind: 'li', text: string, list: object, ordered: boolean }
 *   | { kind: 'table', caption: string, rows: Array<Array<{ header: boolean, text: string }>> }
 *   | { kind: 'svg', svg: string }} Block
 * @typedef {{ lang: string, title: string, description: string, blocks: Block[], chartClasses: string[], palette: string }} Readable
 */

/**
 * The readable content of a page's <main>, in document order: each heading, paragraph, list item
 * and table as plain text, and the first `charts` distinct chart SVGs where they stand.
 * @param {string} html @param {{ charts?: number }} [options]
 * @returns {Readable}
 */
export function readableContent(html, { charts = 3 } = {}) {
  const { document } = parseHTML(html);
  const main = document.querySelector('main') ?? document.body;
  const chosen = pickCharts(main, charts);

  /** @type {Block[]} */
  const blocks = [];
  let buffer = '';
  const flush = (/** @type {Element} */ owner) => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!text) return;
    const tag = owner.localName;
    if (/^h[1-6]$/.test(tag)) blocks.push({ kind: /** @type {'h1'} */ (tag), text });
    // A list item with blocks of its own (a heading and a paragraph, say) is a container, not an item.
    else if (tag === 'li' && !owner.querySelector([...BLOCK, 'table', 'svg'].join(','))) {
      blocks.push({ kind: 'li', text, list: owner.parentElement ?? owner, ordered: owner.parentElement?.localName === 'ol' });
    } else blocks.push({ kind: 'p', text });
  };
  const walk = (/** @type {Element} */ el) => {
    for (const node of el.childNodes) {
      if (node.nodeType === 3) {
        buffer += node.textContent ?? '';
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = /** @type {Element} */ (node);
      const tag = child.localName;
      if (chosen.has(child)) {
        flush(el);
        blocks.push({ kind: 'svg', svg: chosen.get(child) ?? '' });
      } else if (tag === 'svg' || tag === 'math' || child.matches(SKIP)) {
      } else if (tag === 'table') {
        flush(el);
        blocks.push(tableOf(child));
      } else if (tag === 'br') {
        buffer += ' ';
      } else if (BLOCK.has(tag)) {
        flush(el);
        walk(child);
        flush(child);
      } else {
        walk(child);
      }
    }
  };
  walk(main);
  flush(main);

  const chartClasses = new Set();
  for (const svg of chosen.keys()) {
    for (const el of [svg, ...svg.querySelectorAll('[class]')])
      for (const c of (el.getAttribute('class') ?? '').split(/\s+/)) if (c) chartClasses.add(c);
  }
  return {
    lang: document.documentElement.getAttribute('lang') || 'zh-CN',
    title: document.querySelector('title')?.textContent?.trim() ?? '',
    description: document.querySelector('meta[name=description]')?.getAttribute('content') ?? '',
    blocks,
    chartClasses: [...chartClasses].sort(),
    palette: paletteOf(document),
  };
}

/**
 * The first `count` distinct charts: a chart drawn twice (a narrow and a wide version, one shown
 * per screen width) counts once, in its first version, the one a phone shows.
 * @param {Element} main @param {number} count
 * @returns {Map<Element, string>} each chosen SVG and the markup the floor uses for it
 */
function pickCharts(main, count) {
  /** @type {Map<Element, string>} */
  const chosen = new Map();
  const seen = new Set();
  for (const svg of main.querySelectorAll(CHART_SVG)) {
    if (chosen.size >= count) break;
    if (svg.closest(SKIP)) continue;
    const kind = (svg.getAttribute('class') ?? '').split(/\s+/).find((c) => /^chart--/.test(c));
    const key = kind ?? svg.getAttribute('aria-label') ?? svg.outerHTML;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.set(svg, chartMarkup(svg));
  }
  return chosen;
}

/**
 * The SVG as a page without JavaScript needs it: data-* attributes only feed scripts, so they go.
 * @param {Element} svg
 */
function chartMarkup(svg) {
  const copy = /** @type {Element} */ (svg.cloneNode(true));
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const { name } of [...el.attributes]) if (name.startsWith('data-')) el.removeAttribute(name);
  }
  return copy.outerHTML;
}

/** @param {Element} table @returns {Block} */
function tableOf(table) {
  const text = (/** @type {Element} */ el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const caption = table.querySelector('caption');
  const rows = [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.children]
      .filter((c) => c.localName === 'th' || c.localName === 'td')
      .map((c) => ({ header: c.localName === 'th', text: text(c) })),
  );
  return { kind: 'table', caption: caption ? text(caption) : '', rows };
}

/**
 * What a careful hand would copy from the story's own stylesheet: its light colours (the first
 * :root rule, before any media query) and the rules that paint chart marks and chart text. The
 * floor then draws its charts exactly as the story does, and no colour is written twice.
 * @param {Document} document
 */
function paletteOf(document) {
  const css = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('');
  const root = /:root\{[^}]*\}/.exec(css)?.[0] ?? '';
  const chart = [...css.matchAll(/(?<=^|\})(?:\.mark--|\.hatch-line|\.rule|\.chart )[^{}@]*\{[^}]*\}/g)].map((m) => m[0]);
  return [root, ...chart].join('\n');
}

/** The stylesheet: the page, in the story's colours, then the story's own chart rules. @param {string} palette */
function stylesheet(palette) {
  return [
    palette,
    'body{margin:0 auto;max-width:36rem;padding:0 1rem 3rem;font:17px/1.8 var(--font-sans);color:var(--ink);background:var(--paper);overflow-wrap:anywhere}',
    'h1,h2,h3{line-height:1.35}',
    'svg{display:block;max-width:100%;height:auto;margin:1rem 0}',
    'table{border-collapse:collapse;width:100%;font-size:14px;line-height:1.5}',
    'th,td{text-align:left;vertical-align:top;padding:.3rem .5rem .3rem 0;border-bottom:1px solid var(--rule)}',
    'caption{text-align:left;font-weight:700}',
  ].join('\n');
}

const escapeText = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (/** @type {string} */ s) => escapeText(s).replace(/"/g, '&quot;');

/** The floor page's HTML. @param {Readable} content */
export function floorHtml(content) {
  const body = [];
  /** @type {object | null} */
  let openList = null;
  let closeTag = '';
  for (const block of content.blocks) {
    const list = block.kind === 'li' ? block.list : null;
    if (openList && list !== openList) {
      body.push(closeTag);
      openList = null;
    }
    if (block.kind === 'li' && !openList) {
      openList = block.list;
      closeTag = block.ordered ? '</ol>' : '</ul>';
      body.push(block.ordered ? '<ol>' : '<ul>');
    }
    if (block.kind === 'svg') body.push(block.svg);
    else if (block.kind === 'table') {
      const rows = block.rows.map(
        (r) => `<tr>${r.map((c) => (c.header ? `<th>${escapeText(c.text)}</th>` : `<td>${escapeText(c.text)}</td>`)).join('')}</tr>`,
      );
      body.push(`<table>${block.caption ? `<caption>${escapeText(block.caption)}</caption>` : ''}\n${rows.join('\n')}\n</table>`);
    } else body.push(`<${block.kind}>${escapeText(block.text)}</${block.kind}>`);
  }
  if (openList) body.push(closeTag);
  return [
    '<!doctype html>',
    `<html lang="${escapeAttr(content.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(content.title)}</title>`,
    content.description ? `<meta name="description" content="${escapeAttr(content.description)}">` : '',
    // An empty icon: without it a browser may ask the server for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<style>\n${stylesheet(content.palette)}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}

/**
 * Writes the floor for the story at `dist/index.html` into `outDir/index.html`.
 * @param {string} dist @param {string} outDir
 */
export function writeFloor(dist, outDir) {
  const content = readableContent(readFileSync(join(dist, 'index.html'), 'utf8'));
  const html = floorHtml(content);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  writeFileSync(file, html);
  const count = (/** @type {Block['kind']} */ kind) => content.blocks.filter((b) => b.kind === kind).length;
  return { file, blocks: content.blocks.length - count('svg'), charts: count('svg'), tables: count('table') };
}
