import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';
import type { Page, Route } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { contentTypeOf } from '../hosting/headers';
import { launchChromium } from '../node/chromium';
import { subsetFace, WEIGHTS, type Weight } from '../node/fonts';
import { finishPdf } from '../node/pdf-metadata';

const DEFAULTS = {
  /** The page printed, and the file written next to it in the built site. */
  page: '/handout/',
  file: 'handout.pdf',
  /** A4 in CSS px (96 per inch), so that screen-size media queries match the paper. */
  viewport: { width: 794, height: 1123 },
  /** A4 in PDF points, as Chromium rounds it. */
  a4: { width: 595.28, height: 841.89 },
  creator: '数读2020（Astro 构建，Chromium 排印）',
  producer: 'Chromium (Skia/PDF) + pdf-lib',
} as const;

/**
 * Prints the handout page of the built site to `handout.pdf` with Chromium: A4, vector charts,
 * real (selectable, searchable) text, page numbers, the source and the site address in the footer;
 * then fixes its metadata so that building twice gives the same bytes.
 *
 * The page is opened at its public address (the `site` setting) and every request to that origin
 * is answered from the build output, without a server: links in the PDF (each figure links to its
 * paragraph of 原文) then point at the public site, never at a local port. Requests to any other
 * origin fail the build.
 */
export default function handoutPdf(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'handout-pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('handout.pdf: set `site` in astro.config.mjs (SITE_URL); the PDF prints the public address.');
        const out = fileURLToPath(dir);
        const started = performance.now();
        await writeHandoutFonts(out);
        const { bytes, pages } = await printHandout(out, site);
        writeFileSync(join(out, DEFAULTS.file), bytes);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${DEFAULTS.file}: ${pages.length} pages, ${Math.round(bytes.length / 1024)} KB (${bytes.length} bytes), A4, in ${seconds} s`,
        );
      },
    },
  };
}

/** Where the handout's stylesheet (@font-face in handout.css) finds the bundled face. */
export const handoutFontPath = (weight: Weight) => `/handout/fonts/sans-${weight}.ttf`;

/**
 * Writes the bundled face, cut down to the characters the handout page uses (its text, its SVG
 * text, its stylesheet's generated content), beside the page: the screen and the PDF then use the
 * same small TrueType files, never the machine's fonts.
 */
export async function writeHandoutFonts(dir: string, page: string = DEFAULTS.page): Promise<void> {
  const html = readFileSync(join(dir, page, 'index.html'), 'utf8');
  const { document } = parseHTML(html);
  const text = `${document.body.textContent ?? ''}${[...document.querySelectorAll('style')].map((s) => s.textContent).join('')}`;
  for (const weight of WEIGHTS) {
    const file = join(dir, handoutFontPath(weight));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, await subsetFace(weight, text));
  }
}

/** Prints `page` of the site built in `dir`, as served at `site`, and returns the finished PDF. */
export async function printHandout(dir: string, site: URL, page: string = DEFAULTS.page) {
  const entry = join(dir, page, 'index.html');
  if (!existsSync(entry)) throw new Error(`handout.pdf: ${page} was not built (no ${entry}).`);

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: DEFAULTS.viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      colorScheme: 'light',
    });
    const problems: string[] = [];
    await context.route('**/*', (route) => serveFromBuild(route, dir, site, problems));
    const tab = await context.newPage();
    const response = await tab.goto(new URL(page, site).href, { waitUntil: 'load' });
    if (!response?.ok()) problems.push(`${page} answered ${response?.status()}`);
    await tab.emulateMedia({ media: 'print', colorScheme: 'light' });
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    const loadedCleanly = () => {
      if (problems.length) throw new Error(`handout.pdf: the handout page did not load cleanly:\n  - ${problems.join('\n  - ')}`);
    };
    loadedCleanly();

    const info = await readPageInfo(tab);
    const raw = await tab.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      // The page margins (source, page number, QR code) are the page's own @page rules, set in
      // its bundled face: Chromium's header and footer templates would load no web font.
      displayHeaderFooter: false,
    });
    // Printing may load what the screen did not (print-only images, fonts): check again.
    loadedCleanly();
    const finished = await finishPdf(raw, {
      title: info.title,
      author: info.author,
      subject: info.subject,
      keywords: info.keywords,
      language: info.language,
      creator: DEFAULTS.creator,
      producer: DEFAULTS.producer,
      created: new Date(info.created),
      modified: new Date(info.modified),
    });
    const notA4 = finished.pages.findIndex((p) => Math.abs(p.width - DEFAULTS.a4.width) > 1 || Math.abs(p.height - DEFAULTS.a4.height) > 1);
    if (notA4 >= 0) {
      const p = finished.pages[notA4]!;
      throw new Error(`handout.pdf: page ${notA4 + 1} is ${p.width}×${p.height} pt, not A4 (check @page in handout.css).`);
    }
    return finished;
  } finally {
    await browser.close();
  }
}

/** Answers a request to the site's origin with the file the build wrote for it. */
async function serveFromBuild(route: Route, dir: string, site: URL, problems: string[]): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== site.origin) {
    problems.push(`request to another origin: ${url.href}`);
    return route.abort('blockedbyclient');
  }
  const root = resolve(dir);
  let file = resolve(root, `.${decodeURIComponent(url.pathname)}`);
  if (file !== root && !file.startsWith(root + sep)) {
    problems.push(`request outside the site: ${url.pathname}`);
    return route.fulfill({ status: 403 });
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    problems.push(`not in the build: ${url.pathname}`);
    return route.fulfill({ status: 404, body: 'not found' });
  }
  return route.fulfill({
    status: 200,
    headers: { 'content-type': contentTypeOf(url.pathname) },
    body: readFileSync(file),
  });
}

/**
 * What the page says about itself: the PDF's title, author, subject, keywords and language come
 * from its <title>, <html lang> and <meta> tags, its dates from dcterms.created and dcterms.modified.
 */
async function readPageInfo(page: Page) {
  const info = await page.evaluate(() => {
    const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
    return {
      title: document.title,
      author: meta('author'),
      subject: meta('description'),
      keywords: meta('keywords')
        .split(/[,，]\s*/)
        .filter(Boolean),
      language: document.documentElement.lang,
      created: meta('dcterms.created'),
      modified: meta('dcterms.modified'),
    };
  });
  const missing = Object.entries(info)
    .filter(([, v]) => (Array.isArray(v) ? v.length === 0 : !v))
    .map(([k]) => k);
  if (missing.length)
    throw new Error(`handout.pdf: the handout page does not say its ${missing.join(', ')} (see src/layouts/Handout.astro).`);
  return info;
}
