// Lighthouse runs for the benchmark, and the static server they load pages from. Each run gets a
// fresh Chromium (no cache, no state carried over) that is killed when the run ends or its time
// runs out; the server compresses like a production host, so every page is measured the same way.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor } from './page-weight.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox', // the build and CI machines run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--mute-audio',
  // A headless page counts as hidden; these keep its timers and rendering at full speed.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** Chromium for Lighthouse: CHROMIUM_PATH, else the first browser on PATH. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8', timeout: 5_000 }).trim();
      if (path) return path;
    } catch {
      // not this one
    }
  }
  return null;
}

/**
 * Starts Chromium with remote debugging on a free port and a fresh profile. It is killed after
 * `timeoutMs` whatever happens, and `close()` ends it (its whole process group) and removes the profile.
 * @param {string} chromePath @param {{ timeoutMs: number }} options
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function launchChromium(chromePath, { timeoutMs }) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(chromePath, [...CHROME_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group, so its renderers and helpers end with it
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const limit = setTimeout(() => killGroup('SIGKILL'), timeoutMs);
  const close = async () => {
    clearTimeout(limit);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup('SIGTERM');
      const grace = setTimeout(() => killGroup('SIGKILL'), 5_000);
      await exited;
      clearTimeout(grace);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise((resolve, reject) => {
      let log = '';
      const giveUp = setTimeout(() => reject(new Error(`Chromium did not open its debugging port within 30 s\n${log}`)), 30_000);
      child.stderr.on('data', (chunk) => {
        log += chunk;
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
        if (m) {
          clearTimeout(giveUp);
          resolve(Number(m[1]));
        }
      });
      child.once('error', (error) => (clearTimeout(giveUp), reject(error)));
      child.once(
        'exit',
        (code, signal) => (clearTimeout(giveUp), reject(new Error(`Chromium exited (${signal ?? code}) before it was ready\n${log}`))),
      );
    });
    child.stderr.resume();
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * @typedef {object} RunSummary
 * @property {Record<string, number>} scores       category → 0…100
 * @property {number} fcp  @property {number} lcp  @property {number} tbt  @property {number} cls
 * @property {number} fcpObserved   first contentful paint as it happened, unthrottled (ms)
 * @property {number} longestTask   the longest top-level main-thread task in the trace, as measured (ms; 0 when none exceeded 5 ms)
 * @property {number | null} longestTaskSimulated   the same as Lighthouse simulates it (script 4×, layout 2×), when one reaches 50 ms
 * @property {number | null} elements   DOM elements after load (Lighthouse's DOM-size insight)
 * @property {string[]} failed   weighted audits that did not pass
 * @property {object} lhr   the whole report
 */

/**
 * One Lighthouse run with its default settings — a phone on simulated slow 4G with a 4× CPU
 * slowdown — in its own Chromium.
 * @param {string} url
 * @param {{ chromePath: string, timeoutMs?: number, categories?: string[] }} options
 * @returns {Promise<RunSummary>}
 */
export async function lighthouseRun(url, { chromePath, timeoutMs = 120_000, categories = CATEGORIES }) {
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launchChromium(chromePath, { timeoutMs: timeoutMs + 10_000 });
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse took more than ${timeoutMs / 1000} s on ${url}`)), timeoutMs);
    });
    const result = await Promise.race([
      lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: categories }),
      deadline,
    ]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return summarise(lhr, categories);
  } finally {
    clearTimeout(timer);
    await chrome.close();
  }
}

/** @param {any} lhr @param {string[]} categories @returns {RunSummary} */
function summarise(lhr, categories) {
  const audit = (/** @type {string} */ id) => lhr.audits[id];
  const numeric = (/** @type {string} */ id) => audit(id)?.numericValue ?? NaN;
  const durations = (/** @type {string} */ id) =>
    (audit(id)?.details?.items ?? []).map((/** @type {any} */ t) => t.duration).filter(Number.isFinite);
  const measured = durations('main-thread-tasks');
  const simulated = durations('long-tasks');
  /** @type {string[]} */
  const failed = [];
  for (const c of categories) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = audit(ref.id);
      if (ref.weight > 0 && a && a.score !== null && a.score < 1 && !failed.includes(ref.id)) failed.push(ref.id);
    }
  }
  return {
    scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpObserved: audit('metrics')?.details?.items?.[0]?.observedFirstContentfulPaint ?? NaN,
    longestTask: measured.length ? Math.max(...measured) : 0,
    longestTaskSimulated: simulated.length ? Math.max(...simulated) : null,
    elements: audit('dom-size-insight')?.numericValue ?? null,
    failed,
    lhr,
  };
}

/** The middle value (mean of the two middle ones for an even count); NaN and null are left out. @param {Array<number | null>} xs */
export function median(xs) {
  const s = /** @type {number[]} */ (xs.filter((x) => x !== null && Number.isFinite(x))).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

/**
 * Serves a folder on a free port of 127.0.0.1 the way the README asks a host to: gzip (level 6,
 * the level the byte counts use) for text, HTML revalidated and hashed assets cached, unknown
 * addresses answered by /404.html with status 404, a folder's address without its slash redirected.
 * @param {string} root
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root) {
  /** @type {Map<string, { mtime: number, raw: Buffer, gzip: Buffer | null }>} */
  const cache = new Map();
  const load = (/** @type {string} */ file, /** @type {string} */ type) => {
    const mtime = statSync(file).mtimeMs;
    let entry = cache.get(file);
    if (!entry || entry.mtime !== mtime) {
      const raw = readFileSync(file);
      entry = { mtime, raw, gzip: COMPRESSIBLE.test(type) ? gzipSync(raw, { level: 6 }) : null };
      cache.set(file, entry);
    }
    return entry;
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let status = 200;
    /** @type {string | null} */
    let file;
    try {
      file = fileFor(root, url.pathname);
    } catch {
      res.writeHead(400).end(); // an address that does not decode
      return;
    }
    if (file && !url.pathname.endsWith('/') && file.endsWith('/index.html') && !url.pathname.endsWith('index.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file) {
      status = 404;
      file = fileFor(root, '/404.html');
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file).toLowerCase())] ?? 'application/octet-stream';
    const entry = load(file, type);
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? /** @type {Buffer} */ (entry.gzip) : entry.raw;
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...(entry.gzip ? { Vary: 'Accept-Encoding' } : {}),
      'Cache-Control': type.startsWith('text/html')
        ? 'no-cache'
        : url.pathname.startsWith('/_astro/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
