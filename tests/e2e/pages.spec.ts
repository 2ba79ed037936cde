// Every page, as a phone in WeChat (375 px) and on a desktop (1280 px), light and dark: no WCAG
// 2.2 A/AA violation, no sideways scroll, and — the guard every test carries — no console error,
// no Content-Security-Policy violation and no request to another origin, also once the reader has
// scrolled to the end and the late scripts have run. Every page a reader reads (not the handout's
// print source) offers 长辈模式 on its first screen.
import { COLOUR_RULES, PAGES, axeViolations, expect, modeSwitch, noHorizontalScroll, openPage, scrollThrough, test } from './helpers';

// The page the handout PDF is printed from is on the site too.
const ALL = [...PAGES, { name: 'the handout page', path: '/handout/' }];

for (const { name, path } of ALL) {
  const reading = PAGES.some((p) => p.path === path);
  const title = reading ? ', and offers 长辈模式 on its first screen' : '';
  test(`${name} (${path}) has no accessibility violation in light or dark, no sideways scroll, and no errors${title}`, async ({ page }) => {
    await openPage(page, path);
    if (reading) {
      // 长辈模式: a real button on the first screen of every page a reader reads, saying it is off.
      const button = modeSwitch(page);
      await expect(button).toHaveCount(1);
      await expect(button, 'a real <button>').toHaveJSProperty('tagName', 'BUTTON');
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await expect(button, 'on the first screen').toBeInViewport({ ratio: 1 });
    }
    // The story loads part of its script as the reader nears its stepping chart: read it to the end.
    if (path === '/') await scrollThrough(page);
    await noHorizontalScroll(page);
    expect.soft(await axeViolations(page), 'WCAG 2.2 A/AA violations (axe), light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    // Dark changes colours only: there the colour rules are all that can come out differently.
    expect.soft(await axeViolations(page, COLOUR_RULES), 'WCAG 2.2 A/AA violations (axe), dark').toEqual([]);
  });
}

test('an address that does not exist answers 404 with the Chinese page that leads back to the story', async ({ page, trouble }) => {
  const response = await page.goto('/no-such-page/?from=singlemessage&isappinstalled=0');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
  // The browser reports the page's own 404 as a console error: expected here, and the only one.
  const own = trouble.consoleErrors.filter((e) => e.includes('404') && e.includes('/no-such-page/'));
  expect(own).toHaveLength(1);
  trouble.consoleErrors.splice(trouble.consoleErrors.indexOf(own[0]!), 1);
});
