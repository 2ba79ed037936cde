// The handout page, /handout/, on screen: the page that dist/handout.pdf is printed from. Made for
// paper, it still has to be accessible and readable when someone opens it in a browser.
import AxeBuilder from '@axe-core/playwright';
import { expect, noHorizontalScroll, openPage, test } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`/handout/ has no WCAG 2.2 A/AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openPage(page, '/handout/');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
  });
}

test('/handout/ has no horizontal scroll at the window’s width', async ({ page }) => {
  await openPage(page, '/handout/');
  await noHorizontalScroll(page);
});

test('/handout/ shows every chart as one drawing with an accessible name', async ({ page }) => {
  await openPage(page, '/handout/');
  const figures = page.locator('figure.chart');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    const images = figure.locator('svg[role="img"]').filter({ visible: true });
    await expect(images).toHaveCount(1);
    await expect(images).toHaveAccessibleName(/\S/);
  }
});

test('/handout/ links its PDF and is canonical to itself', async ({ page, baseURL }) => {
  await openPage(page, '/handout/');
  await expect(page.locator('link[rel="alternate"][type="application/pdf"]')).toHaveAttribute('href', '/handout.pdf');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname).toBe('/handout/');
  expect(baseURL).toBeTruthy();
});
