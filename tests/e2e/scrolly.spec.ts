// Scroll steps are an enhancement: they set a chart's state as a reader scrolls, and without
// JavaScript, without IntersectionObserver or with reduced motion everything stays readable.
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const STEPPED = ['growth', 'projects', 'rankings'];

/** Scrolls so that the step's middle sits on the chart's trigger line, as a reader would. */
async function scrollToStep(page: Page, chart: string, step: number) {
  await page.evaluate(
    ([chart, step]) => {
      const el = document.querySelector(`#chart-${chart} .step[data-step="${step}"]`)!;
      const box = el.getBoundingClientRect();
      // The script says where its trigger line is; without the script, anywhere will do.
      const offset = Number(el.closest<HTMLElement>('figure')!.dataset.offset ?? 0.6);
      window.scrollTo(0, box.top + window.scrollY + box.height / 2 - window.innerHeight * offset);
    },
    [chart, step] as const,
  );
  await page.waitForTimeout(150);
}

const state = (page: Page, chart: string) => page.locator(`#chart-${chart}`).getAttribute('data-state');

/** Marks of later steps are faded; the rest are fully visible, in the chart that is shown. */
async function fadedSteps(page: Page, chart: string): Promise<number[]> {
  return page.evaluate((chart) => {
    const marks = [...document.querySelectorAll<SVGGElement>(`#chart-${chart} .chart__art .datum[data-step]`)];
    return [...new Set(marks.filter((m) => m.classList.contains('is-future')).map((m) => Number(m.dataset.step)))].sort();
  }, chart);
}

test.describe('with scripts and motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  for (const chart of STEPPED) {
    test(`the ${chart} chart follows its steps forward and backward`, async ({ page }) => {
      await page.goto('/');
      const steps = await page.locator(`#chart-${chart} .step`).count();
      expect(steps).toBeGreaterThan(1);
      for (let n = 1; n <= steps; n++) {
        await scrollToStep(page, chart, n);
        await expect.poll(() => state(page, chart)).toBe(String(n));
        expect(await fadedSteps(page, chart)).toEqual(Array.from({ length: steps - n }, (_, i) => n + 1 + i));
        await expect(page.locator(`#chart-${chart} .step[data-step="${n}"]`)).toHaveClass(/is-active/);
      }
      for (let n = steps - 1; n >= 1; n--) {
        await scrollToStep(page, chart, n);
        await expect.poll(() => state(page, chart)).toBe(String(n));
      }
    });
  }

  test('the 16 big projects light up within the 106 at the second step', async ({ page }) => {
    await page.goto('/');
    await scrollToStep(page, 'projects', 1);
    await expect.poll(() => state(page, 'projects')).toBe('1');
    const part = page.locator('#chart-projects .chart__art').filter({ visible: true }).locator('.datum[data-key="f-big-projects"]');
    await expect(part).toHaveClass(/is-future/);
    await scrollToStep(page, 'projects', 2);
    await expect(part).not.toHaveClass(/is-future/);
    await expect(part).toHaveClass(/is-current/);
  });

  test('a deep link sets the state directly and never replays the steps', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { stateLog: string[] }).stateLog = [];
      new MutationObserver((records) => {
        for (const r of records) (window as unknown as { stateLog: string[] }).stateLog.push(`${(r.target as Element).id}=${(r.target as Element).getAttribute('data-state')}`);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    });
    await page.goto('/?from=timeline#chart-rankings');
    await page.waitForTimeout(500);
    const log = await page.evaluate(() => (window as unknown as { stateLog: string[] }).stateLog);
    // No chart went through a run of states on the way in.
    const perChart = new Map<string, number>();
    for (const entry of log) perChart.set(entry.split('=')[0]!, (perChart.get(entry.split('=')[0]!) ?? 0) + 1);
    for (const [chart, changes] of perChart) expect(changes, `${chart}: ${log.join(', ')}`).toBeLessThanOrEqual(1);
  });

  test('nothing moves when the scripts start (no layout shift)', async ({ page }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });

  test('step transitions last no longer than 300 ms', async ({ page }) => {
    await page.goto('/');
    await scrollToStep(page, 'growth', 1);
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('.datum')].map((el) => getComputedStyle(el).transitionDuration.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000))).flat(),
    );
    expect(Math.max(...durations)).toBeLessThanOrEqual(300);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('every step is a flat list, every mark shows, and nothing animates', async ({ page }) => {
    await page.goto('/');
    for (const chart of STEPPED) {
      await scrollToStep(page, chart, 2);
      expect(await state(page, chart)).toBeNull();
      expect(await fadedSteps(page, chart)).toEqual([]);
      await expect(page.locator(`#chart-${chart} .step`).first()).toBeVisible();
      const sticky = await page.locator(`#chart-${chart} .scrolly__graphic`).evaluate((el) => getComputedStyle(el).position);
      expect(sticky).not.toBe('sticky');
    }
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});

test.describe('without IntersectionObserver', () => {
  test('the page works, with no errors, and every mark stays visible', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
    });
    await page.goto('/');
    for (const chart of STEPPED) {
      await scrollToStep(page, chart, 2);
      expect(await state(page, chart)).toBeNull();
      expect(await fadedSteps(page, chart)).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step reads as text and every chart shows all its marks', async ({ page }) => {
    await page.goto('/');
    for (const chart of STEPPED) {
      const steps = page.locator(`#chart-${chart} .step`);
      const n = await steps.count();
      for (let i = 0; i < n; i++) await expect(steps.nth(i)).toHaveText(/\S/);
      expect(await fadedSteps(page, chart)).toEqual([]);
    }
  });
});
