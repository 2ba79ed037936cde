// 长辈模式 on every page, at 320, 375 and 1280 px, in light and dark: large, well-spaced text in
// one column, strong contrast, large targets, nothing that sticks (but the story's section bar) or
// moves, and no accessibility violation. The charts are then large-text drawings (SVG files shown as images), checked from
// the files themselves.
import type { Page } from '@playwright/test';
import { atWidth } from './devices';
import { COLOUR_RULES, PAGES, axeViolations, expect, modeSwitch, noHorizontalScroll, openPage, switchOnElderMode, test } from './helpers';

/** Everything 长辈模式 promises that the page, as it is now, does not keep; by promise. */
async function elderProblems(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const problems: Record<string, string[]> = {
      paragraphs: [],
      'text under 16 px': [],
      'contrast under 7:1': [],
      'targets under 44×44 px': [],
      'text blocks side by side': [],
      'sticky or fixed': [],
      'steps not flat': [],
      'figure links not underlined': [],
    };
    const say = (el: Element) => {
      const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 18);
      return `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} “${words}”`;
    };
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const visuallyHidden = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.position === 'absolute' && style.clip !== 'auto' && style.clip !== '') return true;
      }
      return false;
    };
    const px = (value: string) => parseFloat(value);

    // Paragraphs: ≥ 20 px, line height ≥ 1.5, spacing after ≥ 1.5 lines, ≤ 40 characters a line, not justified.
    for (const p of document.querySelectorAll<HTMLElement>('.prose p, .plan__text, .article p.block')) {
      if (!shown(p)) continue;
      const s = getComputedStyle(p);
      const size = px(s.fontSize);
      const line = s.lineHeight === 'normal' ? size * 1.2 : px(s.lineHeight);
      const width = p.getBoundingClientRect().width - px(s.paddingLeft) - px(s.paddingRight);
      const faults = [
        size < 20 && `${size} px text`,
        line < 1.5 * size - 0.01 && `line height ${(line / size).toFixed(2)}`,
        px(s.marginBlockEnd) < 1.5 * line - 0.5 && `${s.marginBlockEnd} after it for ${line} px lines`,
        width / size > 40.5 && `${(width / size).toFixed(1)} characters a line`,
        /justify/.test(s.textAlign) && 'justified',
      ].filter(Boolean);
      if (faults.length) problems.paragraphs!.push(`${say(p)}: ${faults.join(', ')}`);
    }

    // Every visible text: ≥ 16 px and ≥ 7:1 against what lies behind it.
    const rgba = (value: string): [number, number, number, number] => {
      const n = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0];
      if (value.startsWith('color(srgb')) return [n[0]! * 255, n[1]! * 255, n[2]! * 255, n[3] ?? 1];
      return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
    };
    const over = (top: number[], bottom: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + bottom[i]! * (1 - top[3]!));
    const background = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const c = rgba(getComputedStyle(node).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let colour = [255, 255, 255];
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: number[], b: number[]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    const seenText = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !(node.textContent ?? '').trim() || seenText.has(el)) continue;
      if (el.closest('script, style, title, desc') || !shown(el) || visuallyHidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width < 1 || box.height < 1 || box.bottom + scrollY < 0) continue;
      seenText.add(el);
      const s = getComputedStyle(el);
      if (px(s.fontSize) < 16 - 0.01) problems['text under 16 px']!.push(`${say(el)}: ${s.fontSize}`);
      const back = background(el);
      const ratio = contrast(over(rgba(s.color), back), back);
      if (ratio < 7 - 0.005)
        problems['contrast under 7:1']!.push(`${say(el)}: ${ratio.toFixed(2)}:1 (${s.color} on rgb(${back.map(Math.round).join(', ')}))`);
    }

    // Targets: every control that is not a link inside running text, ≥ 44×44.
    const blockOf = (el: Element) =>
      el.parentElement!.closest('p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption, caption, div, nav, header, section');
    const inRunningText = (el: Element) => {
      const block = blockOf(el);
      if (!block) return false;
      let other = '';
      const w = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode(); t; t = w.nextNode()) if (!t.parentElement!.closest('a, button, summary')) other += t.textContent;
      return other.replace(/[\s·|/、，。：；:;,.()（）←→]/g, '').length > 0;
    };
    for (const el of document.querySelectorAll('a[href], button, summary')) {
      if (!shown(el) || visuallyHidden(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.bottom + scrollY < 0 || r.width === 0) continue;
      if (el.tagName === 'A' && inRunningText(el)) continue;
      if (r.width < 43.5 || r.height < 43.5)
        problems['targets under 44×44 px']!.push(`${say(el)}: ${r.width.toFixed(0)}×${r.height.toFixed(0)} px`);
    }

    // One column: no two blocks of text share a line of the page.
    const blocks = [
      ...document.querySelectorAll('main p, main li, main h1, main h2, main h3, main dt, main dd, main figcaption, main summary, footer p'),
    ]
      .filter((el) => shown(el) && !visuallyHidden(el) && !el.querySelector('p, li, h1, h2, h3, dt, dd'))
      // A row of links (the section chips, a list of links) is a row of controls, not of text.
      .filter((el) => {
        const links = el.querySelectorAll('a, button');
        return !(links.length === 1 && links[0]!.textContent!.trim() === el.textContent!.trim());
      })
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i]!;
        const b = blocks[j]!;
        const sideBySide =
          Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 4 && (a.r.right <= b.r.left + 1 || b.r.right <= a.r.left + 1);
        if (sideBySide) problems['text blocks side by side']!.push(`${say(a.el)} | ${say(b.el)}`);
      }
    }

    // Nothing sticks or floats over the page but the story's section bar, which the mode keeps at
    // the top so that 章节 and 退出长辈模式 are one tap away anywhere (reading-phone.devices.spec.ts).
    for (const el of document.querySelectorAll('body *')) {
      const position = getComputedStyle(el).position;
      if (el.matches('nav.bar') && position === 'sticky') continue;
      if ((position === 'sticky' || position === 'fixed') && shown(el)) problems['sticky or fixed']!.push(`${say(el)}: ${position}`);
    }

    // Steps read as a list, one after another.
    for (const list of document.querySelectorAll('.chart__steps')) {
      const steps = [...list.querySelectorAll('.step')].map((s) => s.getBoundingClientRect());
      const line = px(getComputedStyle(list).lineHeight) || 36;
      steps.slice(1).forEach((s, i) => {
        if (s.top - steps[i]!.bottom > line)
          problems['steps not flat']!.push(`${Math.round(s.top - steps[i]!.bottom)} px between steps ${i + 1} and ${i + 2}`);
      });
    }

    for (const a of document.querySelectorAll('a.fig')) {
      if (shown(a) && !getComputedStyle(a).textDecorationLine.includes('underline')) problems['figure links not underlined']!.push(say(a));
    }
    for (const key of Object.keys(problems)) problems[key] = problems[key]!.slice(0, 10);
    return problems;
  });
}

