// Reading on a small phone in WeChat on Android: 375×560 (a common phone once WeChat's title bar and
// the system's bars are taken off) and 360×480 (a small one, or one with the keyboard's suggestion
// row up). What a reader meets there: the scroll steps of the projects chart, read card by card
// whole and uncovered, or lying flat where chart and card do not fit the screen together; dialogs
// that hold the page still and close with Android's back or a tap beside them; 长辈模式 one tap
// away wherever the reader is; text and targets large enough for a thumb; a section page that says
// on its first screen where 穆棱 is and whose reporting this is; a row of chips that shows it
// scrolls, and a way back to the very top.
import type { Page } from '@playwright/test';
import { wechatPhone } from './devices';
import { PAGES, SECTIONS, anyPoster, expect, layOutEverything, nextFrames, openPage, test } from './helpers';

/**
 * The two phones, and whether the projects chart steps on each: it steps only where the chart and
 * its tallest card fit the window together under the section bar. At 375×560 they do; at 360×480
 * they do not, and the chart lies flat.
 */
const PHONES = [
  { width: 375, height: 560, steps: true },
  { width: 360, height: 480, steps: false },
] as const;

const phone = (width: number, height: number) => ({ ...wechatPhone(width, height), reducedMotion: 'no-preference' as const });

const STEPPING = 'figure.scrolly';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Whether two boxes share more than a hair (0.5 px) in both directions. */
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/**
 * Scrolls to just above the projects chart and waits until its scroll steps' script has arrived and
 * decided (the script loads only as the reader nears the chart).
 */
async function nearTheStepper(page: Page): Promise<void> {
  await page
    .locator(STEPPING)
    .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 2 * window.innerHeight));
  await nextFrames(page);
  await expect
    .poll(
      () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/scrolly\.[^/]*\.js$/.test(e.name))),
      'the scroll steps’ script loads as the reader nears the chart',
    )
    .toBe(true);
  // The script decides a little after it has arrived.
  await page.waitForTimeout(300);
  await nextFrames(page);
}

/** What the reader sees of the projects chart and its step cards at the current scroll position. */
async function lookAtSteps(page: Page) {
  return page.locator(STEPPING).evaluate((figure) => {
    const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    const bar = document.querySelector('nav.bar')!.getBoundingClientRect();
    const svg = figure.querySelector('.chart__art svg')!.getBoundingClientRect();
    const cards = [...figure.querySelectorAll<HTMLElement>('.step')].map((card, i) => {
      const r = card.getBoundingClientRect();
      const visible = card.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.height > 0;
      // What a finger or an eye meets at the card's middle and near its four corners.
      const covered = visible
        ? [
            [0.5, 0.5],
            [0.08, 0.15],
            [0.92, 0.15],
            [0.08, 0.85],
            [0.92, 0.85],
          ].filter(([fx, fy]) => {
            const hit = document.elementFromPoint(r.left + fx! * r.width, r.top + fy! * r.height);
            return !hit || !card.contains(hit);
          }).length
        : 0;
      return { n: i + 1, visible, active: card.classList.contains('is-active'), box: box(r), covered };
    });
    return {
      y: Math.round(window.scrollY),
      vh: window.innerHeight,
      state: Number(figure.getAttribute('data-state') ?? 0),
      stepping: figure.classList.contains('is-stepping'),
      barBottom: bar.bottom,
      svg: box(svg),
      cards,
    };
  });
}

