// How the pages fit the screens they are read on: the story's length on a phone, every chart's
// text inside its drawing and large enough to read at 320, 375 and 1280 px, and every page at
// WeChat's largest font setting.
import type { Page } from '@playwright/test';
import { atWidth, wechatPhone } from './devices';
import { PAGES, SECTIONS, expect, layOutEverything, noHorizontalScroll, openPage, switchOnElderMode, test } from './helpers';

test('the story is at most 25 screens long on a 375×667 phone and has at most 1,000 elements', async ({ reader }) => {
  const page = await reader(wechatPhone(375, 667));
  await openPage(page, '/');
  const { screens, elements } = await page.evaluate(() => ({
    screens: document.documentElement.scrollHeight / window.innerHeight,
    elements: document.getElementsByTagName('*').length,
  }));
  expect(screens, 'screens to scroll through (document height ÷ 667)').toBeLessThanOrEqual(25);
  expect(elements, 'elements in the story').toBeLessThanOrEqual(1000);
});

/** Every <text> of every chart drawn in the page that pokes out of its drawing or renders under `minPx`. */
async function chartTextProblems(page: Page, minPx: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    const problems: string[] = [];
    const figures = [...document.querySelectorAll('figure.chart')];
    const svgs = [...document.querySelectorAll<SVGSVGElement>('figure.chart svg')].filter((svg) => svg.checkVisibility());
    if (svgs.length < figures.length) problems.push(`${figures.length - svgs.length} of ${figures.length} charts are not drawn`);
    for (const svg of svgs) {
      const chart = svg.closest('figure')?.id ?? '?';
      const box = svg.getBoundingClientRect();
      const viewBox = svg.viewBox.baseVal;
      for (const text of svg.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        const words = text.textContent!.trim();
        const out = [
          r.left < box.left - 0.5 && `${(box.left - r.left).toFixed(1)} px past the left edge`,
          r.right > box.right + 0.5 && `${(r.right - box.right).toFixed(1)} px past the right edge`,
          r.top < box.top - 0.5 && `${(box.top - r.top).toFixed(1)} px above the top`,
          r.bottom > box.bottom + 0.5 && `${(r.bottom - box.bottom).toFixed(1)} px below the bottom`,
        ].filter(Boolean);
        if (out.length) problems.push(`${chart}: “${words}” is cut off: ${out.join(', ')}`);
        // The drawing's scale: its rendered width over its own width (the viewBox), times any
        // transform inside it; the text's size runs vertically, so take the y scale.
        const ctm = text.getScreenCTM();
        const scale = ctm ? Math.hypot(ctm.c, ctm.d) : box.width / (viewBox.width || box.width);
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < minPx - 0.01) problems.push(`${chart}: “${words}” renders at ${px.toFixed(1)} px`);
      }
    }
    return problems;
  }, minPx);
}

for (const width of [320, 375, 1280]) {
  test(`at ${width} px every chart's text lies inside its drawing and renders at 12 px or more, on the story and every section page`, async ({
    reader,
  }) => {
    const page = await reader(atWidth(width));
    for (const path of ['/', ...SECTIONS.map((s) => `/s/${s.id}/`)]) {
      await openPage(page, path);
      await layOutEverything(page);
      expect.soft(await chartTextProblems(page, 12), `charts on ${path} at ${width} px`).toEqual([]);
    }
  });
}

/**
 * Text boxes that overlap one another and text cut off by its box, on the whole page as laid out
 * (measured at the top, where nothing sticky has moved).
 */
async function textCollisions(page: Page): Promise<{ clipped: string[]; overlapping: string[] }> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const hidden = (el: Element): boolean => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.position === 'absolute' && style.clip !== 'auto' && style.clip !== '') return true;
      }
      return false;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const boxes: { top: number; bottom: number; left: number; right: number; node: Text; label: string }[] = [];
    const clipped = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const words = node.data.replace(/\s+/g, ' ').trim();
      const el = node.parentElement;
      if (!words || !el || el.closest('script, style, title, desc')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || hidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // What shows of the text: its boxes cut to every scrolling or clipping box around it.
      let clip = { top: -Infinity, bottom: Infinity, left: -Infinity, right: Infinity };
      for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = node.getBoundingClientRect();
        clip = {
          top: Math.max(clip.top, c.top),
          bottom: Math.min(clip.bottom, c.bottom),
          left: Math.max(clip.left, c.left),
          right: Math.min(clip.right, c.right),
        };
      }
      for (const r of range.getClientRects()) {
        const seen = {
          top: Math.max(r.top, clip.top),
          bottom: Math.min(r.bottom, clip.bottom),
          left: Math.max(r.left, clip.left),
          right: Math.min(r.right, clip.right),
        };
        if (seen.right - seen.left < 1 || seen.bottom - seen.top < 1 || seen.bottom < 0) continue;
        boxes.push({
          top: seen.top + scrollY,
          bottom: seen.bottom + scrollY,
          left: seen.left,
          right: seen.right,
          node,
          label: `${name(el)} “${words.slice(0, 14)}”`,
        });
      }
      // The box that holds the text must be wide enough for it.
      const block = el.closest<HTMLElement>('p, li, h1, h2, h3, dd, dt, td, th, summary, a, button, figcaption, span, div');
      if (block && !block.closest('svg') && getComputedStyle(block).display !== 'inline' && block.scrollWidth > block.clientWidth + 1) {
        clipped.add(
          `${name(block)} “${(block.textContent ?? '').trim().slice(0, 14)}”: ${block.scrollWidth} px of text in ${block.clientWidth} px`,
        );
      }
    }
    boxes.sort((a, b) => a.top - b.top);
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length && boxes[j]!.top < a.bottom; j++) {
        const b = boxes[j]!;
        if (a.node === b.node) continue;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // Lines of text touch where their glyph boxes are taller than the line: a real overlap
        // covers a good part of the smaller box.
        if (x > 2 && y > 0.3 * Math.min(a.bottom - a.top, b.bottom - b.top)) {
          overlapping.push(`${a.label} and ${b.label} overlap (${x.toFixed(0)}×${y.toFixed(0)} px)`);
        }
      }
    }
    return { clipped: [...clipped].slice(0, 12), overlapping: overlapping.slice(0, 12) };
  });
}

test.describe("at WeChat's largest font (root font size 200%) on a 375 px phone", () => {
  for (const { name, path } of PAGES) {
    test(`${name} (${path}) neither scrolls sideways, cuts off text nor lays text over text, in either mode`, async ({ reader }) => {
      const page = await reader(wechatPhone(375, 667));
      await page.addInitScript(() => {
        const enlarge = () => document.documentElement?.style.setProperty('font-size', '200%');
        enlarge();
        document.addEventListener('DOMContentLoaded', enlarge);
      });
      await openPage(page, path);
      for (const mode of ['normal', '长辈模式'] as const) {
        if (mode === '长辈模式') await switchOnElderMode(page);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
        await layOutEverything(page);
        await noHorizontalScroll(page, `${mode}: `);
        const { clipped, overlapping } = await textCollisions(page);
        expect.soft(clipped, `${mode}: text cut off by its box`).toEqual([]);
        expect.soft(overlapping, `${mode}: text drawn over other text`).toEqual([]);
      }
    });
  }
});
