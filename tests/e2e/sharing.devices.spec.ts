// Sharing a section and taking the handout, the way each browser allows. WeChat cannot be asked
// to open its ··· menu and shares the page the reader is on, so 分享本节 there goes to the
// section's own page and points at ···; a phone's own browser gets the system share sheet, or a
// copied link. Posters open in the page, to be saved by a long press. The handout PDF cannot open
// inside WeChat. Without JavaScript every one of these is a plain link.
import type { Page } from '@playwright/test';
import { PLAIN_ANDROID, WECHAT_ANDROID, WECHAT_IOS, wechatPhone } from './devices';
import { SECTIONS, anyPoster, dialogClosed, expect, nextFrames, openPage, test } from './helpers';

const plainPhone = wechatPhone(375, 667, PLAIN_ANDROID);
const SECTION = SECTIONS[1]!;

const hint = (page: Page) => page.locator('dialog.overlay--hint');

test.describe('分享本节 in WeChat', () => {
  test('on the story, goes to the section’s own clean address and there points at ···, once', async ({ reader, baseURL }) => {
    const page = await reader(wechatPhone(375, 667, WECHAT_ANDROID));
    await openPage(page, '/');
    await page.locator(`a[data-share="${SECTION.id}"]`).click();
    await expect(page).toHaveURL(`${baseURL}/s/${SECTION.id}/`);
    await expect(page.locator('h1')).toHaveText(SECTION.heading);
    await expect(hint(page)).toBeVisible();
    await expect(hint(page)).toContainText('···');
    await expect(hint(page)).toContainText('发送给朋友');
    await expect(hint(page)).toContainText('分享到朋友圈');
    await hint(page).getByRole('button', { name: '关闭' }).click();
    await dialogClosed(page);
    await page.reload({ waitUntil: 'load' });
    await nextFrames(page);
    await expect(hint(page), 'the hint comes back on reload').toHaveCount(0);
  });

  test('on the section’s own page, points at ··· in place', async ({ reader, baseURL }) => {
    const page = await reader(wechatPhone(375, 667, WECHAT_ANDROID));
    await openPage(page, `/s/${SECTION.id}/`);
    await page.locator('a[data-share]').first().click();
    await expect(hint(page)).toBeVisible();
    await expect(hint(page)).toContainText('发送给朋友');
    await expect(page).toHaveURL(`${baseURL}/s/${SECTION.id}/`);
    await hint(page).getByRole('button', { name: '关闭' }).click();
    await expect(hint(page)).toHaveCount(0);
  });
});

test.describe('分享本节 in a phone’s own browser', () => {
  test('opens the system share sheet with the section’s full address', async ({ reader, baseURL }) => {
    const page = await reader(plainPhone);
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = calls;
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
    });
    await openPage(page, '/');
    await page.locator(`a[data-share="${SECTION.id}"]`).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.map((d) => d.url)))
      .toEqual([`${baseURL}/s/${SECTION.id}/`]);
    await expect(page, 'the reader stays where they were').toHaveURL(`${baseURL}/`);
  });

  test('without a share sheet, copies the section’s full address and says so', async ({ reader, baseURL }) => {
    const page = await reader(plainPhone);
    await page.addInitScript(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({
          writeText: (text: string) => {
            copied.push(text);
            return Promise.resolve();
          },
        }),
      });
    });
    await openPage(page, '/');
    await page.locator(`a[data-share="${SECTION.id}"]`).click();
    await expect(page.getByRole('status')).toContainText('链接已复制');
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([`${baseURL}/s/${SECTION.id}/`]);
    await expect(page).toHaveURL(`${baseURL}/`);
  });
});