/** Problems with the cards at one scroll position: card k whole, on screen, below the bar, clear of the chart. */
function cardProblems(seen: Awaited<ReturnType<typeof lookAtSteps>>): string[] {
  const out: string[] = [];
  const at = `at scrollY ${seen.y}`;
  if (seen.state > 0) {
    const card = seen.cards[seen.state - 1];
    if (!card) return [`${at}: data-state ${seen.state}, but there is no card ${seen.state}`];
    const b = card.box;
    if (!card.visible) out.push(`${at}: state ${seen.state} but card ${card.n} is not shown`);
    if (b.top < seen.barBottom - 0.5)
      out.push(`${at}: card ${card.n}'s top (${b.top.toFixed(1)} px) is under the bar (its bottom at ${seen.barBottom.toFixed(1)} px)`);
    if (b.bottom > seen.vh + 0.5)
      out.push(`${at}: card ${card.n} runs below the window (bottom at ${b.bottom.toFixed(1)} of ${seen.vh} px)`);
    if (overlap(b, seen.svg)) out.push(`${at}: card ${card.n} lies over the chart's drawing`);
    if (card.covered > 0) out.push(`${at}: card ${card.n} is covered at ${card.covered} of 5 points`);
    // The card speaks of the chart's marks: the chart is on screen with it, below the bar.
    if (seen.svg.top < seen.barBottom - 0.5 || seen.svg.bottom > seen.vh + 0.5)
      out.push(
        `${at}: state ${seen.state} while the chart's drawing is not whole on screen (${seen.svg.top.toFixed(0)}–${seen.svg.bottom.toFixed(0)} px; bar ends at ${seen.barBottom.toFixed(0)})`,
      );
  }
  for (const card of seen.cards) {
    if (card.visible && card.active && card.n !== seen.state)
      out.push(`${at}: card ${card.n} is shown as the active one while the chart is at state ${seen.state}`);
  }
  return out;
}

for (const { width, height, steps } of PHONES) {
  test.describe(`${width}×${height} in WeChat`, () => {
    test(`the projects chart ${steps ? 'steps, every card read whole, on screen below the bar and clear of the chart' : 'lies flat: no sticking, every card shown as a list'}`, async ({
      reader,
    }) => {
      test.setTimeout(120_000);
      const page = await reader(phone(width, height));
      await openPage(page, '/');
      await nearTheStepper(page);
      const count = await page.locator(`${STEPPING} .step`).count();
      expect(count, 'step cards of the projects chart').toBeGreaterThan(1);
      const stepping = await page.locator(STEPPING).evaluate((el) => el.classList.contains('is-stepping'));
      test.info().annotations.push({ type: 'steps', description: `${width}×${height}: ${stepping ? 'steps' : 'lies flat'}` });
      expect.soft(stepping, `at ${width}×${height} the chart ${steps ? 'should step' : 'should lie flat'}`).toBe(steps);

      // Through the chart and out the other side in ~40 px moves, then back up the same way.
      const { from, to } = await page.locator(STEPPING).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return {
          from: Math.max(0, Math.round(r.top + window.scrollY - window.innerHeight)),
          to: Math.round(r.bottom + window.scrollY + 40),
        };
      });
      const problems: string[] = [];
      const statesSeen = new Set<number>();
      const positions = [];
      for (let y = from; y <= to; y += 40) positions.push(y);
      for (const y of [...positions, ...positions.slice().reverse()]) {
        await page.evaluate((y) => window.scrollTo(0, y), y);
        await nextFrames(page);
        const seen = await lookAtSteps(page);
        statesSeen.add(seen.state);
        problems.push(...cardProblems(seen));
        if (!steps) {
          const hidden = seen.cards.filter((c) => !c.visible).map((c) => c.n);
          if (hidden.length) problems.push(`at scrollY ${seen.y}: cards ${hidden.join(', ')} are hidden, though the chart lies flat`);
          if (seen.state !== 0) problems.push(`at scrollY ${seen.y}: the flat chart is at state ${seen.state}`);
        }
      }
      expect.soft(problems.slice(0, 15), `${problems.length} problems while scrolling through the chart`).toEqual([]);

      if (steps) {
        const missed = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !statesSeen.has(n));
        expect(missed, 'cards never shown as the reader scrolled through the chart').toEqual([]);
      } else {
        const flat = await page.locator(STEPPING).evaluate((fig) => ({
          sticky: [...fig.querySelectorAll('*')]
            .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
          track: fig.querySelectorAll('.chart__track').length,
          faded: [...fig.querySelectorAll('.chart__art .datum')].filter((m) => Number(getComputedStyle(m).opacity) < 0.99).length,
        }));
        expect.soft(flat.sticky, 'parts of the flat chart that stick to the screen').toEqual([]);
        expect.soft(flat.track, 'a scroll track after the flat chart').toBe(0);
        expect.soft(flat.faded, 'faded marks in the flat chart').toBe(0);
      }
    });
  });
}

