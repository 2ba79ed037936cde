// Printing the story and a section page from a desktop browser, as someone preparing a meeting or
// a noticeboard would (WeChat cannot print): every chart whole on one page with its notes and
// source, each section's QR code printed, no controls.
//
// Where pages break is only known once Chromium has paginated, which no DOM API tells. So the
// page is printed to PDF with page.pdf (the print dialog's engine and stylesheet, A4 from @page)
// and the PDF is read back: its text page by page (pdftotext -layout), and its QR codes from the
// pages rendered as pictures. A chart is whole on one page when its first printed line (the
// title) and its last (the last row of its table, or its source line) fall on the same page: the
// PDF keeps reading order, so everything between them is on that page too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
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

    test('puts every chart whole on one page: title, drawing, steps, notes, source line and table', async ({ page }) => {
      const ends = await page.locator('figure.chart').evaluateAll((figures) =>
        figures.map((f) => {
          // biome-ignore lint/performance/useDomNodeTextContent: the lines as printed, without what print hides; textContent has neither.
          const lines = (f as HTMLElement).innerText
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          // biome-ignore lint/performance/useDomNodeTextContent: the source line as printed, as the PDF's text is compared with it.
          const source = [...f.querySelectorAll('figcaption p')].map((p) => (p as HTMLElement).innerText).find((t) => t.includes('来源'));
          return {
            id: f.id,
            // biome-ignore lint/performance/useDomNodeTextContent: the title as printed, as the PDF's text is compared with it.
            title: (f.querySelector('.chart__title') as HTMLElement).innerText,
            last: lines.at(-1)!,
            source: source ?? '',
          };
        }),
      );
      expect(ends.length, 'charts on the page').toBeGreaterThan(0);
      const pages = pageTexts(await printToPdf(page), { layout: true }).map(squash);
      for (const { id, title, last, source } of ends) {
        expect.soft(source, `${id}: a source line under the chart`).toContain('来源');
        const [first, end] = pagesOf(pages, squash(title), squash(last));
        expect.soft(first, `${id} (“${title.slice(0, 20)}…”) is not in the printed PDF`).toBeGreaterThanOrEqual(0);
        expect
          .soft(
            end,
            `${id} (“${title.slice(0, 20)}…”) is split: its title is on page ${first + 1}, its last line (“${last.slice(0, 20)}”) on page ${end + 1}`,
          )
          .toBe(first);
        const [, sourcePage] = pagesOf(pages, squash(title), squash(source));
        expect.soft(sourcePage, `${id}: its source line is not on the page of its title`).toBe(first);
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
