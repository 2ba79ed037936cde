// The two long pages — the story and 原文, the cleaned article — in a phone's WeChat and on a
// desktop (see the projects in playwright.config.ts), with and without JavaScript.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoTrouble,
  noHorizontalScroll,
  openPage,
  smallTextReport,
  test,
  visibleText,
} from './helpers';

const pages = [
  { name: 'the story', path: '/' },
  { name: '原文', path: '/yuanwen/' },
] as const;

/** Every chart the content defines; the story shows each of them. */
const chartsInContent: unknown[] = JSON.parse(
  readFileSync(new URL('../../content/charts.json', import.meta.url), 'utf8'),
);

const visibleCharts = (page: Page) => page.locator('figure.chart svg[role="img"]').filter({ visible: true });

for (const { name, path } of pages) {
  test.describe(path, () => {
    test(`${name} loads with no console errors, no page errors and no requests to other origins`, async ({
      page,
      trouble,
    }) => {
      await openPage(page, path);
      expectNoTrouble(trouble);
    });

    test(`${name} is in Chinese: <html lang="zh-CN">`, async ({ page }) => {
      await openPage(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    });

    test(`${name} has no horizontal scroll at the window's width`, async ({ page }) => {
      await openPage(page, path);
      await noHorizontalScroll(page);
    });

    test(`every chart on ${name} is visible, drawn as one image with an accessible name`, async ({ page }) => {
      await openPage(page, path);
      // Soft checks, so that one run lists every chart that falls short.
      for (const figure of await page.locator('figure.chart').all()) {
        const id = (await figure.getAttribute('id')) ?? (await figure.locator('figcaption, h2, h3, h4').first().textContent());
        await expect.soft(figure, `figure.chart ${id}`).toBeVisible({ timeout: 1000 });
        // A chart may come as a narrow and a wide copy; exactly one of them shows at any width.
        const images = figure.locator('svg[role="img"]').filter({ visible: true });
        await expect.soft(images, `visible svg[role=img] in figure.chart ${id}`).toHaveCount(1, { timeout: 1000 });
        if ((await images.count()) === 1) {
          await expect.soft(images, `accessible name of the chart in figure.chart ${id}`).toHaveAccessibleName(/\S/);
        }
      }
    });

    test(`${name} renders no text under 12 px`, async ({ page }) => {
      await openPage(page, path);
      expect(await smallTextReport(page)).toEqual([]);
    });

    test(`${name} opens unchanged with WeChat's share parameters appended`, async ({ page }) => {
      await openPage(page, path);
      const title = await page.title();
      const text = await visibleText(page);
      await openPage(page, `${path}?from=singlemessage&isappinstalled=0`);
      expect(await page.title()).toBe(title);
      expect(await visibleText(page)).toBe(text);
    });

    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });

      test(`${name} shows the same text with JavaScript off as with it on`, async ({ page, withJavaScript }) => {
        await openPage(page, path);
        const withoutScript = await visibleText(page);
        expect(withoutScript).toBe(await withJavaScript(path, visibleText));
      });

      test(`${name} shows the same charts with JavaScript off as with it on`, async ({ page, withJavaScript }) => {
        await openPage(page, path);
        const withoutScript = await visibleCharts(page).count();
        expect(withoutScript).toBe(await withJavaScript(path, (p) => visibleCharts(p).count()));
      });
    });
  });
}

test('the story shows one chart for each entry of content/charts.json', async ({ page }) => {
  await openPage(page, '/');
  await expect(page.locator('figure.chart').filter({ visible: true })).toHaveCount(chartsInContent.length);
  await expect(visibleCharts(page)).toHaveCount(chartsInContent.length);
});