// The scroll steps are set up late (their script loads as the reader nears the chart), so a reader
// who taps a chip further down can be past the chart when they are. Their scroll track then grows
// the page above the screen; what the reader is reading must not move. Chromium's scroll anchoring
// would hide such a jump; WeChat on an iPhone (WebKit) has none, so the test runs both ways.
for (const anchoring of [true, false]) {
  test(`375×560 in WeChat${anchoring ? '' : ', without scroll anchoring (as on an iPhone)'}: jumping past the projects chart, the page holds still when its steps are set up`, async ({
    reader,
  }) => {
    const page = await reader(phone(375, 560));
    // The steps' script is held back until the reader has jumped.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_astro\/scrolly\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    if (!anchoring) {
      // WebKit: no scroll anchoring, so CSS.supports says no to it, and no sections laid out late
      // (see global.css).
      await page.addInitScript(() => {
        const supports = CSS.supports.bind(CSS) as (...args: string[]) => boolean;
        CSS.supports = ((...args: string[]) => (/overflow-anchor/.test(args.join(' ')) ? false : supports(...args))) as typeof CSS.supports;
      });
    }
    await openPage(page, '/');
    if (!anchoring) {
      await page.evaluate(() => document.documentElement.style.setProperty('overflow-anchor', 'none'));
      await layOutEverything(page);
    }
    const id = await page.locator(STEPPING).evaluate((el) => el.closest('section')!.id);
    const next = SECTIONS[SECTIONS.findIndex((s) => s.id === id) + 1]!;
    await page.locator(`nav.bar [data-chip="${next.id}"]`).click();
    await settled(page);
    await nextFrames(page);
    const heading = page.locator(`section#${next.id} h2`).first();
    const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(await page.locator(STEPPING).evaluate((el) => el.getBoundingClientRect().bottom), 'the chart is above the screen').toBeLessThan(
      0,
    );
    release();
    await expect(page.locator(STEPPING), 'the chart steps at 375×560').toHaveClass(/\bis-stepping\b/);
    await nextFrames(page);
    const after = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(after, `the heading of ${next.heading} moved when the steps were set up above it`).toBeCloseTo(before, 0);
  });
}

/** Waits until the page has stopped scrolling (a fling runs on after the finger lets go); returns where it is. */
async function settled(page: Page): Promise<number> {
  let last = Number.NaN;
  for (let same = 0, i = 0; same < 3 && i < 40; i++) {
    await page.waitForTimeout(100);
    const y = await page.evaluate(() => window.scrollY);
    same = y === last ? same + 1 : 0;
    last = y;
  }
  return last;
}

/**
 * Tries to scroll the page down as a reader does — the mouse wheel, and a finger dragged up the
 * screen (touch events through Chromium's own input pipeline) — and returns where the page is
 * after each. (A script can always scroll a page whose overflow is hidden; no reader does, so that
 * is not tried.)
 */
async function tryToScroll(page: Page): Promise<{ wheel: number; finger: number }> {
  const { width, height } = page.viewportSize()!;
  await page.mouse.move(width / 2, height / 2);
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(250);
  await nextFrames(page);
  const wheel = await page.evaluate(() => window.scrollY);
  // A finger drags up from near the bottom of the screen and lets go.
  const cdp = await page.context().newCDPSession(page);
  const x = Math.round(width / 2);
  const y0 = Math.round(height * 0.8);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: Math.round(y0 - (i * height) / 20) }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await settled(page);
  return { wheel, finger: await page.evaluate(() => window.scrollY) };
}

