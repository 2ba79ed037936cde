import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from '@playwright/test';

/** What a page did that a reader's browser would complain about, or that leaves our origin. */
export interface Trouble {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests to any origin other than the preview server's (mainland readers cannot reach them). */
  foreignRequests: string[];
}

/** Prefix of the console line by which a page reports a Content-Security-Policy violation to the guard. */
const CSP_PREFIX = 'CSP violation:';

/**
 * Records console errors, uncaught page errors, Content-Security-Policy violations and requests to
 * other origins in every page of `context`. `origin` is the preview server's.
 */
export async function watch(context: BrowserContext, origin: string): Promise<Trouble> {
  const trouble: Trouble = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  // Runs before any script of the page and outside its CSP, so it hears every violation (with
  // JavaScript off nothing runs, and nothing can be refused to a script either).
  await context.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`${prefix} ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  }, CSP_PREFIX);
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
    ...trouble.consoleErrors.map((text) => (text.startsWith(CSP_PREFIX) ? text : `console error: ${text}`)),
    ...trouble.pageErrors.map((text) => `uncaught page error: ${text}`),
    ...trouble.foreignRequests.map((text) => `request to another origin: ${text}`),
  ];
  for (const list of Object.values(trouble)) list.length = 0;
  // The same complaint from every page of a test is one problem, said once with its count.
  const counted = [...new Set(problems)].map((p) => {
    const n = problems.filter((q) => q === p).length;
    return n > 1 ? `${p} (×${n})` : p;
  });
  expect.soft(counted, 'console errors, CSP violations, page errors and requests to other origins').toEqual([]);
}

/** A fresh browser context of the test's worker browser, with the guard on. */
export type Reader = (options?: BrowserContextOptions) => Promise<Page>;

/**
 * `test` with a guard on every test: a console error, a CSP violation, an uncaught page error or a
 * request to another origin anywhere in the test fails it. The guard's record is a fixture too, so
 * a test can assert on it explicitly.
 *
 * `reader(options)` opens a page in a new context of the worker's browser with the given device
 * (see devices.ts), guarded the same way and closed after the test: for tests that look at one
 * page at several widths, user agents or settings.
 */
export const test = base.extend<{ trouble: Trouble; reader: Reader }>({
  trouble: [
    async ({ context, baseURL }, use) => {
      const trouble = await watch(context, originOf(baseURL));
      await use(trouble);
      expectNoTrouble(trouble);
    },
    { auto: true },
  ],
  reader: async ({ browser, baseURL, locale, timezoneId }, use) => {
    const opened: { context: BrowserContext; trouble: Trouble }[] = [];
    await use(async (options = {}) => {
      const context = await newContext(browser, { baseURL, locale, timezoneId, ...options });
      const trouble = await watch(context, originOf(baseURL));
      opened.push({ context, trouble });
      return context.newPage();
    });
    for (const { context, trouble } of opened) {
      await context.close();
      expectNoTrouble(trouble);
    }
  },
});

const newContext = (browser: Browser, options: BrowserContextOptions) => browser.newContext(options);
const originOf = (baseURL: string | undefined) => new URL(baseURL ?? 'http://127.0.0.1').origin;

export { expect };

interface SectionEntry {
  id: string;
  heading: string;
  short: string;
  order: number;
}

/** The story's sections in reading order, as the content defines them. */
export const SECTIONS: SectionEntry[] = (
  JSON.parse(readFileSync(new URL('../../content/sections.json', import.meta.url), 'utf8')) as SectionEntry[]
).sort((a, b) => a.order - b.order);

/** Every page a reader can land on. */
export const PAGES: { name: string; path: string }[] = [
  { name: 'the story', path: '/' },
  ...SECTIONS.map((s) => ({ name: `section ${s.heading}`, path: `/s/${s.id}/` })),
  { name: '原文', path: '/yuanwen/' },
  { name: '404', path: '/404.html' },
  { name: 'data', path: '/data/' },
  { name: 'changes', path: '/changes/' },
];

/** Loads `path`, expects it to answer 200, and waits until its scripts have run and its images are in. */
export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), `status of ${path}`).toBe(200);
}

/**
 * Scrolls through the page once, as a reader would, so that code started by scrolling runs too,
 * then back to the top. Driven from here, not by a script in the page: with JavaScript off,
 * page-side timers and animation frames never fire.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const step = await page.evaluate(() => Math.max(200, Math.floor(window.innerHeight * 0.9)));
  // The page may grow as it is read (what lies below the first screen is laid out as it comes near,
  // the scroll steps add their track): go on until its real end.
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = step; y < (await height()); y += step) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await nextFrames(page);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await nextFrames(page);
}

/**
 * Lays out the whole page at once, for tests that measure every box on it: what lies below the
 * first screen is otherwise laid out only as it comes near (content-visibility: auto), and its
 * boxes have no real geometry until then. Set through the CSSOM, which the page's policy allows.
 */
export async function layOutEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
  await nextFrames(page);
}

/**
 * Waits two animation frames: enough for IntersectionObserver callbacks and style changes that a
 * scroll or a click caused to be in. With JavaScript off no frame callback ever runs (and nothing
 * in the page can react), so it gives up after a short while.
 */
export async function nextFrames(page: Page): Promise<void> {
  const frames = page
    .evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
    .catch(() => undefined);
  await Promise.race([frames, new Promise((resolve) => setTimeout(resolve, 250))]);
}

/**
 * Asserts that the page does not scroll sideways at the window's width. On failure the message
 * names the innermost elements that stick out to the right.
 */
export async function noHorizontalScroll(page: Page, context = ''): Promise<void> {
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
  expect
    .soft(
      measured.scrollWidth,
      `${context}the page scrolls sideways: it is ${measured.scrollWidth} px wide in a ${measured.limit} px window; sticking out: ${measured.culprits.join(', ') || '—'}`,
    )
    .toBeLessThanOrEqual(measured.limit);
}

/**
 * The text a reader sees in <main>, one line per rendered line break, whitespace normalised and
 * empty lines dropped, so two renderings of the same page compare line by line.
 */
export async function visibleText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line by line, without what is hidden; textContent has neither.
  const raw = await page.locator('main').innerText();
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The masthead's 长辈模式 switch (长辈模式：关 / 长辈模式：开), not the section bar's 退出长辈模式,
 * which shows only while the mode is on.
 */
export function modeSwitch(page: Page): Locator {
  return page.getByRole('button', { name: /^长辈模式/ });
}

/**
 * Switches 长辈模式 on with its button, as a reader does; the choice then holds for every page the
 * context opens next.
 */
export async function switchOnElderMode(page: Page): Promise<void> {
  const button = modeSwitch(page);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/**
 * Elements a reader taps that are smaller than 44×44 CSS px, among the visible ones matched by
 * `selector`, each described with its size.
 */
export async function smallTargets(page: Page, selector: string, minimum = 44): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, minimum) => {
    const out: string[] = [];
    for (const el of els) {
      if (!(el as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
        const name = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 20);
        out.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${name}” is ${box.width.toFixed(1)}×${box.height.toFixed(1)} px`,
        );
      }
    }
    return out;
  }, minimum);
}

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The rules whose outcome depends on colours alone: all that changes between light and dark. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's WCAG 2.2 A/AA violations on the page as it is now, one line each, or only those of
 * `rules`. axe is put into the page once per load (it is large) and run there directly.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, rules }) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
      interface AxeResults {
        violations: { id: string; help: string; nodes: { target: string[] }[] }[];
      }
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const results = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map(
        (v) =>
          `${v.id}: ${v.help} — ${v.nodes
            .slice(0, 4)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    },
    { tags: WCAG_22_AA, rules },
  );
}

/**
 * Waits until the dialog is closed and has taken its history entry (added for Android's back) off
 * with it. That is a history step of its own: a navigation begun before it is done is cut short.
 */
export async function dialogClosed(page: Page): Promise<void> {
  await expect(page.locator('dialog')).toHaveCount(0);
  await expect
    .poll(
      () => page.evaluate(() => (history.state as { overlay?: boolean } | null)?.overlay ?? false),
      'the dialog’s history entry is left behind',
    )
    .toBe(false);
}

/**
 * Any picture stands in for the posters (/share/*.png): the tests judge what the page does with a
 * poster, not the image, and so do not depend on the image being in the build.
 */
export async function anyPoster(page: Page): Promise<void> {
  // A 1×1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await page.route(/\/share\/[^/]+\.png$/, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
}
