// Every figure leads to its own words in 原文 and back. Android WeChat's back control closes the
// page, so the way back is in the page, and it returns the reader to where they were reading.
// Also: everything a reader taps that is not a link inside a sentence is at least 44 px tall.
import type { Locator, Page } from '@playwright/test';
import { SECTIONS, anyPoster, dialogClosed, expect, openPage, test } from './helpers';

/** Taps `link` as a reader who has scrolled it to the middle of the screen; returns where the page was. */
async function tapFrom(page: Page, link: Locator): Promise<{ y: number; id: string }> {
  await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const y = await page.evaluate(() => window.scrollY);
  const id = decodeURIComponent(new URL((await link.getAttribute('href'))!, 'http://x').hash.slice(1));
  await link.click();
  return { y, id };
}

/**
 * What 原文 shows for the figure `id`, once it has loaded: is its phrase marked, and what does its
 * paragraph say. (The address changes as the navigation starts, before the page is there.)
 */
async function markedOnYuanwen(page: Page, id: string) {
  await page.waitForLoadState('load');
  return page.evaluate((id) => {
    const target = document.getElementById(id);
    const ref = target?.closest('.ref');
    const style = ref ? getComputedStyle(ref) : null;
    const box = ref?.getBoundingClientRect();
    return {
      found: !!ref,
      targeted: !!ref && ref.matches(':target, :has(:target)'),
      highlighted:
        !!style && style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent' && style.outlineStyle !== 'none',
      phrase: ref?.textContent ?? '',
      paragraph: ref?.closest('.block')?.textContent ?? '',
      inView: !!box && box.top >= 0 && box.bottom <= window.innerHeight,
    };
  }, id);
}

const backLink = (page: Page, label: string) => page.locator('a.return').filter({ hasText: label });

/** Taps the way back named `label` on 原文; the reader is at `url` again, scrolled to `y` (±50 px). */
async function returnBy(page: Page, label: string, url: string, y: number): Promise<void> {
  const back = backLink(page, label);
  await expect(back).toBeVisible();
  await back.click();
  await expect(page).toHaveURL(url);
  await expect.poll(() => page.evaluate(() => window.scrollY), 'back at the same scroll position (±50 px)').toBeGreaterThanOrEqual(y - 50);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThanOrEqual(y + 50);
}

test('a figure tapped in the text opens its own words in 原文, marked in their paragraph, and 回到正文 returns to the same place', async ({
  page,
  baseURL,
}) => {
  await openPage(page, '/');
  const figure = page.locator('section#jichu .prose a.fig').filter({ hasText: '30.7%' });
  await expect(figure).toHaveCount(1);
  const from = await tapFrom(page, figure);
  await expect(page).toHaveURL(`${baseURL}/yuanwen/#${from.id}`);
  const marked = await markedOnYuanwen(page, from.id);
  expect(marked.found, `原文 has no phrase for #${from.id}`).toBe(true);
  expect(marked.targeted && marked.highlighted, 'the tapped figure is not marked in 原文').toBe(true);
  expect(marked.phrase).toContain('30.7%');
  expect(marked.paragraph, 'the marked phrase sits in the paragraph that states it').toContain('规模以上工业增加值');
  expect(marked.inView, 'the marked phrase is on screen').toBe(true);

  await returnBy(page, '回到正文', `${baseURL}/`, from.y);
  await expect(figure).toBeInViewport();
});

test('a ranking that shares its words with others marks the whole phrase that states them, whichever is tapped', async ({
  page,
  baseURL,
}) => {
  await openPage(page, '/');
  // 原文 says “均居牡丹江市首位” once for four indicators; the table lists each of them.
  const table = page.locator('#chart-rankings');
  await table.locator('summary').click();
  const shared = table.locator('.datatable a').filter({ hasText: '牡丹江市首位' });
  expect(await shared.count(), 'indicators that share one phrase').toBeGreaterThan(1);
  for (const n of [0, 1]) {
    if (n > 0) {
      await page.goBack();
      await table.locator('summary').evaluate((summary) => summary.closest('details')!.setAttribute('open', ''));
    }
    const from = await tapFrom(page, shared.nth(n));
    await expect(page).toHaveURL(`${baseURL}/yuanwen/#${from.id}`);
    const marked = await markedOnYuanwen(page, from.id);
    expect(marked.targeted && marked.highlighted, `the phrase for #${from.id} is not marked in 原文`).toBe(true);
    expect(marked.phrase).toContain('牡丹江市首位');
  }
});

test('a source tapped in a chart’s table opens 原文, and 回到图表 returns to the same place', async ({ page, baseURL }) => {
  await openPage(page, '/');
  const chart = page.locator('figure.chart').nth(1);
  await chart.locator('summary').click();
  const source = chart.locator('.datatable a').first();
  await expect(source).toBeVisible();
  const from = await tapFrom(page, source);
  await expect(page).toHaveURL(`${baseURL}/yuanwen/#${from.id}`);
  const marked = await markedOnYuanwen(page, from.id);
  expect(marked.targeted && marked.highlighted, 'the tapped figure is not marked in 原文').toBe(true);
  await returnBy(page, '回到图表', `${baseURL}/`, from.y);
});

test('a figure tapped on a section page returns to that page, with WeChat’s parameters kept', async ({ page, baseURL }) => {
  const path = `/s/${SECTIONS[1]!.id}/?from=singlemessage&isappinstalled=0`;
  await openPage(page, path);
  const figure = page.locator('.prose a.fig').first();
  const from = await tapFrom(page, figure);
  await expect(page).toHaveURL(`${baseURL}/yuanwen/#${from.id}`);
  await returnBy(page, '回到正文', `${baseURL}${path}`, from.y);
});

/** Controls outside running text: chips, tools, the tables' summaries and source links, the pager, the switch, the way back. */
const CONTROLS = ['nav.bar a', '.tool', '.chart__data summary', '.datatable a', '.pager a', 'button', 'a.return'].join(', ');

async function tooShort(page: Page): Promise<string[]> {
  return page.locator(CONTROLS).evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().height > 0)
      .filter((el) => el.getBoundingClientRect().height < 43.5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 16)}” is ${el.getBoundingClientRect().height.toFixed(1)} px tall`,
      ),
  );
}

test('every control outside running text is at least 44 px tall: story, section page, 原文 and the dialogs', async ({ page }) => {
  await openPage(page, '/');
  // Every table open, as a reader checking sources would have them.
  await page.locator('details.chart__data summary').evaluateAll((summaries) => {
    for (const s of summaries) (s as HTMLElement).click();
  });
  expect.soft(await tooShort(page), 'the story').toEqual([]);
  await anyPoster(page);
  await page.locator('a[data-poster]').first().click();
  await expect(page.locator('dialog')).toBeVisible();
  expect.soft(await tooShort(page), 'the poster dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await dialogClosed(page);

  await openPage(page, `/s/${SECTIONS[1]!.id}/`);
  await expect(page.locator('.pager a').first()).toBeVisible();
  expect.soft(await tooShort(page), 'a section page').toEqual([]);

  await openPage(page, '/');
  const from = await tapFrom(page, page.locator('.prose a.fig').first());
  await expect(page).toHaveURL(new RegExp(`#${from.id}$`));
  await expect(page.locator('a.return')).toBeVisible();
  expect.soft(await tooShort(page), '原文 with its way back').toEqual([]);
});
