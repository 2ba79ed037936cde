// 长辈模式, the switch for older readers: a real button on every page that turns on large text,
// remembers the choice, applies it before anything is drawn, and gives back the normal page
// exactly when switched off. Without JavaScript it is not offered, and every page still reads.
import { expect as baseExpect } from '@playwright/test';
import { PAGES, SECTIONS, expect, modeSwitch, openPage, scrollThrough, test } from './helpers';

const modeButton = modeSwitch;

// That the switch is a button on the first screen of every page is checked with each page, in
// pages.spec.ts, which opens them all anyway.

test('switching 长辈模式 on holds across a reload and onto a section page, and applies before the first paint', async ({ page }) => {
  await openPage(page, '/');
  await modeButton(page).click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
  await expect(modeButton(page)).toHaveAttribute('aria-pressed', 'true');

  // Recorded from the page's first moment: what the document says when its HTML has been read,
  // and every layout shift after.
  await page.addInitScript(() => {
    const w = window as unknown as { modeAtBody?: string | null; modeAtReady?: string | null; shifts: number };
    w.shifts = 0;
    // The moment the parser reaches <body>, before anything of the page can be drawn.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.modeAtBody = document.documentElement.getAttribute('data-mode');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.modeAtReady = document.documentElement.getAttribute('data-mode');
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) w.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/', `/s/${SECTIONS[1]!.id}/`]) {
    if (path === '/') await page.reload({ waitUntil: 'load' });
    else await openPage(page, path);
    await expect(modeButton(page), `${path}: the switch says it is on`).toHaveAttribute('aria-pressed', 'true');
    const seen = await page.evaluate(async () => {
      // Two frames after load: any late restyle has painted and been counted.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const w = window as unknown as { modeAtBody?: string | null; modeAtReady?: string | null; shifts: number };
      return { modeAtBody: w.modeAtBody, modeAtReady: w.modeAtReady, shifts: w.shifts };
    });
    expect(seen.modeAtBody, `${path}: 长辈模式 not yet applied when the page's body begins`).toBe('elder');
    expect(seen.modeAtReady, `${path}: 长辈模式 already applied when the HTML has been read`).toBe('elder');
    expect(seen.shifts, `${path}: the page moved after it was first drawn (layout shift)`).toBe(0);
  }
});

test('switching 长辈模式 off gives back the normal page exactly', async ({ page }) => {
  await openPage(page, '/');
  const button = modeButton(page);
  // Where every element of the story lies, and what the first screen looks like.
  const layout = () =>
    page.evaluate(() =>
      [...document.body.querySelectorAll('*')].map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName} ${r.x},${r.y + window.scrollY} ${r.width}×${r.height}`;
      }),
    );
  // The pointer rests on the switch throughout, so hover styles are the same in both pictures.
  await button.hover();
  const before = { layout: await layout(), picture: await page.screenshot({ animations: 'disabled' }) };
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', /./);
  const after = { layout: await layout(), picture: await page.screenshot({ animations: 'disabled' }) };
  const moved = after.layout.map((line, i) => (line === before.layout[i] ? null : `${before.layout[i]} → ${line}`)).filter(Boolean);
  expect(moved.slice(0, 10), 'elements that are not where they were before 长辈模式 was switched on and off').toEqual([]);
  baseExpect(
    after.picture.equals(before.picture),
    'the first screen after switching 长辈模式 on and off differs from the first screen before',
  ).toBe(true);
  // And the choice is forgotten: a reload stays normal.
  await page.reload();
  await expect(modeButton(page)).toHaveAttribute('aria-pressed', 'false');
});

test('in the normal mode the large-text chart drawings are never downloaded', async ({ page }) => {
  const large: string[] = [];
  page.on('request', (request) => {
    // The drawings for 长辈模式 are the only SVG images a chart figure refers to by <img>.
    if (request.resourceType() === 'image' && request.url().endsWith('.svg') && !request.url().includes('/favicon'))
      large.push(request.url());
  });
  const pathsWithCharts = ['/', ...SECTIONS.map((s) => `/s/${s.id}/`)];
  const figureImages = new Set<string>();
  for (const path of pathsWithCharts) {
    await openPage(page, path);
    await scrollThrough(page);
    for (const src of await page.locator('figure.chart img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src)))
      figureImages.add(src);
  }
  expect(figureImages.size, 'charts offer a large-text drawing').toBeGreaterThan(0);
  expect(large.filter((url) => figureImages.has(url))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('长辈模式 is not offered, and every page still reads: headings, paragraphs and charts show', async ({ page }) => {
    for (const { path } of PAGES) {
      await openPage(page, path);
      await expect(modeButton(page), path).toBeHidden();
      await expect(page.locator('main h1'), path).toBeVisible();
      const unseen = await page
        .locator('main p, main figure svg')
        .evaluateAll((els) =>
          els
            .filter((el) => !el.closest('.print-only, .visually-hidden, details:not([open])') && !el.checkVisibility())
            .map((el) => el.outerHTML.slice(0, 80)),
        );
      expect(unseen, `${path}: paragraphs or charts that do not show`).toEqual([]);
    }
  });
});
