// Scroll steps on the story: one chart (the projects' unit chart, in 动能更足) changes as its step
// cards come up, chart and card held together under the section bar where both fit the window.
// Each card, once it is the active one, must be whole on screen below the bar and clear of the
// marks it talks about, and nothing may cover those marks. Wherever steps would not work or would
// get in the way — reduced motion, no JavaScript, no IntersectionObserver, paper, 长辈模式 — the
// chart lies flat: nothing sticks, every mark shows, the steps read as a list. (Small phones, where
// chart and card do not fit together: reading-phone.devices.spec.ts.)
import type { Page } from '@playwright/test';
import { expect, nextFrames, openPage, switchOnElderMode, test } from './helpers';

const STEPPING = 'figure.scrolly';

test('only the projects chart in 动能更足 steps on the story', async ({ page }) => {
  await openPage(page, '/');
  const stepping = page.locator(STEPPING);
  await expect(stepping).toHaveCount(1);
  await expect(stepping).toHaveAttribute('data-chart', 'projects');
  await expect(page.locator(`section#dongneng ${STEPPING}`)).toHaveCount(1);
  // Charts elsewhere never step.
  await expect(page.locator('figure.chart:not(.scrolly) .step')).toHaveCount(0);
});

/**
 * Scrolls down a little at a time from a screen above the chart, as a reader does, until step `n`
 * is the active one; returns false if it never became active before the chart had scrolled past.
 */
async function scrollUntilActive(page: Page, n: number): Promise<boolean> {
  const figure = page.locator(STEPPING);
  const step = figure.locator(`.step[data-step="${n}"]`);
  const { from, to } = await figure.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { from: Math.max(0, r.top + window.scrollY - window.innerHeight), to: r.bottom + window.scrollY };
  });
  await page.evaluate((y) => window.scrollTo(0, y), from);
  // The steps' script loads as the reader nears the chart, and then lengthens the figure.
  await page.waitForTimeout(300);
  for (let y = from; y <= to + 2000; y += 16) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await nextFrames(page);
    if (await step.evaluate((el) => el.classList.contains('is-active'))) return true;
    if (y > (await figure.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY))) break;
  }
  return false;
}

/** Where the active card and the stressed marks are, and what a reader sees at each mark's centre. */
async function layoutAtStep(page: Page, n: number) {
  return page.locator(STEPPING).evaluate((figure, n) => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const card = figure.querySelector('.step.is-active');
    const svg = figure.querySelector('.chart__art svg')!;
    // The marks step n speaks of.
    const marks = [...figure.querySelectorAll<SVGGElement>(`.chart__art .datum[data-step="${n}"]`)];
    const centreHit = (el: Element) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit ? hit.closest('svg') === svg : false;
    };
    const cardCentre =
      card && document.elementFromPoint(rect(card).left + card.getBoundingClientRect().width / 2, (rect(card).top + rect(card).bottom) / 2);
    return {
      active: card?.getAttribute('data-step') ?? null,
      state: figure.getAttribute('data-state'),
      barBottom: document.querySelector('nav.bar')!.getBoundingClientRect().bottom,
      card: card ? rect(card) : null,
      cardSeen: !!card && !!cardCentre && card.contains(cardCentre),
      viewport: window.innerHeight,
      marks: marks.map((m) => ({
        key: m.dataset.key ?? m.getAttribute('class')!,
        box: rect(m),
        seen: centreHit(m),
        opacity: Number(getComputedStyle(m).opacity),
      })),
    };
  }, n);
}

const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

test.describe('with motion and scripts', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('each step card, once active, is in view below the bar and clear of the marks it stresses, and nothing covers those marks', async ({
    page,
  }) => {
    await openPage(page, '/');
    const count = await page.locator(`${STEPPING} .step`).count();
    expect(count, 'steps of the projects chart').toBeGreaterThan(1);
    for (let n = 1; n <= count; n++) {
      expect(await scrollUntilActive(page, n), `step ${n} never became active as the reader scrolled to it`).toBe(true);
      // The marks fade in and out (a short transition): look once they have settled.
      await page
        .locator(STEPPING)
        .evaluate((figure) => Promise.all(figure.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))));
      const seen = await layoutAtStep(page, n);
      expect(seen.active).toBe(String(n));
      expect(seen.state, 'the chart shows the active card’s step').toBe(String(n));
      expect(seen.marks.length, `marks stressed at step ${n}`).toBeGreaterThan(0);
      expect(seen.card!.top, `step ${n}'s card is under the section bar`).toBeGreaterThanOrEqual(seen.barBottom - 0.5);
      expect(seen.card!.bottom, `step ${n}'s card runs below the screen`).toBeLessThanOrEqual(seen.viewport);
      expect(seen.cardSeen, `step ${n}'s card is covered (by the chart?) where a reader reads it`).toBe(true);
      for (const mark of seen.marks) {
        expect(overlaps(seen.card!, mark.box), `step ${n}: the card lies over the mark ${mark.key}`).toBe(false);
        expect(mark.seen, `step ${n}: the mark ${mark.key} is covered or off screen`).toBe(true);
        expect(mark.opacity, `step ${n}: the mark ${mark.key} is faded`).toBeGreaterThan(0.99);
      }
    }
  });
});

