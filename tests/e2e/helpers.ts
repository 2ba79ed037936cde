import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** What a page did that a reader's browser would complain about, or that leaves our origin. */
export interface Trouble {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any origin other than the preview server's (mainland readers cannot reach them). */
  foreignRequests: string[];
}

/**
 * Records console errors, uncaught page errors and requests to other origins in every page of
 * `context`. `origin` is the preview server's, e.g. http://127.0.0.1:4321.
 */
export function watch(context: BrowserContext, origin: string): Trouble {
  const trouble: Trouble = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  const onPage = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      trouble.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
    });
    page.on('pageerror', (error) => trouble.pageErrors.push(`${error.name}: ${error.message}`));
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  context.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the page.
    if (!/^(https?|wss?):$/.test(url.protocol)) return;
    const sameOrigin = url.origin === origin || url.origin === origin.replace(/^http/, 'ws');
    if (!sameOrigin) trouble.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  return trouble;
}

/**
 * Fails with every recorded problem listed in one message, and forgets them once reported so that
 * the guard at the end of the test does not report them again.
 */
export function expectNoTrouble(trouble: Trouble): void {
  const problems = [
    ...trouble.consoleErrors.map((text) => `console error: ${text}`),
    ...trouble.pageErrors.map((text) => `uncaught page error: ${text}`),
    ...trouble.foreignRequests.map((text) => `request to another origin: ${text}`),
  ];
  for (const list of Object.values(trouble)) list.length = 0;
  expect.soft(problems, 'console errors, page errors and requests to other origins').toEqual([]);
}

/** Opens a path in a second page like the test's own, but with JavaScript on; see below. */
export type WithJavaScript = <T>(path: string, read: (page: Page) => Promise<T>) => Promise<T>;

/**
 * `test` with a guard on every test: a console error, an uncaught page error or a request to
 * another origin anywhere in the test fails it. The guard's record is a fixture too, so a test
 * can also assert on it explicitly.
 *
 * `withJavaScript(path, read)` opens `path` in a fresh context with the test's own device
 * (viewport, touch, scale, user agent, locale, colour scheme, motion) but JavaScript on, whatever
 * the test's setting, and returns what `read` reads there; the same guard applies. It lets a test
 * that runs with JavaScript off compare against the page as scripts leave it.
 */
export const test = base.extend<{ trouble: Trouble; withJavaScript: WithJavaScript }>({
  trouble: [
    async ({ context, baseURL }, use) => {
      const trouble = watch(context, originOf(baseURL));
      await use(trouble);
      expectNoTrouble(trouble);
    },
    { auto: true },
  ],
  withJavaScript: async (
    {
      browser,
      baseURL,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
      locale,
      timezoneId,
      colorScheme,
      reducedMotion,
    },
    use,
  ) => {
    const context = await browser.newContext({
      baseURL,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      userAgent,
      locale,
      timezoneId,
      colorScheme,
      reducedMotion,
      javaScriptEnabled: true,
    });
    const trouble = watch(context, originOf(baseURL));
    await use(async (path, read) => {
      const page = await context.newPage();
      await openPage(page, path);
      return read(page);
    });
    await context.close();
    expectNoTrouble(trouble);
  },
});

const originOf = (baseURL: string | undefined) => new URL(baseURL ?? 'http://127.0.0.1').origin;

export { expect };

/**
 * Loads `path` and waits until nothing more is loading, so late scripts and their errors are in.
 * Then scrolls through the page once, as a reader would, so scroll-driven code runs too. (The
 * scrolling is driven from here, not by a script in the page: with JavaScript off, page-side
 * timers and animation frames never fire.)
 */
export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), `status of ${path}`).toBe(200);
  await page.waitForLoadState('networkidle');
  const { height, step } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    step: Math.max(200, Math.floor(window.innerHeight * 0.8)),
  }));
  for (let y = step; y < height; y += step) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    // Long enough for an IntersectionObserver to see the new position (a few frames).
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(50);
}

/**
 * Asserts that the page does not scroll sideways at the window's width. On failure the message
 * names the innermost elements that stick out to the right.
 */
