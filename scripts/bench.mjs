// The performance benchmark. It builds the site and prints what every page weighs (bytes raw and
// gzip, requests) against the budgets. Then it measures the story against its floor — the same
// text and three of its charts as one hand-written HTML file with inline CSS and no JavaScript,
// made from the built story — and against one section page: Lighthouse (mobile, simulated slow 4G,
// 4× CPU) on the three in turn, run after run, so the machine's load falls on all three alike; one
// table side by side, medians, then the targets. Targets are reported, never asserted: the bench
// fails only when it could not measure.
//
//   npm run bench                      build, weigh, Lighthouse
//   npm run bench -- --no-build        weigh the dist/ that is there
//   npm run bench -- --no-lighthouse   bytes only (no Chromium needed)
//   npm run bench -- --runs 5          Lighthouse runs per page (median reported; 3 by default)
//   npm run bench -- --verbose         also every run's numbers
//
// Chromium: CHROMIUM_PATH, else `chromium` on PATH (`npm run setup:env` installs Debian's).
// The floor page and each run's Lighthouse report (JSON) are left in .bench/ for a closer look.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFloor } from './lib/floor.mjs';
import { KB, kb, pageWeight, siteWeight } from './lib/page-weight.mjs';
import { run } from './lib/run.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');
const SCRATCH = join(ROOT, '.bench');
const FLOOR = join(SCRATCH, 'floor');
const REPORTS = join(SCRATCH, 'lighthouse');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--runs takes a whole number of runs, 1 or more');
  process.exit(2);
}
const VERBOSE = flag('--verbose');
const SECTION = '/s/jichu/';

/** The budgets the build tests assert (gzip bytes). */
const BUDGET = { storyFirstLoad: 100 * KB, storyJs: 15 * KB, sectionFirstLoad: 30 * KB };
/** What "as fast as a hand-written page" means in numbers; reported, never asserted. */
const TARGET = { fcpRatio: 1.1, tbt: 50, performance: 100, cls: 0, storyFirstLoad: 20 * KB, longestTask: 150 };