/** The dialog's look: how opaque its background and backdrop are, and whether it covers the window. */
async function lookAtDialog(page: Page) {
  return page.locator('dialog.overlay').evaluate((dialog) => {
    const alpha = (colour: string) => {
      // rgb(), rgba(), color(srgb … / a), and the like: an alpha is the part after “/”, or the fourth number.
      if (colour === 'transparent') return 0;
      const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(colour);
      if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
      const n = colour.match(/-?[\d.]+/g) ?? [];
      return colour.startsWith('rgba') && n.length === 4 ? Number(n[3]) : 1;
    };
    const r = dialog.getBoundingClientRect();
    return {
      background: alpha(getComputedStyle(dialog).backgroundColor),
      backdrop: alpha(getComputedStyle(dialog, '::backdrop').backgroundColor),
      covers: r.left <= 0.5 && r.top <= 0.5 && r.right >= window.innerWidth - 0.5 && r.bottom >= window.innerHeight - 0.5,
      box: `${r.left.toFixed(0)},${r.top.toFixed(0)} ${r.width.toFixed(0)}×${r.height.toFixed(0)} in ${window.innerWidth}×${window.innerHeight}`,
    };
  });
}

/**
 * Opens a dialog with a tap on `open` (scrolled to the middle of the window) and checks
 * what the reader then has: the page still under it, a solid dialog over all of the window; back
 * closes it where the reader was; a tap beside its content closes it too, and takes its history
 * entry with it (back then leaves for the page before).
 */
async function dialogHoldsAndCloses(
  page: Page,
  { before, path, open, check }: { before: string; path: string; open: string; check?: (page: Page) => Promise<void> },
) {
  const { height } = page.viewportSize()!;
  // Come from another page of the site, so that a back with no dialog open has somewhere to go.
  await openPage(page, before);
  await openPage(page, path);
  // The reader has scrolled down to the link: mid-window, or, near the top of the page, a little way down.
  const toLink = () =>
    page.locator(open).evaluate((el) => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, Math.round(Math.max(top - window.innerHeight / 2, Math.min(40, top - 10))));
    });
  await toLink();
  await nextFrames(page);
  // Without a dialog, the wheel and the finger do scroll the page (so that, with one, they could).
  const start = await page.evaluate(() => window.scrollY);
  const free = await tryToScroll(page);
  expect(free.wheel, 'without a dialog, the wheel scrolls the page').toBeGreaterThan(start);
  expect(free.finger, 'without a dialog, a finger scrolls the page').toBeGreaterThan(free.wheel);
  await toLink();
  const url = page.url();
  const y = await settled(page);
  expect(y, 'the reader has scrolled down to the place').toBeGreaterThan(0);
  const dialog = page.locator('dialog.overlay');

  await page.locator(open).click();
  await expect(dialog).toBeVisible();
  await check?.(page);
  const tried = await tryToScroll(page);
  // Within 2 px: a phone's scroll positions fall on device pixels.
  const held = (at: number) => Math.abs(at - y) <= 2;
  expect
    .soft(held(tried.wheel) && held(tried.finger), `the page scrolls under the open dialog: from ${y} to ${JSON.stringify(tried)}`)
    .toBe(true);
  await page.evaluate((y) => window.scrollTo(0, y), y);
  const look = await lookAtDialog(page);
  expect.soft(look.background, 'the dialog’s background is not opaque: the page shows through').toBe(1);
  expect.soft(look.backdrop, 'the dialog’s backdrop is not opaque').toBe(1);
  expect.soft(look.covers, `the dialog does not cover the window (${look.box})`).toBe(true);

  // Android's back closes the dialog, and the reader is where they were, on the same page.
  await page.goBack();
  await expect(dialog, 'back closes the dialog').toHaveCount(0);
  expect(page.url(), 'back leaves the page the dialog was open on').toBe(url);
  await nextFrames(page);
  const afterBack = await page.evaluate(() => window.scrollY);
  expect(held(afterBack), `after back, the reader is at ${afterBack}, not where they were (${y})`).toBe(true);
  expect(await page.evaluate(() => document.documentElement.classList.contains('has-overlay')), 'the page stays locked').toBe(false);

  // A tap beside the content, near the window's bottom-left corner, closes it too.
  await page.locator(open).click();
  await expect(dialog).toBeVisible();
  await page.touchscreen.tap(10, height - 10);
  await expect(dialog, 'a tap outside the dialog’s content closes it').toHaveCount(0);
  expect(page.url()).toBe(url);
  await expect
    .poll(async () => held(await page.evaluate(() => window.scrollY)), `after the tap, the reader is where they were (${y})`)
    .toBe(true);
  // Its history entry went with it: back now leaves for the page before, as with no dialog ever open.
  await expect.poll(() => page.evaluate(() => (history.state as { overlay?: boolean } | null)?.overlay ?? false)).toBe(false);
  await page.goBack();
  await expect(page, 'back after the dialog was closed by a tap stays on the page: its history entry is left behind').toHaveURL(
    new URL(before, url).href,
  );
}