/** Each large-text chart drawing whose smallest text, at the size the image is shown, is under 16 px. */
async function smallChartText(page: Page): Promise<string[]> {
  return page.locator('img.chart__large').evaluateAll(async (imgs) => {
    const out: string[] = [];
    for (const img of imgs as HTMLImageElement[]) {
      if (!img.checkVisibility()) {
        out.push(`${img.getAttribute('src')} is not shown`);
        continue;
      }
      // Read as text: parsed into a document, its <style> would meet the page's CSP.
      const file = await (await fetch(img.src)).text();
      const natural = Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(file)?.[1] ?? /<svg[^>]* width="([\d.]+)/.exec(file)?.[1]);
      const sizes = [...file.matchAll(/<text[^>]*?font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      const texts = (file.match(/<text[\s>]/g) ?? []).length;
      if (sizes.length < texts) out.push(`${img.getAttribute('src')}: ${texts - sizes.length} texts without a font-size to check`);
      if (sizes.length === 0) continue;
      const rendered = (Math.min(...sizes) * img.getBoundingClientRect().width) / natural;
      if (rendered < 16 - 0.01) out.push(`${img.getAttribute('src')}: smallest text renders at ${rendered.toFixed(1)} px`);
    }
    return out;
  });
}

for (const { name, path } of PAGES) {
  test(`长辈模式 on ${name} (${path}) at 320, 375 and 1280 px, light and dark: large spaced text in one column, 7:1 contrast, large targets, nothing sticky but the section bar, no violations`, async ({
    reader,
  }) => {
    test.setTimeout(120_000);
    // A phone at 320 px, then turned wider to 375 px; and a desktop. (The switch at 375 px is the
    // phone project's, in elder.spec.ts.)
    let page: Page | null = null;
    for (const width of [320, 375, 1280]) {
      if (width === 375 && page) {
        await page.setViewportSize({ width, height: 667 });
      } else {
        page = await reader(atWidth(width));
        await openPage(page, path);
        const button = modeSwitch(page);
        await expect(button, `${width} px: the switch on the first screen`).toBeInViewport({ ratio: 1 });
        await expect(button).toHaveAttribute('aria-pressed', 'false');
        await switchOnElderMode(page);
      }
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const where = `${width} px, ${scheme}`;
        const problems = await elderProblems(page);
        for (const [promise, list] of Object.entries(problems)) expect.soft(list, `${where}: ${promise}`).toEqual([]);
        expect.soft(await smallChartText(page), `${where}: large-text chart drawings`).toEqual([]);
        await noHorizontalScroll(page, `${where}: `);
        // Dark changes colours only: there the colour rules are all that can come out differently.
        const violations = await axeViolations(page, scheme === 'light' ? undefined : COLOUR_RULES);
        expect.soft(violations, `${where}: WCAG 2.2 A/AA violations (axe)`).toEqual([]);
      }
    }
  });
}
