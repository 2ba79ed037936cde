// Every page of the built site, opened in a real browser: no Content-Security-Policy violation, no
// console error, no request to another origin (the guard every `test` carries), whatever the page.
import { htmlPages } from '../../scripts/lib/page-weight.mjs';
import { expect, openPage, test } from './helpers';

// The pages as they are in dist/ now: the story, 原文, every section, the handout, 404 — and any
// page added later, without touching this file.
const pages = htmlPages(new URL('../../dist/', import.meta.url).pathname);

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

test.beforeEach(async ({ page }) => {
  // Runs before any script of the page, outside its CSP, so it hears every violation.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
});

const violations = (page: import('@playwright/test').Page) => page.evaluate(() => window.__cspViolations ?? []);

test('there is a page for the story, 原文, each section and 404', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/yuanwen/', '/s/shudu/', '/s/minsheng/', '/404.html']));
});

for (const path of pages) {
  test(`${path}: no CSP violation, no console error, nothing from another origin`, async ({ page }) => {
    await openPage(page, path);
    expect(await violations(page)).toEqual([]);
  });
}

test('an address that does not exist answers 404 with the Chinese 404 page, without CSP violations', async ({ page, trouble }) => {
  const missing = '/no-such-page/?from=singlemessage&isappinstalled=0';
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
  await expect(page.locator('main a[href="/yuanwen/"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
  // The browser reports the 404 status of the page itself as a console error: expected here, and
  // the only one allowed.
  const own = trouble.consoleErrors.filter((e) => e.includes('404') && e.includes('/no-such-page/'));
  expect(own).toHaveLength(1);
  trouble.consoleErrors.splice(trouble.consoleErrors.indexOf(own[0]!), 1);
});