for (const { width, height } of PHONES) {
  test.describe(`${width}×${height} in WeChat, a dialog open`, () => {
    test('保存海报: the page holds still under a solid poster dialog; back and a tap beside it close it where the reader was', async ({
      reader,
    }) => {
      const page = await reader(phone(width, height));
      await anyPoster(page);
      const section = SECTIONS.find((s) => s.id === 'dise')!;
      await dialogHoldsAndCloses(page, {
        before: '/data/',
        path: '/',
        open: `section#${section.id} a[data-poster]`,
        check: async (page) => {
          await expect(page.locator('dialog.overlay--poster img')).toBeVisible();
          await expect(page.locator('dialog.overlay--poster')).toContainText('长按图片保存');
        },
      });
    });

    test('分享本节 on a section page: the hint’s arrow points up at WeChat’s ··· uncovered; back and a tap beside it close it', async ({
      reader,
    }) => {
      const page = await reader(phone(width, height));
      await dialogHoldsAndCloses(page, {
        before: '/data/',
        path: '/s/dongneng/',
        open: 'a[data-share-here]',
        check: async (page) => {
          const arrow = page.locator('dialog.overlay--hint .overlay__arrow');
          await expect.soft(arrow, 'the arrow points straight up').toHaveText('↑');
          const seen = await arrow.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {
              x: r.left + r.width / 2,
              top: r.top,
              vw: window.innerWidth,
              inDialog: !!hit && !!hit.closest('dialog.overlay--hint'),
              hit: hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing',
            };
          });
          expect.soft(seen.inDialog, `at the arrow’s centre a reader sees ${seen.hit}, not the hint`).toBe(true);
          expect.soft(seen.x, 'the arrow is not at the right, under WeChat’s ···').toBeGreaterThan(seen.vw * 0.66);
          expect.soft(seen.top, 'the arrow is not at the top of the window').toBeLessThan(60);
        },
      });
    });
  });
}

