// Printing the story and a section page from Chromium, as someone preparing a meeting would (WeChat
// cannot print): A4, light, no controls, every chart whole with its steps laid flat, each section's
// short address and QR code under its heading, the source at the foot of every page.
//
// Where a page breaks is only known once Chromium has paginated, which no DOM API exposes. So the
// tests that are about page breaks print the page to PDF with page.pdf (the same layout engine and
// the same print stylesheet as the browser's print dialog, A4 from @page) and read the PDF's text
// page by page with pdftotext -layout. A block is whole on one page when its first text and its last text
// — the first occurrence of the last after the first — fall on the same page: the PDF keeps reading
// order, so everything between them is on that page too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pageTexts, squash } from '../build/pdf';
import { expect, openPage, test } from './helpers';

/** A4 at 96 px per inch: screen-size media queries see the width of the paper. */
test.use({ viewport: { width: 794, height: 1123 } });
// Runs in the desktop project only (see playwright.config.ts): printing is tested once.

/**
 * The page printed to PDF as the print dialog would, each page's text line by line as printed
 * (charts, tables and headings span the page, so each of their lines comes out whole), whitespace
 * removed.
 */
async function printedPages(page: Page): Promise<string[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return pageTexts(file, { layout: true }).map(squash);
}

/** The page on which `first` appears, and the page on which `last` next appears after it; -1 when a text is not found. */
function pagesOf(pages: string[], first: string, last: string): [number, number] {
  const joined = pages.join('\f');
  const start = joined.indexOf(first);
  if (start < 0) return [-1, -1];
  const end = joined.indexOf(last, start + first.length);
  if (end < 0) return [-1, -1];
  const pageAt = (offset: number) => joined.slice(0, offset).split('\f').length - 1;
  return [pageAt(start), pageAt(end + last.length - 1)];
}

/** What the reader sees of an element in print, whitespace removed (innerText follows display:none). */
const printedText = async (page: Page, selector: string) =>
  (await page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText))).map(squash);

const CONTROLS = ['.share', '.sharebox', '.pager', 'button', 'nav', '.skip-link', 'input'];

for (const path of ['/', '/s/jichu/']) {
  test.describe(`printing ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      // Opened and scrolled through as a reader would (scroll steps set their state), then printed.
      await openPage(page, path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    });

    test('shows no interactive control: share links, share box, pager, buttons, navigation, skip link', async ({ page }) => {
      for (const selector of CONTROLS) {
        await expect(page.locator(selector).filter({ visible: true }), selector).toHaveCount(0);
      }
    });

    test('prints each section’s short address and QR code under its heading', async ({ page }) => {
      const sections = page.locator('section[data-section]');
      const count = await sections.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const section = sections.nth(i);
        const slug = await section.getAttribute('data-section');
        const block = section.locator(':scope > .print-only.section__url');
        await expect(block, slug!).toBeVisible();
        await expect(block).toContainText(`/s/${slug}/`);
        const qr = block.locator('svg.qr');
        await expect(qr).toBeVisible();
        // At least 15 mm (57 px at 96 dpi) on paper, so that a phone reads it from arm's length.
        expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(57);
        // Under the heading: after it, before the section's prose.
        const order = await section.evaluate((s) => {
          const h = s.querySelector('h1, h2')!;
          const url = s.querySelector(':scope > .section__url')!;
          const prose = s.querySelector('.prose')!;
          const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
          return [follows(h, url), follows(url, prose)];
        });
        expect(order, `${slug}: heading, then address, then prose`).toEqual([true, true]);
      }
    });

    test('forces the light palette, whatever the reader’s setting', async ({ page }) => {
      const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    });

    test('lays the scroll steps flat under a chart that shows every mark, at full strength', async ({ page }) => {
      const charts = page.locator('figure.chart');
      for (const figure of await charts.all()) {
        await expect(figure.locator('.chart__art--wide svg')).toBeVisible();
        await expect(figure.locator('.chart__art--narrow')).toBeHidden();
        for (const step of await figure.locator('.step').all()) {
          await expect(step).toBeVisible();
          expect(await step.evaluate((el) => getComputedStyle(el).position)).not.toBe('sticky');
        }
        const dimmed = await figure.locator('.chart__art--wide .datum').evaluateAll((marks) =>
          marks.filter((m) => Number(getComputedStyle(m).opacity) < 1).length,
        );
        expect(dimmed, 'marks printed dimmed').toBe(0);
      }
    });

    test('puts every chart, with its steps, caption and table, whole on one page', async ({ page }) => {
      const pages = await printedPages(page);
      // Each figure's first printed text (its title) and last (the last row of its data table).
      const ends = await page.locator('figure.chart').evaluateAll((figures) =>
        figures.map((f) => [(f.querySelector('.chart__title') as HTMLElement).innerText, ([...f.querySelectorAll('tr')].at(-1) as HTMLElement).innerText]),
      );
      expect(ends.length).toBeGreaterThan(0);
      ends.forEach(([titleText, lastRow]) => {
        const title = squash(titleText!);
        const [first, last] = pagesOf(pages, title, squash(lastRow!));
        expect(first, `${title} is printed`).toBeGreaterThanOrEqual(0);
        expect(last, `${title}: from its title to the last row of its table`).toBe(first);
      });
    });

    test('never leaves a section heading alone at the foot of a page', async ({ page }) => {
      const pages = await printedPages(page);
      const sections = await page.locator('section[data-section]').all();
      for (const section of sections) {
        const [heading] = await section.locator('h1, h2').first().evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
        const [address] = await section.locator(':scope > .section__url').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
        const [first, last] = pagesOf(pages, squash(heading!), squash(address!));
        expect(first, `${heading} is printed`).toBeGreaterThanOrEqual(0);
        expect(last, `${heading}: heading and the address under it`).toBe(first);
      }
    });

    test('prints the source and the page number at the foot of every page', async ({ page }) => {
      const pages = await printedPages(page);
      const [source] = await printedText(page, '.print-footer');
      expect(source).toMatch(/^来源：牡丹江日报《/);
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(source);
        expect(text, `page ${i + 1}`).toContain(`${i + 1}/${pages.length}`);
      });
    });
  });
}