/** The chart lies flat: nothing sticky, every mark at full strength, the steps one after another. */
async function expectFlat(page: Page) {
  // Wherever the reader is, the chart looks the same: look at it after a pass over its steps.
  const figure = page.locator(STEPPING);
  await figure.evaluate((el) => el.scrollIntoView());
  for (const step of await figure.locator('.step').all()) {
    await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await nextFrames(page);
  }
  const seen = await figure.evaluate((fig) => {
    const positions = [...fig.querySelectorAll('*')]
      .map((el) => getComputedStyle(el).position)
      .filter((p) => p === 'sticky' || p === 'fixed');
    const art = fig.querySelector<HTMLElement>('.chart__art')!;
    const large = fig.querySelector<HTMLImageElement>('img.chart__large')!;
    const drawing = art.checkVisibility() ? art : large;
    const faded =
      drawing === art ? [...art.querySelectorAll('.datum')].filter((m) => Number(getComputedStyle(m).opacity) < 0.99).length : 0;
    const steps = [...fig.querySelectorAll('.step')].map((s) => s.getBoundingClientRect());
    const gaps = steps.slice(1).map((s, i) => Math.round(s.top - steps[i]!.bottom));
    return {
      positions,
      drawingShown: drawing.checkVisibility() && drawing.getBoundingClientRect().height > 0,
      faded,
      stepsShown: [...fig.querySelectorAll('.step')].every((s) => s.checkVisibility()),
      gaps,
      line: parseFloat(getComputedStyle(document.body).lineHeight) || 28,
    };
  });
  expect.soft(seen.positions, 'the chart sticks to the screen while its steps scroll past, though here nothing makes it step').toEqual([]);
  expect.soft(seen.drawingShown, 'the chart is not drawn').toBe(true);
  expect.soft(seen.faded, 'marks of the chart are faded, as if waiting for a step that never comes').toBe(0);
  expect.soft(seen.stepsShown, 'some steps are hidden').toBe(true);
  for (const gap of seen.gaps) {
    expect.soft(gap, 'the steps are spread out like scroll cards (px between two), not read as a list').toBeLessThanOrEqual(seen.line);
  }
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the stepping chart lies flat: nothing sticks, every mark shows, the steps read as a list', async ({ page }) => {
    await openPage(page, '/');
    await expectFlat(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, reducedMotion: 'no-preference' });
  test('the stepping chart lies flat: nothing sticks, every mark shows, the steps read as a list', async ({ page }) => {
    await openPage(page, '/');
    await expectFlat(page);
  });
});

test.describe('without IntersectionObserver', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('the stepping chart lies flat: nothing sticks, every mark shows, the steps read as a list', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
    });
    await openPage(page, '/');
    await expectFlat(page);
  });
});

test.describe('on paper', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('the stepping chart lies flat: nothing sticks, every mark shows, the steps read as a list', async ({ page }) => {
    await openPage(page, '/');
    // Printed after reading: the steps have run, a card is active.
    await scrollUntilActive(page, 1);
    await page.emulateMedia({ media: 'print' });
    await expectFlat(page);
  });
});

test.describe('in 长辈模式', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('the stepping chart lies flat: nothing sticks, every mark shows, the steps read as a list', async ({ page }) => {
    await openPage(page, '/');
    await switchOnElderMode(page);
    await page.reload();
    await expectFlat(page);
  });

  test('switched on while reading, the chart lies flat at once', async ({ page }) => {
    await openPage(page, '/');
    expect(await scrollUntilActive(page, 1)).toBe(true);
    await switchOnElderMode(page);
    await expectFlat(page);
  });
});