/** The box of an element as a reader sees it, and whether all of it lies in the window. */
async function onScreen(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      shown: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && r.width > 0,
      inWindow: r.top >= -0.5 && r.left >= -0.5 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5,
      width: r.width,
      height: r.height,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

for (const { width, height } of PHONES) {
  test(`${width}×${height} in WeChat: in 长辈模式, ten screens down, 章节 and 退出长辈模式 are on screen and large, and one tap turns the mode off`, async ({
    reader,
  }) => {
    test.setTimeout(90_000);
    const page = await reader(phone(width, height));
    // The mode chosen earlier, so it is on from the first paint.
    await openPage(page, '/');
    await page.evaluate(() => localStorage.setItem('shudu-mode', 'elder'));
    await page.reload({ waitUntil: 'load' });
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
    const masthead = page.locator('button.mode-toggle:not(.mode-toggle--exit)');
    await expect(masthead, 'the masthead’s switch says the mode is on').toHaveText('长辈模式：开', { useInnerText: true });
    await expect(masthead).toHaveAttribute('aria-pressed', 'true');

    // Titles and the first screen's words are at least as large as the paragraphs.
    const sizes = await page.evaluate(() => {
      const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const body = px(document.querySelector('.prose p')!);
      const small = [...document.querySelectorAll('.chart__title, .locator, .framing')]
        .filter((el) => px(el) < body - 0.01)
        .map((el) => `${el.className} “${(el.textContent ?? '').trim().slice(0, 12)}” at ${px(el)} px`);
      return { body, small, titles: document.querySelectorAll('.chart__title').length };
    });
    expect(sizes.titles, 'chart titles on the story').toBeGreaterThan(0);
    expect(sizes.small, `titles and first-screen lines smaller than the ${sizes.body} px paragraphs`).toEqual([]);

    // Ten screens down, as a reader's thumb goes.
    for (let i = 1; i <= 10; i++) {
      await page.evaluate((i) => window.scrollTo(0, i * window.innerHeight), i);
      await nextFrames(page);
    }
    expect(await page.evaluate(() => window.scrollY), 'ten screens down the story').toBeGreaterThanOrEqual(10 * height - 1);

    const menu = await onScreen(page, 'nav.bar details.bar__menu > summary');
    expect.soft(menu.text, 'the chapters control').toContain('章节');
    expect.soft(menu.shown && menu.inWindow, '章节 is on screen ten screens down').toBe(true);
    expect
      .soft(Math.min(menu.width, menu.height), `章节 is ${menu.width.toFixed(0)}×${menu.height.toFixed(0)} px`)
      .toBeGreaterThanOrEqual(44);
    const exit = await onScreen(page, 'nav.bar button.mode-toggle--exit');
    expect.soft(exit.text).toBe('退出长辈模式');
    expect.soft(exit.shown && exit.inWindow, '退出长辈模式 is on screen ten screens down').toBe(true);
    expect
      .soft(Math.min(exit.width, exit.height), `退出长辈模式 is ${exit.width.toFixed(0)}×${exit.height.toFixed(0)} px`)
      .toBeGreaterThanOrEqual(44);

    // 章节 opens to every section, each a large target a reader can bring into view.
    await page.locator('nav.bar details.bar__menu > summary').click();
    const links = page.locator('nav.bar details.bar__menu a');
    await expect(links).toHaveCount(SECTIONS.length);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(SECTIONS.map((s) => `#${s.id}`));
    for (const [i, s] of SECTIONS.entries()) {
      const link = links.nth(i);
      await link.scrollIntoViewIfNeeded();
      await expect.soft(link, `${s.heading} in the 章节 menu`).toBeInViewport({ ratio: 1 });
      const box = (await link.boundingBox())!;
      expect
        .soft(Math.min(box.width, box.height), `${s.heading} in the 章节 menu is ${box.width.toFixed(0)}×${box.height.toFixed(0)} px`)
        .toBeGreaterThanOrEqual(44);
    }
    // The menu takes the reader to a section, its heading on screen and clear of the bar.
    const last = SECTIONS.at(-1)!;
    await links.last().click();
    await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
    await page.waitForTimeout(500);
    await nextFrames(page);
    const arrived = await page.evaluate((id) => {
      const heading = document.querySelector(`#${id} :is(h1, h2)`)!.getBoundingClientRect();
      const bar = document.querySelector('nav.bar')!.getBoundingClientRect();
      return {
        clear: heading.top >= bar.bottom - 0.5 && heading.bottom <= window.innerHeight + 0.5,
        says: `the heading spans ${heading.top.toFixed(0)}–${heading.bottom.toFixed(0)} px; the bar, ${bar.height.toFixed(0)} px tall, ends at ${bar.bottom.toFixed(0)} px of ${window.innerHeight}; the 章节 menu is ${document.querySelector('details.bar__menu')!.hasAttribute('open') ? 'still open' : 'closed'}`,
      };
    }, last.id);
    expect.soft(arrived.clear, `after a tap on “${last.heading}” in the 章节 menu the heading is hidden: ${arrived.says}`).toBe(true);

    // One tap turns the mode off, and the choice is forgotten.
    await page.locator('nav.bar button.mode-toggle--exit').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-mode', /./);
    expect(await page.evaluate(() => localStorage.getItem('shudu-mode'))).toBeNull();
    await expect(masthead, 'the masthead’s switch says the mode is off').toHaveText('长辈模式：关', { useInnerText: true });
    await expect(masthead).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('nav.bar button.mode-toggle--exit')).toBeHidden();
  });
}

/**
 * On the page as it is (every data table opened, as a reader checking sources has them): visible
 * HTML text under 14 px, chart text rendered under 12 px, standalone targets (a link, button or
 * summary that is all of its block's text) under 44×44 px, links inside running text under 24×24
 * px, and targets that overlap. Each offender named with its words and size.
 */
