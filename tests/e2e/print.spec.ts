// Printing the story and a section page from a desktop browser, as someone preparing a meeting or
// a noticeboard would (WeChat cannot print): every chart whole on one page with its notes, each
// section's source line and QR code printed, no controls; the story in at most 8 well-filled pages.
//
// Where pages break is only known once Chromium has paginated, which no DOM API tells. So the
// page is printed to PDF with page.pdf (the print dialog's engine and stylesheet, A4 from @page)
// and the PDF is read back: its text page by page (pdftotext -layout), and its QR codes from the
// pages rendered as pictures. A chart is whole on one page when its first printed line (the
// title) and its last (its last note or step) fall on the same page: the PDF keeps reading order,
// so everything between them is on that page too.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { pageTexts, qrCodesOn, renderPages, squash } from '../build/pdf';
import { SECTIONS, expect, openPage, scrollThrough, test } from './helpers';

// A4 at 96 px per inch, so that the screen's media queries see the paper's width.
test.use({ viewport: { width: 794, height: 1123 } });

async function printToPdf(page: Page, { backgrounds = true } = {}): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: backgrounds }));
  return file;
}

/**
 * The pages on which a block that starts with `first` and ends with `last` begins and ends; -1
 * when it is not found. A chart's title may also be said in the text before it: the block is the
 * shortest stretch from an occurrence of `first` to the next `last`.
 */
function pagesOf(pages: string[], first: string, last: string): [number, number] {
  const joined = pages.join('\f');
  let best: [number, number] | null = null;
  for (let start = joined.indexOf(first); start >= 0; start = joined.indexOf(first, start + 1)) {
    const end = joined.indexOf(last, start + first.length);
    if (end < 0) break;
    if (!best || end - start < best[1] - best[0]) best = [start, end + last.length - 1];
  }
  if (!best) return [joined.indexOf(first) < 0 ? -1 : pageAt(joined, joined.indexOf(first)), -1];
  return [pageAt(joined, best[0]), pageAt(joined, best[1])];
}
const pageAt = (joined: string, offset: number) => joined.slice(0, offset).split('\f').length - 1;

const PRINTED = ['/', `/s/${SECTIONS[1]!.id}/`];

