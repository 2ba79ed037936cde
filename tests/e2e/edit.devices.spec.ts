// The story as edited for a phone in WeChat (375×560): each of the article's numbers said a few
// times at most — once in the prose, once in a chart, perhaps once on the first screen — not
// repeated in every part of the page; and a story short enough to read through on the way to work.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { wechatPhone } from './devices';
import { expect, openPage, scrollThrough, test } from './helpers';

const FIGURES: { id: string; printed: string }[] = JSON.parse(readFileSync(new URL('../../content/figures.json', import.meta.url), 'utf8'));

/** The most times a reader meets one figure in the story. */
const MOST = 3;
const SCREENS = { normal: 20, elder: 28 };
const PHONE = { ...wechatPhone(375, 560), reducedMotion: 'no-preference' as const };

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * How often `printed` stands in `text` as a number of its own: not the tail of a longer number
 * (“8个” is not in “108个”, “10户” not in “110户”, “十大” not in “二十大”).
 */
function timesSaid(text: string, printed: string): number {
  return [...text.matchAll(new RegExp(`(?<![0-9.０-９零〇一二三四五六七八九十百千万亿两])${literal(printed)}`, 'g'))].length;
}

/**
 * The text a reader sees on the whole page: every text node whose element shows
 * (checkVisibility with visibility), the charts' SVG text included; not what only a screen reader
 * gets (visually hidden), nor a closed <details>' panel (its summary shows).
 */
async function seenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const visuallyHidden = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.position === 'absolute' && style.clip !== 'auto' && style.clip !== '') return true;
      }
      return false;
    };
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, title, desc, template')) continue;
      const closed = el.closest('details:not([open])');
      if (closed && !el.closest('summary')) continue;
      if (!el.checkVisibility({ visibilityProperty: true }) || visuallyHidden(el)) continue;
      parts.push(node.textContent ?? '');
    }
    // Each text node apart, so that two neighbours never make a number neither says.
    return parts.join('\n');
  });
}

test('each of the article’s figures is said at most 3 times in the story a reader sees', async ({ reader }) => {
  const page = await reader(PHONE);
  await openPage(page, '/');
  // Read through, so that whatever scrolling brings in (the scroll steps) is there.
  await scrollThrough(page);
  const text = await seenText(page);
  const counted = FIGURES.map((f) => ({ ...f, times: timesSaid(text, f.printed) }));
  expect(
    counted.filter((f) => f.times === 0).map((f) => f.printed),
    'figures the story never shows (the count would not be measuring anything)',
  ).toEqual([]);
  const over = counted.filter((f) => f.times > MOST).map((f) => `${f.printed} ×${f.times}`);
  expect(over, `figures said more than ${MOST} times in the story`).toEqual([]);
});

test('the guard: “8个” is not counted inside “108个”, nor “10户” inside “110户”', () => {
  expect(timesSaid('108个、8个，110户与10户；二十大、十大', '8个')).toBe(1);
  expect(timesSaid('108个、8个，110户与10户；二十大、十大', '10户')).toBe(1);
  expect(timesSaid('108个、8个，110户与10户；二十大、十大', '十大')).toBe(1);
  expect(timesSaid('近7000户，11.0%、1.0%', '1.0%')).toBe(1);
});

for (const mode of ['normal', 'elder'] as const) {
  test(`the story is at most ${SCREENS[mode]} screens tall on a 375×560 phone${mode === 'elder' ? ' in 长辈模式' : ''}`, async ({
    reader,
  }) => {
    const page = await reader(PHONE);
    await openPage(page, '/');
    if (mode === 'elder') {
      // Chosen before: on from the first paint.
      await page.evaluate(() => localStorage.setItem('shudu-mode', 'elder'));
      await page.reload({ waitUntil: 'load' });
      await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
    }
    const height = () => page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    const atLoad = await height();
    // Read through once: the scroll steps add their track only as the reader comes to them, and
    // the reader scrolls through it.
    await scrollThrough(page);
    const screens = await height();
    test
      .info()
      .annotations.push({ type: 'screens', description: `${mode}: ${atLoad.toFixed(1)} at load, ${screens.toFixed(1)} read through` });
    expect(
      screens,
      `screens to scroll through, read to the end (document height ÷ 560; ${atLoad.toFixed(1)} before the reader reached the scroll steps)`,
    ).toBeLessThanOrEqual(SCREENS[mode]);
  });
}