if (!flag('--no-build')) {
  // build.mjs stops a hung build itself; this limit is the last resort.
  const build = await run(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
    timeout: 20 * 60_000,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ---- bytes --------------------------------------------------------------------------------------
const pages = siteWeight(DIST);
const cell = (b) => `${kb(b.raw)} / ${kb(b.gzip)}`;
printTable(
  'Page weight (KB = 1000 bytes; raw / gzip; JS includes inline scripts; first load = HTML + CSS + JS + fonts, images excluded)',
  ['page', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'requests', 'first load'],
  pages.map((p) => [
    p.path,
    cell(p.bytes.html),
    cell(p.bytes.css),
    cell(p.clientJs),
    cell(p.bytes.font),
    cell(p.bytes.image),
    String(p.requests),
    cell(p.firstLoad),
  ]),
);
const story = pages.find((p) => p.path === '/');
const section = pages.find((p) => p.path === SECTION);
if (!story || !section) {
  console.error(`\ndist/ has no ${story ? SECTION : '/'} page to measure.`);
  process.exit(1);
}
const sections = pages.filter((p) => p.path.startsWith('/s/'));
const heaviestSection = sections.reduce((a, b) => (b.firstLoad.gzip > a.firstLoad.gzip ? b : a), sections[0]);
const verdict = (value, budget) => `${kb(value)} KB of ${kb(budget)} KB ${value <= budget ? 'ok' : 'OVER BUDGET'}`;
console.log(`\nstory first load (gzip):            ${verdict(story.firstLoad.gzip, BUDGET.storyFirstLoad)}`);
console.log(`story client JS (gzip):             ${verdict(story.clientJs.gzip, BUDGET.storyJs)}`);
if (heaviestSection)
  console.log(
    `heaviest section first load (gzip): ${verdict(heaviestSection.firstLoad.gzip, BUDGET.sectionFirstLoad)} (${heaviestSection.path})`,
  );
const missing = pages.flatMap((p) => p.missing.map((m) => `${p.path} → ${m}`));
if (missing.length) console.log(`\nreferenced but not in dist/: ${missing.join(', ')}`);

// ---- the floor ----------------------------------------------------------------------------------
rmSync(FLOOR, { recursive: true, force: true });
const floorMade = writeFloor(DIST, FLOOR);
const floor = pageWeight(FLOOR, '/');
console.log(
  `\nfloor page (the story's text, ${floorMade.charts} of its charts, inline CSS, no script): ${floorMade.blocks} text blocks (${floorMade.tables} tables), ` +
    `${kb(floor.firstLoad.raw)} / ${kb(floor.firstLoad.gzip)} KB, ${floor.requests} request → .bench/floor/index.html`,
);

if (flag('--no-lighthouse')) process.exit(0);

// ---- Lighthouse: story, floor and section, interleaved ------------------------------------------
const { CATEGORIES, findChromium, lighthouseRun, median, serveStatic } = await import('./lib/lighthouse.mjs');
const chromePath = findChromium();
if (!chromePath) {
  console.error('\nNo Chromium found for Lighthouse: set CHROMIUM_PATH or run `npm run setup:env`. (Bytes above are complete.)');
  process.exit(1);
}
// Story and floor come from two instances of the same server, each at the root of its origin.
const siteServer = await serveStatic(DIST);
const floorServer = await serveStatic(FLOOR);
const SUBJECTS = [
  { name: 'story', head: 'story /', url: `${siteServer.origin}/`, weight: story, allScores: true },
  { name: 'floor', head: 'floor', url: `${floorServer.origin}/`, weight: floor, allScores: false },
  { name: 'section', head: `section ${SECTION}`, url: `${siteServer.origin}${SECTION}`, weight: section, allScores: true },
];
/** @type {Record<string, Array<import('./lib/lighthouse.mjs').RunSummary | null>>} */
const runs = Object.fromEntries(SUBJECTS.map((s) => [s.name, []]));
/** @type {string[]} */
const errors = [];
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const subject of SUBJECTS) {
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[KLighthouse run ${run}/${RUNS}: ${subject.name}…`);
      let summary = null;
      // One retry: a run can fail for reasons of the moment (a slow start on a busy machine).
      for (let attempt = 1; attempt <= 2 && !summary; attempt++) {
        try {
          summary = await lighthouseRun(subject.url, { chromePath, categories: CATEGORIES });
        } catch (error) {
          if (attempt === 2) errors.push(`${subject.name} run ${run}: ${error.message}`);
        }
      }
      runs[subject.name].push(summary);
      if (summary) writeFileSync(join(REPORTS, `${subject.name}-${run}.json`), JSON.stringify(summary.lhr));
    }
  }
} finally {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  await siteServer.close();
  await floorServer.close();
}

report();
if (errors.length) {
  console.error(`\nCould not measure every run:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}

// ---- the report -----------------------------------------------------------------------------------
function report() {
  const done = (name) => runs[name].filter(Boolean);
  const any = SUBJECTS.flatMap((s) => done(s.name))[0];
  if (!any) return;
  const ms = (v) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString('en')} ms` : '–');
  const score = (v) => (Number.isFinite(v) ? String(Math.round(v)) : '–'); // also counts
  const cls = (v) => (!Number.isFinite(v) ? '–' : v === 0 ? '0' : v.toFixed(4));
  /** Rows: a label, and the cell for some runs of one subject. */
  const ROWS = [
    ['Performance', (rs) => score(median(rs.map((r) => r.scores.performance)))],
    ['Accessibility', (rs, s) => (s.allScores ? score(median(rs.map((r) => r.scores.accessibility))) : '–')],
    ['Best Practices', (rs, s) => (s.allScores ? score(median(rs.map((r) => r.scores['best-practices']))) : '–')],
    ['SEO', (rs, s) => (s.allScores ? score(median(rs.map((r) => r.scores.seo))) : '–')],
    ['FCP', (rs) => ms(median(rs.map((r) => r.fcp)))],
    ['LCP', (rs) => ms(median(rs.map((r) => r.lcp)))],
    ['TBT', (rs) => ms(median(rs.map((r) => r.tbt)))],
    ['CLS', (rs) => cls(median(rs.map((r) => r.cls)))],
    ['longest task (trace)', (rs) => ms(median(rs.map((r) => r.longestTask)))],
    // Lighthouse's simulation slows script 4× but a task that lays out only 2×, and lists
    // simulated tasks from 50 ms up only.
    [
      'longest task, simulated',
      (rs) => {
        const v = median(rs.map((r) => r.longestTaskSimulated ?? 0));
        return v < 50 ? '< 50 ms' : ms(v);
      },
    ],
    ['elements', (rs) => score(median(rs.map((r) => r.elements)))],
    ['first load (gzip)', (_rs, s) => `${kb(s.weight.firstLoad.gzip)} KB`],
    ['requests', (_rs, s) => String(s.weight.requests)],
  ];
  const perRun = ROWS.filter(([label]) => label !== 'first load (gzip)' && label !== 'requests');
  const benchmark = median(SUBJECTS.flatMap((s) => done(s.name).map((r) => r.lhr.environment?.benchmarkIndex)));
  const chrome = /Chrome\/(\S+)/.exec(any.lhr.environment?.hostUserAgent ?? '')?.[1] ?? '?';
  printTable(
    `Lighthouse ${any.lhr.lighthouseVersion} (Chromium ${chrome}), mobile: simulated slow 4G, 4× CPU. Median of ${RUNS} runs, interleaved; ` +
      `all served gzipped by the same static server. Machine benchmark index ${Math.round(benchmark)}.`,
    ['', ...SUBJECTS.map((s) => s.head)],
    ROWS.map(([label, f]) => [label, ...SUBJECTS.map((s) => (done(s.name).length ? f(done(s.name), s) : '–'))]),
  );

  if (VERBOSE) {
    const order = [];
    for (let i = 0; i < RUNS; i++) for (const s of SUBJECTS) order.push([s, i]);
    const extra = [['FCP as observed', (rs) => ms(rs[0].fcpObserved)]];
    printTable(
      'Every run, in the order they ran (FCP as observed: unthrottled, as it happened on this machine)',
      ['', ...order.map(([s, i]) => `${s.name} ${i + 1}`)],
      [...perRun, ...extra].map(([label, f]) => [
        label,
        ...order.map(([s, i]) => {
          const r = runs[s.name][i];
          return r ? f([r], s) : 'failed';
        }),
      ]),
    );
  }

  // Run i of the story was measured right before run i of the floor: compare them pairwise.
  const ratios = runs.story.map((r, i) => (r && runs.floor[i] ? r.fcp / runs.floor[i].fcp : NaN));
  const ratio = median(ratios);
  console.log(
    `\nstory / floor FCP: ${ratios.map((x, i) => `run ${i + 1} ${Number.isFinite(x) ? x.toFixed(2) : '–'}`).join(' · ')} · median ${Number.isFinite(ratio) ? ratio.toFixed(2) : '–'}`,
  );

  const s = done('story');
  const m = (rs, key) => median(rs.map((r) => r[key]));
  const check = (ok) => (ok ? 'ok' : 'over');
  const perfRuns = s.map((r) => r.scores.performance);
  const sectionFcp = m(done('section'), 'fcp');
  const storyFcp = m(s, 'fcp');
  printTable(
    'Targets (reported, not asserted; medians except where it says every run)',
    ['target', 'measured', ''],
    [
      [
        `story FCP ≤ ${TARGET.fcpRatio} × floor FCP`,
        `${Number.isFinite(ratio) ? ratio.toFixed(2) : '–'} ×`,
        check(ratio <= TARGET.fcpRatio),
      ],
      [`story TBT ≤ ${TARGET.tbt} ms`, ms(m(s, 'tbt')), check(m(s, 'tbt') <= TARGET.tbt)],
      [
        `story Performance ${TARGET.performance} in every run`,
        perfRuns.join(' · '),
        check(perfRuns.length === RUNS && perfRuns.every((p) => p >= TARGET.performance)),
      ],
      [`story CLS ${TARGET.cls}`, cls(m(s, 'cls')), check(m(s, 'cls') <= TARGET.cls)],
      [
        `story first load ≤ ${kb(TARGET.storyFirstLoad)} KB gzip`,
        `${kb(story.firstLoad.gzip)} KB`,
        check(story.firstLoad.gzip <= TARGET.storyFirstLoad),
      ],
      [`story longest task ≤ ${TARGET.longestTask} ms`, ms(m(s, 'longestTask')), check(m(s, 'longestTask') <= TARGET.longestTask)],
      ['section FCP ≤ story FCP', `${ms(sectionFcp)} vs ${ms(storyFcp)}`, check(sectionFcp <= storyFcp)],
    ],
  );
  for (const subject of SUBJECTS) {
    const failed = [...new Set(done(subject.name).flatMap((r) => r.failed))];
    if (failed.length) console.log(`${subject.head}: audits not fully passed in some run: ${failed.join(', ')}`);
  }
}

// ---- small utilities ------------------------------------------------------------------------------
function printTable(title, head, body) {
  // CJK characters take two columns in a terminal; dashes, ≤ and × take one.
  const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
  const width = (s) => [...s].reduce((n, ch) => n + (wide.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]))));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c + ' '.repeat(cols[i] - width(c)) : ' '.repeat(cols[i] - width(c)) + c)).join('  ');
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(cols.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}