export async function noHorizontalScroll(page: Page): Promise<void> {
  // A mobile browser zooms out to fit content that is too wide, which widens innerWidth: hold the
  // page to the width the window was given as well.
  const given = page.viewportSize()?.width ?? Number.MAX_SAFE_INTEGER;
  const measured = await page.evaluate((given) => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const limit = Math.min(window.innerWidth, given);
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > limit + 0.5;
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList].map((name) => `.${name}`).join('') +
      ` (right edge at ${Math.round(el.getBoundingClientRect().right)} px)`;
    const culprits =
      scroller.scrollWidth > limit
        ? [...document.body.querySelectorAll('*')]
            .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
            .slice(0, 8)
            .map(describe)
        : [];
    return { scrollWidth: scroller.scrollWidth, limit, culprits };
  }, given);
  expect(
    measured.scrollWidth,
    `page is ${measured.scrollWidth} px wide in a ${measured.limit} px window; sticking out: ${measured.culprits.join(', ') || '—'}`,
  ).toBeLessThanOrEqual(measured.limit);
}

/** One piece of visible text whose rendered size is under the limit. */
export interface SmallText {
  text: string;
  /** Rendered size in CSS pixels, after any SVG scaling. */
  px: number;
  where: string;
}

/**
 * Every visible text on the page whose RENDERED font size is under `minPx` (12 by default).
 * HTML text: its computed font-size. SVG text: its font-size times the scale at which its SVG is
 * drawn (from the screen transform, which covers viewBox scaling and nested transforms; a page's
 * narrow and wide copies of a chart are each measured at their own scale). Text that is not
 * rendered (display:none, visibility:hidden, the not-shown copy of a chart, <title>/<desc>) or is
 * visually hidden for screen readers (clipped, or inside a 1 px box) is left out.
 */
export async function smallTextReport(page: Page, minPx = 12): Promise<SmallText[]> {
  return page.evaluate((minPx) => {
    const isVisuallyHidden = (start: Element): boolean => {
      for (let el: Element | null = start; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        const clip = style.getPropertyValue('clip');
        if (clip !== 'auto' && clip !== '' && style.position === 'absolute') return true;
        if (/inset\(\s*50%|inset\(\s*100%|circle\(\s*0/.test(style.clipPath)) return true;
        const box = el.getBoundingClientRect();
        if ((box.width <= 1 || box.height <= 1) && style.overflow !== 'visible') return true;
      }
      return false;
    };
    const where = (el: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
        parts.unshift(
          node.tagName.toLowerCase() +
            (node.id ? `#${node.id}` : '') +
            [...node.classList].slice(0, 2).map((name) => `.${name}`).join(''),
        );
      }
      return parts.join(' > ');
    };
    const renderedScale = (el: Element): number => {
      const graphic = el.closest('text') ?? el;
      if (graphic instanceof SVGGraphicsElement) {
        const ctm = graphic.getScreenCTM();
        // Font size runs vertically in the text's own space: measure how its y axis is scaled.
        if (ctm) return Math.hypot(ctm.c, ctm.d);
      }
      // Fallback: the outer SVG's rendered width over its viewBox width.
      const svg = el.closest('svg');
      const viewBox = svg?.viewBox.baseVal;
      if (svg && viewBox && viewBox.width > 0) return svg.getBoundingClientRect().width / viewBox.width;
      return 1;
    };

    const found: { text: string; px: number; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      if (el.closest('script, style, template, title, desc, metadata')) continue;
      // Also leaves out <noscript> while scripts run (it is display:none then); with scripts off
      // its content is rendered and measured like any other.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const boxes = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (boxes.length === 0) continue;
      if (isVisuallyHidden(el)) continue;
      const computed = parseFloat(getComputedStyle(el).fontSize);
      const px = el.closest('svg') ? computed * renderedScale(el) : computed;
      if (px < minPx - 0.005) found.push({ text: text.slice(0, 40), px: Math.round(px * 100) / 100, where: where(el) });
    }
    return found;
  }, minPx);
}

/**
 * The text a reader sees in <main>, one line per rendered line break, whitespace normalised and
 * empty lines dropped, so two renderings of the same page compare line by line.
 */
export async function visibleText(page: Page): Promise<string> {
  const raw = await page.locator('main').innerText();
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
