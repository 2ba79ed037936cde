// The handout on paper, page by page, as the person holding it reads it: no section heading at the
// foot of a page, each chart on the page of its section's heading, a last page worth printing, and
// on every page a QR code large enough for a phone held at arm's length that opens the story. And
// the 2021 plans in full: every sentence of the article's 2021 part is on paper, on the story and on
// its section's page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ROOT, distFile, page, readJson } from './dist';
import { renderPages, squash } from './pdf';

const PDF = distFile('handout.pdf');
const handout = page('/handout/');
/** The story's public address, as the build that printed the handout had it. */
const STORY = `${new URL(handout.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin}/`;
const PLAN_SECTIONS = ['gaige', 'chanye', 'chengxiang', 'minsheng'];

/** The handout's page margins (mm), from its stylesheet's @page rule: top, sides, bottom. */
const MARGIN = (() => {
  const css = readFileSync(join(ROOT, 'src/styles/handout.css'), 'utf8');
  const m = /@page\s*\{[^}]*margin:\s*([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm/.exec(css);
  if (!m) throw new Error('src/styles/handout.css: no @page margin of three lengths in mm');
  return { top: Number(m[1]), side: Number(m[2]), bottom: Number(m[3]) };
})();
const PT_PER_MM = 72 / 25.4;
/** The QR code's smallest printed width, its modules edge to edge (the quiet zone around not counted). */
const QR_MIN_MM = 20;
const QR_DPI = 150;

interface Line {
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface Sheet {
  width: number;
  height: number;
  lines: Line[];
}

/** Each page's lines of text with their place (PDF points from the top), from pdftotext -bbox-layout. */
function sheets(file: string): Sheet[] {
  const result = spawnSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pdftotext -bbox-layout failed: ${result.stderr}`);
  const xml: string = result.stdout;
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    lines: [...body!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map(
      ([, left, top, right, bottom, words]) => ({
        left: Number(left),
        right: Number(right),
        top: Number(top),
        bottom: Number(bottom),
        text: [...words!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!)).join(''),
      }),
    ),
  }));
}
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * A page's text column by column: the lines across the whole width, then the left column's, then
 * the right's, each top to bottom (pdftotext's reading order interleaves the lines of two columns
 * that stand side by side, as the 2021 plans do), whitespace removed.
 */
function columnText(sheet: Sheet): string {
  const mid = sheet.width / 2;
  const left = sheet.lines.filter((l) => l.right <= mid + 2);
  const right = sheet.lines.filter((l) => l.left >= mid - 2);
  const across = sheet.lines.filter((l) => !left.includes(l) && !right.includes(l));
  const read = (lines: Line[]) =>
    lines
      .toSorted((a, b) => a.top - b.top || a.left - b.left)
      .map((l) => l.text)
      .join('');
  return squash([read(across), read(left), read(right)].join('\n'));
}

/** The page (0-based) and height on it at which a line starting with `words` begins; each occurrence. */
function whereStarts(all: Sheet[], words: string): { page: number; top: number }[] {
  const want = squash(words);
  const found: { page: number; top: number }[] = [];
  for (const [i, sheet] of all.entries()) {
    for (const [j, line] of sheet.lines.entries()) {
      // A long heading may wrap: its first line begins it, and the next line carries on.
      const own = squash(line.text);
      const onward = squash(line.text + (sheet.lines[j + 1]?.text ?? ''));
      if (own && (want.startsWith(own) || own.startsWith(want)) && onward.startsWith(want)) found.push({ page: i, top: line.top });
    }
  }
  return found;
}

let all: Sheet[] = [];
let texts: string[] = [];
beforeAll(() => {
  all = sheets(PDF);
  texts = all.map(columnText);
});

describe('dist/handout.pdf, page by page', () => {
  const sections = readJson<{ id: string; heading: string }[]>('content/sections.json').filter((s) =>
    handout.querySelector(`section.hsec#${s.id}`),
  );
  const parts = [...handout.querySelectorAll('.part__head')].map((h) => ({
    label: h.querySelector('.part__label')!.textContent!.trim(),
    title: h.querySelector('.part__title')!.textContent!.trim(),
  }));

  it('sets no section heading and no part label in the last fifth of a page', () => {
    expect(all.length, 'pages read').toBeGreaterThan(1);
    expect(sections.length, 'sections in the handout').toBeGreaterThanOrEqual(7);
    expect(parts.map((p) => p.label)).toEqual(['2020', '2021']);
    const low: string[] = [];
    const heads = [...sections.map((s) => s.heading), ...parts.map((p) => `${p.label}${p.title}`)];
    for (const words of heads) {
      const at = whereStarts(all, words);
      expect(at.length, `“${words}” is not printed as a line of its own`).toBeGreaterThan(0);
      for (const { page, top } of at) {
        const limit = 0.8 * all[page]!.height;
        if (top > limit)
          low.push(`“${words}” starts at ${top.toFixed(0)} pt on page ${page + 1}, below ${limit.toFixed(0)} pt (80% of the page)`);
      }
    }
    expect(low, 'headings and part labels starting in the last fifth of a page').toEqual([]);
  });

  it('prints every chart on the page of its section’s heading', () => {
    const charts = [...handout.querySelectorAll('.hchart')].map((chart) => ({
      title: chart.querySelector('.hchart__title')!.textContent!.trim(),
      // The cover's chart stands under the handout's headline.
      heading: (chart.closest('section.hsec')?.querySelector('h2') ?? handout.querySelector('.mast h1'))!.textContent!.trim(),
    }));
    expect(charts.length, 'charts in the handout').toBeGreaterThanOrEqual(4);
    const apart: string[] = [];
    for (const { title, heading } of charts) {
      const headingPages = [...new Set(whereStarts(all, heading).map((w) => w.page))];
      const titlePages = texts.flatMap((t, i) => (t.includes(squash(title)) ? [i] : []));
      expect(titlePages.length, `the chart “${title}” is not in the PDF`).toBeGreaterThan(0);
      if (headingPages.length !== 1 || titlePages.some((p) => p !== headingPages[0]))
        apart.push(
          `“${title}” on page ${titlePages.map((p) => p + 1).join(', ')}, its heading “${heading}” on page ${headingPages.map((p) => p + 1).join(', ')}`,
        );
    }
    expect(apart, 'charts printed away from their section’s heading').toEqual([]);
  });

  it('fills at least half of its last page’s type area', () => {
    const last = all.at(-1)!;
    const top = MARGIN.top * PT_PER_MM;
    const bottom = last.height - MARGIN.bottom * PT_PER_MM;
    // The margin's source line and page number sit below the type area.
    const inType = last.lines.filter((l) => l.bottom <= bottom + 1);
    expect(inType.length, 'lines in the last page’s type area').toBeGreaterThan(0);
    const lowest = Math.max(...inType.map((l) => l.bottom));
    const share = (lowest - top) / (bottom - top);
    expect(
      share,
      `the last page (${all.length}) ends at ${lowest.toFixed(0)} pt, ${(share * 100).toFixed(0)}% down its type area (${top.toFixed(0)}–${bottom.toFixed(0)} pt)`,
    ).toBeGreaterThanOrEqual(0.5);
  });
});

describe(`the QR code on each page of dist/handout.pdf, read at ${QR_DPI} dpi`, () => {
  let codes: { page: number; data: string | null; mm: number; withQuietZone: number; right: boolean; inMargin: boolean }[] = [];
  beforeAll(() => {
    codes = renderPages(PDF, QR_DPI).map((file, i) => {
      const png = PNG.sync.read(readFileSync(file));
      // The code sits in the bottom-right margin: read that corner of the page only (jsQR reads one code a picture).
      const x0 = Math.floor(png.width * 0.55);
      const y0 = Math.floor(png.height * 0.75);
      const w = png.width - x0;
      const h = png.height - y0;
      const corner = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h; y++)
        corner.set(png.data.subarray(((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + png.width) * 4), y * w * 4);
      const code = jsQR(corner, w, h, { inversionAttempts: 'dontInvert' });
      if (!code) return { page: i + 1, data: null, mm: 0, withQuietZone: 0, right: false, inMargin: false };
      const { topLeftCorner: tl, topRightCorner: tr, bottomLeftCorner: bl } = code.location;
      const px = Math.max(Math.hypot(tr.x - tl.x, tr.y - tl.y), Math.hypot(bl.x - tl.x, bl.y - tl.y));
      const mm = (px / QR_DPI) * 25.4;
      const modules = 17 + 4 * code.version;
      const marginTop = png.height - (MARGIN.bottom / 25.4) * QR_DPI;
      return {
        page: i + 1,
        data: code.data,
        mm,
        // With the two modules of white on each side the site draws.
        withQuietZone: (mm * (modules + 4)) / modules,
        right: x0 + tl.x > png.width / 2,
        inMargin: y0 + tl.y >= marginTop - 1,
      };
    });
  });

  it('is on every page, in the bottom-right margin, and opens the story', () => {
    expect(codes.length).toBe(all.length);
    for (const c of codes) {
      expect.soft(c.data, `page ${c.page}: the code does not read`).toBe(STORY);
      expect.soft(c.right && c.inMargin, `page ${c.page}: the code is not in the bottom-right margin`).toBe(true);
    }
  });

  it(`is printed at least ${QR_MIN_MM} mm wide`, () => {
    for (const c of codes)
      expect
        .soft(c.mm, `page ${c.page}: the code's modules span ${c.mm.toFixed(1)} mm (${c.withQuietZone.toFixed(1)} mm with its quiet zone)`)
        .toBeGreaterThanOrEqual(QR_MIN_MM);
  });
});

describe('the 2021 plans, sentence by sentence', () => {
  const paragraphs = readJson<{ id: string; kind: string; section: string | null; text: string }[]>('content/article/paragraphs.json');
  /** The article's 2021 sentences by section: split after 。 and ；, without their closing mark. */
  const sentences = new Map(
    PLAN_SECTIONS.map((slug) => [
      slug,
      paragraphs
        .filter((p) => p.section === slug && p.kind === 'paragraph')
        .flatMap((p) => p.text.split(/(?<=[。；])/))
        .map((s) => squash(s).replace(/[。；]+$/, ''))
        .filter(Boolean),
    ]),
  );
  const missing = (text: string, list: string[]) => list.filter((s) => !text.includes(s));
  const mainText = (path: string) => squash(page(path).querySelector('main')!.textContent ?? '');

  it('are read from the article', () => {
    for (const slug of PLAN_SECTIONS) expect(sentences.get(slug)!.length, slug).toBeGreaterThan(3);
  });

  it('are all printed in the handout', () => {
    const text = texts.join('\n');
    expect(missing(text, [...sentences.values()].flat()), 'sentences of the 2021 part missing from the handout').toEqual([]);
  });

  it('are all on the story', () => {
    expect(missing(mainText('/'), [...sentences.values()].flat()), 'sentences of the 2021 part missing from the story').toEqual([]);
  });

  for (const slug of PLAN_SECTIONS) {
    it(`of ${slug} are all on its own page, /s/${slug}/`, () => {
      expect(missing(mainText(`/s/${slug}/`), sentences.get(slug)!), `sentences of ${slug} missing from its page`).toEqual([]);
    });
  }
});
