// Every performance budget of the site, written once. tests/build/budgets.test.ts asserts the byte
// and count budgets over dist/ on every build; `npm run bench` prints them, and the Lighthouse
// targets, marked ok or over; the README's table is budgetTable() (a unit test compares the two;
// `node scripts/lib/budgets.mjs` prints it).

/** 1 KB is 1000 bytes: the stricter reading of the budgets. */
export const KB = 1000;

/**
 * @typedef {object} Budget
 * @property {string} what
 * @property {number} max   bytes (gzip, level 6) when `bytes`, else a count
 * @property {boolean} [bytes]
 * @property {string} [note]
 */

/** Bytes and counts over the built site; asserted on every build. */
export const BUDGETS = /** @satisfies {Record<string, Budget>} */ ({
  storyFirstLoad: { what: 'story first load: HTML + CSS + JS + fonts, images excluded', max: 20 * KB, bytes: true },
  storyJs: { what: 'client JavaScript on the story', max: 5 * KB, bytes: true, note: 'no d3 or Plot code in the browser' },
  sectionFirstLoad: { what: "each section page's first load", max: 15 * KB, bytes: true },
  renderBlocking: {
    what: 'render-blocking requests',
    max: 0,
    note: 'styles in the page; /print.css with media="print"; module script',
  },
  storyElements: { what: 'elements on the story', max: 1000, note: 'every chart and table included; one drawing per chart' },
  otherOrigins: { what: 'requests to any other origin', max: 0 },
});

/** Lighthouse, mobile (simulated slow 4G, 4× CPU): reported by `npm run bench`, never asserted. */
export const TARGETS = {
  runs: 3,
  performance: 100,
  /** TBT at most the floor's plus this many ms. */
  tbtOverFloor: 50,
  /** LCP and FCP at most this many times the floor's. */
  lcpRatio: 1.15,
  fcpRatio: 1.1,
};

/** 12345 → "12.3". @param {number} n */
export const kb = (n) => (n / KB).toFixed(1);

/** `≤ 20 KB`, `≤ 1,000`, `0`. @param {Budget} b */
export const limitOf = (b) => (b.max === 0 ? '0' : `≤ ${b.bytes ? `${b.max / KB} KB` : b.max.toLocaleString('en')}`);

/** The README's "Performance budget" table, in Markdown. */
export function budgetTable() {
  const rows = [
    ['what', 'budget', ''],
    ...Object.values(BUDGETS).map((/** @type {Budget} */ b) => [
      b.what,
      b.note ? `${limitOf(b)} (${b.note})` : limitOf(b),
      'asserted on every build',
    ]),
    ...[
      ['Lighthouse Performance score', `${TARGETS.performance} in every run`],
      ['Total Blocking Time', `≤ the floor's + ${TARGETS.tbtOverFloor} ms`],
      ['Largest Contentful Paint', `≤ ${TARGETS.lcpRatio} × the floor's`],
      ['First Contentful Paint', `≤ ${TARGETS.fcpRatio} × the floor's`],
    ].map(([what, target]) => [what, target, `reported by \`npm run bench\` (Lighthouse, mobile, ${TARGETS.runs} runs)`]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ r) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

if (import.meta.main) console.log(budgetTable());