for (const path of PRINTED) {
  test.describe(`printing ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      // Printing, and reading the PDF back, takes a while.
      test.setTimeout(90_000);
      // Read first, as a reader would (scroll steps have run), then printed.
      await openPage(page, path);
      await scrollThrough(page);
      await page.emulateMedia({ media: 'print' });
    });

    test('puts every chart whole on one page — title, drawing, steps and notes — and prints each section’s source line', async ({
      page,
    }) => {
      // What paper shows of each chart, line by line (the data table stays on the screen).
      const ends = await page.locator('figure.chart').evaluateAll((figures) =>
        figures.map((f) => {
          // biome-ignore lint/performance/useDomNodeTextContent: the lines as printed, without what print hides
          const lines = (f as HTMLElement).innerText
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          // biome-ignore lint/performance/useDomNodeTextContent: as printed
          return { id: f.id, title: (f.querySelector('.chart__title') as HTMLElement).innerText, last: lines.at(-1)! };
        }),
      );
      expect(ends.length, 'charts on the page').toBeGreaterThan(0);
      // One source line for each section, under it (the link to its data file stays on the screen).
      const sources = await page
        .locator('[data-section] p.source')
        // biome-ignore lint/performance/useDomNodeTextContent: as printed
        .evaluateAll((ps) => ps.map((p) => (p as HTMLElement).innerText.trim()));
      expect(sources.length, 'source lines on the page').toBeGreaterThan(0);
      const pages = pageTexts(await printToPdf(page), { layout: true }).map(squash);
      for (const { id, title, last } of ends) {
        const [first, end] = pagesOf(pages, squash(title), squash(last));
        expect.soft(first, `${id} (“${title.slice(0, 20)}…”) is not in the printed PDF`).toBeGreaterThanOrEqual(0);
        expect
          .soft(
            end,
            `${id} (“${title.slice(0, 20)}…”) is split: its title is on page ${first + 1}, its last line (“${last.slice(0, 20)}”) on page ${end + 1}`,
          )
          .toBe(first);
      }
      const printed = pages.join('');
      for (const source of sources) {
        expect.soft(source, 'a source line').toMatch(/^来源：/);
        expect.soft(printed, 'a section’s source line is not on paper').toContain(squash(source));
      }
    });

    test('prints each section’s QR code, loaded and readable, and no controls', async ({ page }) => {
      const sections = await page
        .locator('[data-section]:is(section, article)')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-section')!));
      expect(sections.length).toBeGreaterThan(0);
      // Printed as the print dialog does by default, without "background graphics": the page
      // itself must ask for its codes to be printed.
      const file = await printToPdf(page, { backgrounds: false });
      // Each section's heading carries its code (drawn by /print.css under the heading, so the
      // screen downloads none of it), at least 15 mm wide.
      const codes = await page.locator('[data-section] :is(h1, h2)[id$="-h"]').evaluateAll((headings) =>
        headings.map((h) => {
          const after = getComputedStyle(h, '::after');
          return { id: h.id, image: after.backgroundImage, width: parseFloat(after.backgroundSize), height: parseFloat(after.minHeight) };
        }),
      );
      expect(codes).toHaveLength(sections.length);
      for (const code of codes) {
        expect.soft(code.image, `${code.id}: no QR code under the heading`).toMatch(/url\(.*\/qr\/[a-z]+\.svg/);
        expect.soft(code.width, `${code.id}: its QR code is printed narrower than 15 mm`).toBeGreaterThanOrEqual(56.7);
        expect.soft(code.height, `${code.id}: its QR code has no room of its own`).toBeGreaterThanOrEqual(code.width);
      }
      // And on the paper itself: a phone reads each section's address from its code (17 mm at
      // 100 dpi is 67 px, plenty for a reader).
      const read = new Set<string>();
      for (const picture of renderPages(file, 100)) for (const code of qrCodesOn(picture, 110)) read.add(new URL(code).pathname);
      expect(
        sections.filter((slug) => !read.has(`/s/${slug}/`)),
        'sections whose QR code cannot be read off the printed pages',
      ).toEqual([]);

      const controls = await page
        .locator('nav, button, .tools, .tool, .pager, .skip-link, summary, dialog, a.return')
        .evaluateAll((els) =>
          els.filter((el) => el.checkVisibility()).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
        );
      expect(controls, 'controls printed on paper').toEqual([]);
    });
  });
}

test('a reader in dark mode still prints dark ink on light paper', async ({ page }) => {
  await openPage(page, '/');
  const colours = () =>
    page.evaluate(() => {
      const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lightness = (c: string) => channels(c).reduce((a, b) => a + b, 0) / 3;
      const h1 = getComputedStyle(document.querySelector('h1')!);
      return { ink: lightness(h1.color), token: getComputedStyle(document.documentElement).getPropertyValue('--ink').trim() };
    });
  await page.emulateMedia({ colorScheme: 'dark' });
  const screen = await colours();
  expect(screen.ink, 'dark mode on screen: light text').toBeGreaterThan(200);
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const paper = await colours();
  expect(paper.ink, 'printed text is dark').toBeLessThan(60);
  expect(paper.token, 'the ink token on paper is the light palette’s').not.toBe(screen.token);
});

/** The printed story's page margins (mm), from the print stylesheet's @page rule: top, sides, bottom. */
const PRINT_MARGIN = (() => {
  const css = readFileSync(new URL('../../src/styles/print.css', import.meta.url), 'utf8');
  const m = /@page\s*\{[^}]*margin:\s*([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm/.exec(css);
  if (!m) throw new Error('src/styles/print.css: no @page margin of three lengths in mm');
  return { top: Number(m[1]), bottom: Number(m[3]) };
})();

/**
 * How far down its type area each printed page is inked (0 to 1): the lowest row of the page
 * rendered at 40 dpi with anything darker than light grey on it, above the bottom margin (where
 * the source and page number stand).
 */
function inkedShare(pictures: string[]): number[] {
  const dpi = 40;
  return pictures.map((file) => {
    const png = PNG.sync.read(readFileSync(file));
    const top = Math.ceil((PRINT_MARGIN.top / 25.4) * dpi);
    const bottom = png.height - Math.ceil((PRINT_MARGIN.bottom / 25.4) * dpi);
    let lowest = top;
    for (let y = bottom - 1; y >= top && lowest === top; y--) {
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 200) {
          lowest = y + 1;
          break;
        }
      }
    }
    return (lowest - top) / (bottom - top);
  });
}

/** Words that are controls on the screen, and mean nothing on paper. */
const SCREEN_ONLY = ['读完了', '下载数据', '下载本节数据', '分享本节', '保存海报', '长辈模式', '顶部', '数据与出处'];

test.describe('printing the story', () => {
  test('takes at most 8 A4 pages, none under a quarter full but the last, and prints no word of the screen’s controls', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openPage(page, '/');
    await scrollThrough(page);
    await page.emulateMedia({ media: 'print' });
    const file = await printToPdf(page);
    const pages = pageTexts(file);
    expect.soft(pages.length, 'printed pages').toBeLessThanOrEqual(8);
    const shares = inkedShare(renderPages(file, 40));
    expect(shares).toHaveLength(pages.length);
    const sparse = shares
      .slice(0, -1)
      .map((share, i) => ({ page: i + 1, share }))
      .filter(({ share }) => share < 0.25)
      .map(({ page, share }) => `page ${page} is inked ${(share * 100).toFixed(0)}% down`);
    expect.soft(sparse, `pages (of ${pages.length}) under a quarter full before the last`).toEqual([]);
    const controls = pages.flatMap((text, i) => {
      const words = SCREEN_ONLY.filter((w) => squash(text).includes(w)).map((w) => `page ${i + 1}: “${w}”`);
      const lone = text.split('\n').filter((line) => line.trim() === '原文').length;
      return lone ? [...words, `page ${i + 1}: ${lone} line(s) that are only “原文”`] : words;
    });
    expect.soft(controls, 'the screen’s controls on paper').toEqual([]);
  });
});