async function sizeProblems(page: Page) {
  return page.evaluate(() => {
    const problems = {
      text: [] as string[],
      chartText: [] as string[],
      standalone: [] as string[],
      inline: [] as string[],
      overlaps: [] as string[],
    };
    const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 16);
    const tag = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    /** The element, its words, and the nearest block with a class around it (where on the page it is). */
    const name = (el: Element) => {
      const around = el.parentElement?.closest('[class]:not(.wrap)');
      return `${tag(el)} “${words(el)}”${around ? ` in ${tag(around)}` : ''}`;
    };
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const visuallyHidden = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.position === 'absolute' && style.clip !== 'auto' && style.clip !== '') return true;
      }
      return false;
    };
    const onPage = (r: DOMRect) => r.width > 0 && r.height > 0 && r.bottom + window.scrollY > 0 && r.right > 0;

    // HTML text, 14 px or more; chart text (SVG), 12 px or more as drawn.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !(node.textContent ?? '').trim() || el.closest('script, style, title, desc')) continue;
      if (!shown(el) || visuallyHidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (!onPage(range.getBoundingClientRect())) continue;
      seen.add(el);
      const svgText = el.closest('text');
      if (svgText) {
        const ctm = (svgText as SVGTextElement).getScreenCTM();
        const px = parseFloat(getComputedStyle(svgText).fontSize) * (ctm ? Math.hypot(ctm.c, ctm.d) : 1);
        if (px < 12 - 0.01) problems.chartText.push(`${name(svgText)} renders at ${px.toFixed(1)} px`);
      } else {
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < 14 - 0.01) problems.text.push(`${name(el)} at ${px} px`);
      }
    }

    // Targets.
    const blockOf = (el: Element) =>
      el.parentElement?.closest('p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption, caption, div, nav, header, section, footer, main');
    /** A link inside a block that says something besides its links and separators: running text. */
    const inRunningText = (el: Element) => {
      const block = blockOf(el);
      if (!block) return false;
      let other = '';
      const w = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode(); t; t = w.nextNode()) if (!t.parentElement!.closest('a, button, summary')) other += t.textContent;
      return other.replace(/[\s·|/、，。：；:;,.()（）←→]/g, '').length > 0;
    };
    /** The part of `r` not cut off by a scrolling or clipping box around `el` (the chip row, say). */
    const clipped = (el: Element, r: DOMRect) => {
      let box = { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      for (let node = el.parentElement; node && node !== document.documentElement && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = node.getBoundingClientRect();
        box = {
          top: Math.max(box.top, c.top),
          bottom: Math.min(box.bottom, c.bottom),
          left: Math.max(box.left, c.left),
          right: Math.min(box.right, c.right),
        };
      }
      return box;
    };
    const targets: { el: Element; boxes: { top: number; bottom: number; left: number; right: number }[] }[] = [];
    for (const el of document.querySelectorAll('a[href], button, summary')) {
      if (!shown(el) || visuallyHidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (!onPage(r)) continue;
      const fmt = (b: { width: number; height: number }) => `${b.width.toFixed(1)}×${b.height.toFixed(1)} px`;
      if (el.tagName === 'A' && inRunningText(el)) {
        const rects = [...el.getClientRects()].filter((x) => x.width > 0 && x.height > 0);
        // A link broken over lines is a target as long as one of its pieces is 24×24.
        const ok = rects.length > 1 ? rects.some((x) => x.width >= 23.5 && x.height >= 23.5) : r.width >= 23.5 && r.height >= 23.5;
        if (!ok) problems.inline.push(`${name(el)} is ${rects.map(fmt).join(' + ')}`);
        targets.push({ el, boxes: rects.map((x) => clipped(el, x)) });
      } else {
        if (r.width < 43.5 || r.height < 43.5) problems.standalone.push(`${name(el)} is ${fmt(r)}`);
        targets.push({ el, boxes: [clipped(el, r)] });
      }
    }
    // No two targets share a spot: a thumb meant for one would take the other.
    const y = window.scrollY;
    for (let i = 0; i < targets.length; i++) {
      for (let j = i + 1; j < targets.length; j++) {
        const a = targets[i]!;
        const b = targets[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        for (const p of a.boxes) {
          for (const q of b.boxes) {
            const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
            const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
            if (w > 0.5 && h > 0.5)
              problems.overlaps.push(
                `${name(a.el)} and ${name(b.el)} overlap by ${w.toFixed(1)}×${h.toFixed(1)} px at y ${Math.round(Math.max(p.top, q.top) + y)}`,
              );
          }
        }
      }
    }
    for (const key of Object.keys(problems) as (keyof typeof problems)[]) {
      const list = problems[key];
      problems[key] = list.length > 12 ? [...list.slice(0, 12), `… and ${list.length - 12} more`] : list;
    }
    return problems;
  });
}

