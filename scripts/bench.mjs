// `npm run bench`: what the built pages weigh, against the budgets; then Lighthouse (mobile: simulated
// slow 4G, 4× CPU) on four subjects, run after run, interleaved, so that the machine's load falls on
// all alike: the story, the story in 长辈模式, a section page, and the floor — tests/bench/floor.html,
// a page written by hand, apart from this site: the article's text and three charts, no script.
// Medians side by side, then the Lighthouse targets, each subject against the floor, marked ok or
// over. It prints; it never fails on a number, only when it could not measure.
//
//   npm run bench [-- --no-build] [-- --no-lighthouse] [-- --runs N]
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { launch } from 'chrome-launcher';
import compression from 'compression';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { ELDER, MODE_KEY } from '../src/client/mode.ts';
import { contentTypeOf, headersFor } from '../src/hosting/headers.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../src/node/chromium.ts';
import { BUDGETS, kb, limitOf, TARGETS } from './lib/budgets.mjs';
import { pageWeight, siteWeight } from './lib/page-weight.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : TARGETS.runs;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number, 1 or more');
const DIST = process.env.DIST_DIR ?? 'dist';
const FLOOR_DIR = 'tests/bench';
const SECTION = '/s/dongneng/';

if (!args.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** @param {string[]} head @param {string[][]} rows */
const table = (head, rows) =>
  console.log(['', head, head.map(() => '---'), ...rows].map((r) => (r.length ? `| ${r.join(' | ')} |` : '')).join('\n'));
const verdict = (/** @type {boolean} */ ok) => (ok ? 'ok' : 'over');

// ---- bytes -------------------------------------------------------------------------------------
const pages = siteWeight(DIST);
const gz = (/** @type {{ gzip: number }} */ b) => `${kb(b.gzip)} KB`;
table(
  ['page (gzip, 1 KB = 1000 bytes)', 'HTML', 'CSS', 'JS', 'requests', 'first load'],
  pages.map((p) => [p.path, gz(p.bytes.html), gz(p.bytes.css), gz(p.clientJs), String(p.requests), gz(p.firstLoad)]),
);
const story = pages.find((p) => p.path === '/');
const section = pages.find((p) => p.path === SECTION);
if (!story || !section) throw new Error(`${DIST}/ has no / or ${SECTION}`);
const heaviest = pages.filter((p) => p.path.startsWith('/s/')).sort((a, b) => b.firstLoad.gzip - a.firstLoad.gzip)[0] ?? section;
const bytes = [
  [BUDGETS.storyFirstLoad, story.firstLoad.gzip, ''],
  [BUDGETS.storyJs, story.clientJs.gzip, ''],
  [BUDGETS.sectionFirstLoad, heaviest.firstLoad.gzip, ` (${heaviest.path}, the heaviest)`],
];
table(
  ['budget', 'measured', ''],
  bytes.map(([b, n, where]) => [`${b.what} ${limitOf(b)}`, `${kb(n)} KB${where}`, verdict(n <= b.max)]),
);
const missing = pages.flatMap((p) => p.missing.map((m) => `${p.path} → ${m}`));
if (missing.length) console.log(`\nreferenced but not in ${DIST}/: ${missing.join(', ')}`);
if (args.includes('--no-lighthouse')) process.exit(0);

// ---- Lighthouse ----------------------------------------------------------------------------------
// Served as a host serves them: the headers of src/hosting/headers.ts, text gzipped at level 6.
const serve = (/** @type {string} */ dir) =>
  sirv(dir, {
    setHeaders: (res, path) => {
      for (const [name, value] of Object.entries({ ...headersFor(path), 'Content-Type': contentTypeOf(path) })) res.setHeader(name, value);
    },
  });
const site = serve(DIST);
const floorFiles = serve(FLOOR_DIR);
const gzip = compression({ level: 6, threshold: 0 });
const server = createServer((req, res) => gzip(req, res, () => (req.url === '/floor.html' ? floorFiles : site)(req, res)));
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(null)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const floor = pageWeight(FLOOR_DIR, '/floor.html');
const SUBJECTS = [
  { name: 'story', path: '/', weight: story },
  { name: 'elder', path: '/', weight: story, elder: true },
  { name: SECTION, path: SECTION, weight: section },
  { name: 'floor', path: '/floor.html', weight: floor },
];

/** One Lighthouse run in a fresh Chromium; the numbers the tables need. @param {(typeof SUBJECTS)[number]} subject */
async function measure(subject) {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS, '--headless'], logLevel: 'silent' });
  try {
    if (subject.elder) {
      // The page's head script reads 长辈模式 from localStorage: set it on the origin first, from a
      // page that loads nothing the story would then find in the cache.
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const page = await browser.contexts()[0].newPage();
      await page.goto(`${origin}/robots.txt`);
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [MODE_KEY, ELDER]);
      await page.close();
      await browser.close();
    }
    const result = await lighthouse(`${origin}${subject.path}`, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: !!subject.elder,
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse on ${subject.name}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    const audit = (/** @type {string} */ id) => lhr.audits[id];
    /** @type {Record<string, number>} */
    const work = {};
    for (const item of /** @type {any[]} */ (audit('mainthread-work-breakdown')?.details?.items ?? [])) work[item.group] = item.duration;
    const tasks = /** @type {any[]} */ (audit('main-thread-tasks')?.details?.items ?? []);
    return {
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp: audit('first-contentful-paint').numericValue ?? NaN,
      lcp: audit('largest-contentful-paint').numericValue ?? NaN,
      tbt: audit('total-blocking-time').numericValue ?? NaN,
      styleLayout: work.styleLayout ?? 0,
      parseHTML: work.parseHTML ?? 0,
      script: (work.scriptEvaluation ?? 0) + (work.scriptParseCompile ?? 0),
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      elements: audit('dom-size-insight')?.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}

/** @type {Record<string, Array<Awaited<ReturnType<typeof measure>>>>} */
const runs = Object.fromEntries(SUBJECTS.map((s) => [s.name, []]));
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const subject of SUBJECTS) {
      process.stderr.write(`Lighthouse run ${run} of ${RUNS}: ${subject.name}\n`);
      runs[subject.name].push(await measure(subject));
    }
  }
} finally {
  server.close();
}

