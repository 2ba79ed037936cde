// The performance benchmark: builds the site, prints what every page weighs (bytes raw and gzip,
// requests) against the budgets, then runs Lighthouse (mobile, median of 3 runs) on the story and
// one section page served by `astro preview`, and prints the four category scores and the metrics.
//
//   npm run bench                      build, weigh, Lighthouse
//   npm run bench -- --no-build        weigh the dist/ that is there
//   npm run bench -- --no-lighthouse   bytes only (no Chromium needed)
//   npm run bench -- --runs 5          Lighthouse runs per page (median reported)
//
// Chromium: CHROMIUM_PATH, else `chromium` on PATH (`npm run setup:env` installs Debian's).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { KB, kb, siteWeight } from './lib/page-weight.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const LIGHTHOUSE_PAGES = ['/', '/s/jichu/'];

/** The budgets of the brief, in bytes (gzip). */
const BUDGET = { storyFirstLoad: 100 * KB, storyJs: 15 * KB, sectionFirstLoad: 30 * KB };

if (!flag('--no-build')) {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ---- bytes --------------------------------------------------------------------------------------
const pages = siteWeight(DIST);
const cell = (b) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const rows = pages.map((p) => [p.path, cell(p.bytes.html), cell(p.bytes.css), cell(p.clientJs), cell(p.bytes.font), cell(p.bytes.image), String(p.requests), cell(p.firstLoad)]);
printTable(
  'Page weight (KB = 1000 bytes; raw / gzip; JS includes inline scripts; first load = HTML + CSS + JS + fonts, images excluded)',
  ['page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'requests', 'first load'],
  rows,
);
const story = pages.find((p) => p.path === '/');
const sections = pages.filter((p) => p.path.startsWith('/s/'));
const heaviestSection = sections.reduce((a, b) => (b.firstLoad.gzip > a.firstLoad.gzip ? b : a), sections[0]);
const verdict = (value, budget) => `${kb(value)} KB of ${kb(budget)} KB ${value <= budget ? 'ok' : 'OVER BUDGET'}`;
console.log(`\nstory first load (gzip):            ${verdict(story.firstLoad.gzip, BUDGET.storyFirstLoad)}`);
console.log(`story client JS (gzip):             ${verdict(story.clientJs.gzip, BUDGET.storyJs)}`);
if (heaviestSection) console.log(`heaviest section first load (gzip): ${verdict(heaviestSection.firstLoad.gzip, BUDGET.sectionFirstLoad)} (${heaviestSection.path})`);
const missing = pages.flatMap((p) => p.missing.map((m) => `${p.path} → ${m}`));
if (missing.length) console.log(`\nreferenced but not in dist/: ${missing.join(', ')}`);

if (flag('--no-lighthouse')) process.exit(0);

// ---- Lighthouse ---------------------------------------------------------------------------------
const chromePath = process.env.CHROMIUM_PATH || which('chromium') || which('chromium-browser') || which('google-chrome');
if (!chromePath) {
  console.error('\nNo Chromium found for Lighthouse: set CHROMIUM_PATH or run `npm run setup:env`. (Bytes above are complete.)');
  process.exit(1);
}
process.env.CHROME_PATH = chromePath;
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
// --ignore-lock: another `astro preview` (npm start, the browser tests) may already be running.
const preview = spawn(
  process.execPath,
  [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
  { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
);
let previewLog = '';
preview.stdout.on('data', (d) => (previewLog += d));
preview.stderr.on('data', (d) => (previewLog += d));
const stopPreview = () => {
  if (preview.exitCode === null) preview.kill('SIGTERM');
};
process.on('exit', stopPreview);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['FCP', 'first-contentful-paint', 'ms'],
  ['LCP', 'largest-contentful-paint', 'ms'],
  ['TBT', 'total-blocking-time', 'ms'],
  ['CLS', 'cumulative-layout-shift', ''],
];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox', // the build and CI machines run as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];

try {
  await waitFor(origin, 30_000);
  /** @type {Record<string, { scores: Record<string, number[]>, metrics: Record<string, number[]>, failed: string[] }>} */
  const results = {};
  for (const path of LIGHTHOUSE_PAGES) {
    const r = (results[path] = { scores: {}, metrics: {}, failed: [] });
    for (let run = 1; run <= RUNS; run++) {
      if (process.stderr.isTTY) process.stderr.write(`\rLighthouse ${path} run ${run}/${RUNS}…`);
      // A fresh browser per run: no cache, no state carried from one run to the next.
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
      try {
        // Lighthouse's default config: a mobile phone, simulated slow 4G and 4× CPU slowdown.
        const result = await lighthouse(`${origin}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
        const lhr = result?.lhr;
        if (!lhr) throw new Error('no result');
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        for (const c of CATEGORIES) (r.scores[c] ??= []).push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        for (const [name, id] of METRICS) (r.metrics[name] ??= []).push(lhr.audits[id]?.numericValue ?? NaN);
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && !r.failed.includes(ref.id)) r.failed.push(ref.id);
          }
        }
      } finally {
        chrome.kill();
      }
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  };
  printTable(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile (simulated throttling), median of ${RUNS} runs, served gzipped by astro preview`,
    ['page', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
    LIGHTHOUSE_PAGES.map((path) => {
      const r = results[path];
      return [
        path,
        ...CATEGORIES.map((c) => String(median(r.scores[c]))),
        ...METRICS.map(([name, , unit]) => {
          const v = median(r.metrics[name]);
          return unit === 'ms' ? `${Math.round(v)} ms` : v.toFixed(3);
        }),
      ];
    }),
  );
  for (const path of LIGHTHOUSE_PAGES) {
    if (results[path].failed.length) console.log(`${path}: audits not fully passed in some run: ${results[path].failed.join(', ')}`);
  }
} catch (error) {
  console.error(`\nLighthouse failed: ${error.message}\n${previewLog}`);
  process.exitCode = 1;
} finally {
  stopPreview();
}

// ---- small utilities ------------------------------------------------------------------------------
function printTable(title, head, body) {
  const width = (s) => [...s].reduce((n, ch) => n + (/[\u1100-\uffef]/.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]))));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c + ' '.repeat(cols[i] - width(c)) : ' '.repeat(cols[i] - width(c)) + c)).join('  ');
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(cols.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}

function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (preview.exitCode !== null) throw new Error(`astro preview exited (${preview.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${ms / 1000} s`);
}