for (const [browser, userAgent] of [
  ['WeChat', WECHAT_ANDROID],
  ['a phone’s own browser', PLAIN_ANDROID],
] as const) {
  test(`保存海报 in ${browser} shows the poster over the page, to save by a long press`, async ({ reader, baseURL }) => {
    const page = await reader(wechatPhone(375, 667, userAgent));
    await anyPoster(page);
    await openPage(page, '/');
    const link = page.locator(`a[data-poster="${SECTION.id}"]`);
    const poster = new URL((await link.getAttribute('href'))!, baseURL).href;
    await link.click();
    const dialog = page.locator('dialog.overlay--poster');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('img')).toHaveAttribute('src', poster);
    await expect(dialog.locator('img')).toBeVisible();
    await expect(dialog).toContainText('长按图片保存');
    await expect(page).toHaveURL(`${baseURL}/`);
    await dialog.getByRole('button', { name: '关闭' }).click();
    // The history entry the dialog added (for Android's back) goes with it.
    await dialogClosed(page);
    await expect(page).toHaveURL(`${baseURL}/`);
  });
}

test.describe('without JavaScript', () => {
  test('分享本节 is a link to the section’s page and 保存海报 a link to its poster', async ({ reader, baseURL }) => {
    const page = await reader({ ...wechatPhone(375, 667, WECHAT_ANDROID), javaScriptEnabled: false });
    await anyPoster(page);
    await openPage(page, '/');
    const poster = page.locator(`a[data-poster="${SECTION.id}"]`);
    await expect(poster).toHaveAttribute('href', /\.png$/);
    await page.locator(`a[data-share="${SECTION.id}"]`).click();
    await expect(page).toHaveURL(`${baseURL}/s/${SECTION.id}/`);
    await expect(page.locator('h1')).toHaveText(SECTION.heading);
    const response = await Promise.all([page.waitForResponse(/\.png$/), page.locator('a[data-poster]').first().click()]);
    expect(response[0].headers()['content-type']).toBe('image/png');
  });
});

const handout = (page: Page) => page.locator('a[data-handout]');

for (const [system, userAgent] of [
  ['Android', WECHAT_ANDROID],
  ['iOS', WECHAT_IOS],
] as const) {
  test(`下载讲义 PDF in WeChat on ${system} says to open it in the system browser through ···, and offers the posters`, async ({
    reader,
  }) => {
    const page = await reader(wechatPhone(375, 667, userAgent));
    const pdfRequests: string[] = [];
    page.on('request', (r) => r.url().endsWith('.pdf') && pdfRequests.push(r.url()));
    await openPage(page, '/');
    const note = page.locator('nav.end p').filter({ hasText: '浏览器' });
    await expect(note).toBeVisible();
    await expect(note).toContainText('···');
    await expect(note).toContainText('海报');
    // Tapped anyway: the same advice, and no download WeChat would swallow.
    await handout(page).click();
    await expect(hint(page)).toBeVisible();
    await expect(hint(page)).toContainText('浏览器');
    await expect(hint(page)).toContainText('海报');
    expect(pdfRequests).toEqual([]);
  });
}

for (const [where, options] of [
  ['a phone’s own browser', plainPhone],
  ['a desktop browser', { viewport: { width: 1280, height: 800 } }],
  ['WeChat without JavaScript', { ...wechatPhone(375, 667, WECHAT_ANDROID), javaScriptEnabled: false }],
] as const) {
  test(`下载讲义 PDF in ${where} is a plain link to the PDF`, async ({ reader }) => {
    const page = await reader(options);
    await openPage(page, '/');
    await expect(handout(page)).toHaveAttribute('href', '/handout.pdf');
    await expect(page.locator('nav.end')).not.toContainText('浏览器');
    // The tap reaches the server, which answers with the PDF; the browser is then told to stay
    // (204), since what it does with a PDF (its viewer, a download) is no part of the site.
    const answers: { status: number; type: string | undefined }[] = [];
    await page.route(
      (url) => url.pathname === '/handout.pdf',
      async (route) => {
        const response = await route.fetch();
        answers.push({ status: response.status(), type: response.headers()['content-type'] });
        await route.fulfill({ status: 204 });
      },
    );
    await handout(page).click();
    await expect.poll(() => answers).toEqual([{ status: 200, type: 'application/pdf' }]);
  });
}
