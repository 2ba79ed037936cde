// Section pages as WeChat readers reach them: a shared link, often with WeChat's parameters
// appended, opened in the in-app browser on a phone (or on a desktop).
import { readFileSync } from 'node:fs';
import { expect, noHorizontalScroll, openPage, smallTextReport, test, visibleText } from './helpers';

interface SectionEntry { id: string; heading: string; point: string; order: number }
const sections: SectionEntry[] = JSON.parse(readFileSync(new URL('../../content/sections.json', import.meta.url), 'utf8'));
sections.sort((a, b) => a.order - b.order);

const WECHAT_PARAMS = ['?from=singlemessage&isappinstalled=0', '?from=groupmessage&isappinstalled=0', '?from=timeline', '?nsukey=Zx%2Fq9%3D%3D&from=timeline'];

for (const s of sections) {
  test(`/s/${s.id}/ renders its section in full: heading, title card, no horizontal scroll, no text under 12 px`, async ({ page }) => {
    await openPage(page, `/s/${s.id}/`);
    await expect(page.locator('h1')).toHaveText(s.heading);
    await expect(page).toHaveTitle(`数读2020｜穆棱${s.point}`);
    await noHorizontalScroll(page);
    expect(await smallTextReport(page)).toEqual([]);
    // The share image is on the page, near the top, and at least 300×300 in its natural size.
    const img = page.locator('img.share-image');
    await expect(img).toBeVisible();
    const natural = await img.evaluate((el: HTMLImageElement) => ({ w: el.naturalWidth, h: el.naturalHeight }));
    expect(natural.w).toBeGreaterThanOrEqual(300);
    expect(natural.h).toBeGreaterThanOrEqual(300);
  });
}

for (const params of WECHAT_PARAMS) {
  test(`a section link re-shared from WeChat (${params}) shows the same section, with no errors`, async ({ page }) => {
    const s = sections[2]!;
    await openPage(page, `/s/${s.id}/`);
    const clean = await visibleText(page);
    await openPage(page, `/s/${s.id}/${params}`);
    expect(await visibleText(page)).toBe(clean);
    await expect(page.locator('h1')).toBeInViewport();
    await noHorizontalScroll(page);
  });

  test(`a deep link into the story with WeChat's ${params} lands on that section`, async ({ page }) => {
    const s = sections[3]!;
    await page.goto(`/${params}#${s.id}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator(`#${s.id}-h`)).toBeInViewport();
  });
}

test('“分享本节” on the story goes to the section’s own page, not a #fragment', async ({ page }) => {
  await page.goto('/');
  const s = sections[1]!;
  await page.locator(`a[data-share="${s.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/s/${s.id}/$`));
  await expect(page.locator('h1')).toHaveText(s.heading);
});

test('every section of the story offers “分享本节” and “保存海报”', async ({ page }) => {
  await page.goto('/');
  for (const s of sections) {
    await expect(page.locator(`a[data-share="${s.id}"]`)).toHaveAttribute('href', `/s/${s.id}/`);
    await expect(page.locator(`a[href="/share/${s.id}-poster.png"]`)).toHaveCount(1);
  }
});

test('“复制链接” copies the section URL where the Clipboard API is missing', async ({ page }) => {
  await page.addInitScript(() => {
    // Old WebViews: no async clipboard.
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  const s = sections[1]!;
  await page.goto(`/s/${s.id}/?from=singlemessage&isappinstalled=0`);
  // Located by its role in the page, not its label: the label changes once it has copied.
  const button = page.locator(`button[data-copy="url-${s.id}"]`);
  await expect(button).toHaveText('复制链接');
  await expect(button).toBeVisible();
  const url = await page.locator(`#url-${s.id}`).inputValue();
  expect(url).toMatch(new RegExp(`/s/${s.id}/$`));
  await button.click();
  await expect(button).toHaveText(/已复制|请长按链接复制/);
  // Whatever the outcome, the URL is selected in the field, ready for a long-press copy.
  const selected = await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement | null)?.value);
  expect(selected).toBe(url);
});

test('without JavaScript the section URL is still there to copy, and the copy button is not', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const s = sections[4]!;
  await page.goto(`/s/${s.id}/`);
  await expect(page.locator(`#url-${s.id}`)).toBeVisible();
  await expect(page.getByRole('button', { name: '复制链接' })).toBeHidden();
  await context.close();
});