// ---- the report ----------------------------------------------------------------------------------
const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** @param {string} subject @param {keyof Awaited<ReturnType<typeof measure>>} key */
const values = (subject, key) => runs[subject].map((r) => r[key]);
const m = (/** @type {string} */ subject, /** @type {any} */ key) => median(values(subject, key));
const ms = (/** @type {number} */ v) => `${Math.round(v).toLocaleString('en')} ms`;
const range = (/** @type {number[]} */ xs, /** @type {(v: number) => string} */ f) =>
  RUNS > 1 ? ` (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : '';
const ratio = (/** @type {string} */ subject, /** @type {'fcp' | 'lcp'} */ key) => m(subject, key) / m('floor', key);
/** @type {Array<[string, (subject: string) => string]>} */
const ROWS = [
  ['Performance', (s) => `${m(s, 'performance')}${range(values(s, 'performance'), String)}`],
  ['FCP', (s) => `${ms(m(s, 'fcp'))}${s === 'floor' ? '' : ` (${ratio(s, 'fcp').toFixed(2)} × floor)`}`],
  ['LCP', (s) => `${ms(m(s, 'lcp'))}${s === 'floor' ? '' : ` (${ratio(s, 'lcp').toFixed(2)} × floor)`}`],
  ['TBT', (s) => `${ms(m(s, 'tbt'))}${range(values(s, 'tbt'), ms)}`],
  ['main thread: style & layout', (s) => ms(m(s, 'styleLayout'))],
  ['main thread: parse HTML', (s) => ms(m(s, 'parseHTML'))],
  ['main thread: script', (s) => ms(m(s, 'script'))],
  ['longest task', (s) => ms(m(s, 'longestTask'))],
  ['elements', (s) => String(m(s, 'elements'))],
  ['first load (gzip)', (s) => gz(/** @type {any} */ (SUBJECTS.find((x) => x.name === s)).weight.firstLoad)],
];
table(
  [`median of ${RUNS}`, ...SUBJECTS.map((s) => s.name)],
  ROWS.map(([label, cell]) => [label, ...SUBJECTS.map((s) => cell(s.name))]),
);

const measured = SUBJECTS.filter((s) => s.name !== 'floor').map((s) => s.name);
const { performance, tbtOverFloor, lcpRatio, fcpRatio } = TARGETS;
const tbtLimit = m('floor', 'tbt') + tbtOverFloor;
/** @type {Array<[string, (subject: string) => [string, boolean]]>} */
const TARGET_ROWS = [
  [
    `Performance ${performance} in every run`,
    (s) => [values(s, 'performance').join(', '), values(s, 'performance').every((p) => p >= performance)],
  ],
  [`TBT ≤ floor + ${tbtOverFloor} ms (${ms(tbtLimit)})`, (s) => [ms(m(s, 'tbt')), m(s, 'tbt') <= tbtLimit]],
  [`LCP ≤ ${lcpRatio} × floor`, (s) => [`${ratio(s, 'lcp').toFixed(2)} ×`, ratio(s, 'lcp') <= lcpRatio]],
  [`FCP ≤ ${fcpRatio} × floor`, (s) => [`${ratio(s, 'fcp').toFixed(2)} ×`, ratio(s, 'fcp') <= fcpRatio]],
];
table(
  ['target (medians)', ...measured],
  TARGET_ROWS.map(([label, check]) => [
    label,
    ...measured.map((s) => {
      const [value, ok] = check(s);
      return `${value} ${verdict(ok)}`;
    }),
  ]),
);