test('375×560 in WeChat: on every page, text is 14 px or more (charts 12 px), targets 44×44 px (24×24 in running text), none overlapping', async ({
  reader,
}) => {
  test.setTimeout(180_000);
  const page = await reader(phone(375, 560));
  for (const { name, path } of PAGES) {
    await openPage(page, path);
    await layOutEverything(page);
    // At the top, where nothing sticky has moved; every data table open.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('main details')) d.setAttribute('open', '');
      window.scrollTo(0, 0);
    });
    await nextFrames(page);
    const problems = await sizeProblems(page);
    expect.soft(problems.text, `${name} (${path}): text under 14 px`).toEqual([]);
    expect.soft(problems.chartText, `${name} (${path}): chart text drawn under 12 px`).toEqual([]);
    expect.soft(problems.standalone, `${name} (${path}): links, buttons and summaries under 44×44 px`).toEqual([]);
    expect.soft(problems.inline, `${name} (${path}): links in running text under 24×24 px`).toEqual([]);
    expect.soft(problems.overlaps, `${name} (${path}): targets that overlap`).toEqual([]);
  }
});

test('375×560 in WeChat, opened from a message: a section page’s first screen says where 穆棱 is and whose reporting this is', async ({
  reader,
}) => {
  const page = await reader(phone(375, 560));
  await openPage(page, '/s/dongneng/?from=singlemessage&isappinstalled=0');
  const firstScreen = await page.evaluate(() => {
    let text = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, title') || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // Every rendered line of the text node that lies wholly in the first screen.
      const lines = [...range.getClientRects()];
      if (lines.length && lines.every((r) => r.top >= 0 && r.bottom <= window.innerHeight)) text += node.textContent;
    }
    return text.replace(/\s+/g, '');
  });
  expect.soft(firstScreen, 'the first 560 px say where 穆棱 is').toContain('黑龙江省牡丹江市');
  expect.soft(firstScreen, 'the first 560 px say whose reporting this is').toContain('牡丹江日报');
});

for (const { width, height } of PHONES) {
  test(`${width}×${height} in WeChat: the chip row shows that it scrolls, and 顶部 goes to the very top`, async ({ reader }) => {
    const page = await reader(phone(width, height));
    await openPage(page, '/');
    const row = page.locator('nav.bar .bar__list');
    const look = () =>
      row.evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          overflows: el.scrollWidth > el.clientWidth + 1,
          mask: style.maskImage || style.getPropertyValue('-webkit-mask-image') || 'none',
          atEnd: el.classList.contains('at-end'),
        };
      });
    const start = await look();
    expect(start.overflows, 'the chips do not all fit the row at this width').toBe(true);
    expect.soft(start.atEnd, 'at its start the row is marked at-end').toBe(false);
    expect.soft(start.mask, 'at its start the row does not fade at its right edge').not.toBe('none');

    await row.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await expect.poll(async () => (await look()).atEnd, 'scrolled to its end, the row is marked at-end').toBe(true);
    expect.soft((await look()).mask, 'scrolled to its end, the row still fades').toBe('none');
    await row.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }));
    await expect.poll(async () => (await look()).atEnd, 'back at its start, the fade returns').toBe(false);

    // 顶部, from half way down the story: the masthead, at the very top of the page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await nextFrames(page);
    const top = page.locator('nav.bar a.chip--top');
    await expect(top).toHaveText('顶部');
    await top.click();
    await expect.poll(() => page.evaluate(() => window.scrollY), '顶部 lands at the very top').toBe(0);
    await expect(page.locator('header.masthead')).toBeInViewport({ ratio: 1 });
  });
}
