// Content cannot inject markup. Hostile strings — script tags, attribute breakouts, a closing </svg>
// inside a chart label, entities, token look-alikes, bidi and zero-width characters, plus strings
// fast-check makes from such pieces — go into every text field of the content at once; the site is
// built from that content; and every page must show each string as text, with no element or
// attribute that the real site does not have.
//
// Why real builds and not Astro's Container API: the pages read the content collections, the
// layouts add head tags, the charts go in through set:html, and the share images, handout and data
// files read the same fields. Rendering components one by one would skip exactly the seams where an
// escape goes missing. A build costs seconds, so there are few runs, each poisoning every field.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../../scripts/lib/page-weight.mjs';
import { CONTENT_FILES } from '../../src/schema';
import { DIST, ROOT } from './dist';
import { BUILD_LIMIT_MS, buildSite, CONCURRENT_BUILDS, settleEach, valueOf } from './fixture-build';

/**
 * Strings an attacker (or a careless paste) might put in a content file. Short, because the share
 * posters refuse content that no longer fits them — a length limit, not an escaping bug.
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x data-pwn>',
  "'><svg onload=alert(1)>",
  '</svg><b data-pwn>破</b>',
  '</text></svg><i data-pwn>',
  '</title><b data-pwn>',
  '</style></script><u data-pwn>',
  '<!-- x --><![CDATA[y]]>',
  '{{f-x}} {{F-X}} {{f_x}}',
  '{ {f-jobs} } {{f-}}',
  '&amp; &lt;b&gt; &#60;i&#62;',
  '" \' ` = < > / \\',
  'javascript:alert(1)',
  '${alert(1)} {alert}',
  '\u202e右到左\u202c\u200b零宽😀𠀀',
  '“引号”‘单引号’&nbsp;',
  '<a href=//evil.example data-pwn>',
  '<style>*{display:none}</style>',
  '  spaces  ',
];
/** Pieces fast-check strings are made of: markup, quotes, entities, braces, CJK, odd code points. */
const PIECES = ['<', '>', '"', "'", '`', '&', '/', '=', '{', '}', '{{', '}}', ' ', '\n', '\t', ';', '#', '!', '-', '?', '\\', '$',
  'a', 'f', 'x', 'script', 'svg', 'img', 'on', 'amp;', 'lt;', '中', '文', '。', '，', '“', '”', '😀', '\u200b', '\u202e', '\u00a0'];
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: fc.constantFrom(...PIECES), minLength: 1, maxLength: 10 }),
);

const TOKEN = /\{\{\s*((?:f|r|h)-[a-z0-9-]+)\s*\}\}/g;
type Entry = Record<string, unknown> & { id: string };
type Content = Record<'paragraphs' | 'figures' | 'rankings' | 'honours' | 'plans' | 'sections' | 'charts' | 'source', Entry[]>;
const KEYS = ['paragraphs', 'figures', 'rankings', 'honours', 'plans', 'sections', 'charts', 'source'] as const;
const FILES = Object.fromEntries(KEYS.map((k) => [k, CONTENT_FILES[k]])) as Record<keyof Content, string>;
const readContent = (): Content =>
  Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, JSON.parse(readFileSync(join(ROOT, 'content', f), 'utf8'))])) as Content;

interface Needle {
  field: string;
  /** The text a page must show: the injected string, as the site presents it. */
  shown: string;
}

/**
 * Puts one hostile string into every text field (each string marked with a unique tag, so that a
 * hit proves that field's string was shown). The content must still pass the content guard:
 * quotes stay verbatim in their paragraph (a poisoned quote is appended to its paragraph), prose
 * keeps its tokens and states no number, a description stays under 160 characters.
 */
function poison(c: Content, payloads: string[]): Needle[] {
  const needles: Needle[] = [];
  let n = 0;
  const take = (field: string, options: { prose?: boolean; shown?: (s: string) => string } = {}) => {
    // Letters only: prose may state no digit.
    const tag = `⟪${String.fromCharCode(97 + Math.floor(n / 676) % 26, 97 + Math.floor(n / 26) % 26, 97 + (n % 26))}⟫`;
    let text = payloads[n++ % payloads.length]!;
    // In prose a number must be a token, and a {{…}} must name a real entry: keep look-alikes only.
    if (options.prose) text = text.replace(/[0-9０-９]/g, '').replace(TOKEN, (m) => m.replace('{{', '{ {'));
    const value = tag + text;
    needles.push({ field, shown: options.shown ? options.shown(value) : value });
    return value;
  };
  const str = (e: Entry, k: string) => e[k] as string;

  // Free-text fields take the hostile string in place of their text, so that labels and titles
  // keep roughly their length (the share posters must still fit); fields the guard ties to other
  // text (paragraphs, quotes, prose with its tokens) take it as a prefix.
  for (const s of c.source) {
    for (const k of ['newspaper', 'kicker', 'headline', 'byline', 'published', 'photoCredit', 'photoNote']) s[k] = take(`source.${k}`);
  }
  // Every block of the article but the headline, which the pages take from source.headline.
  for (const p of c.paragraphs) if (p.kind !== 'headline') p.text = take(`paragraphs ${p.id}.text`) + str(p, 'text');
  const paragraph = new Map(c.paragraphs.map((p) => [p.id, p]));
  /** A new quote for `e`: a hostile prefix on its old quote, appended verbatim to its paragraph. */
  const requote = (file: string, e: Entry, quote = str(e, 'quote')) => {
    const q = take(`${file} ${e.id}.quote`) + quote;
    const p = paragraph.get(str(e, 'paragraph'))!;
    p.text = `${str(p, 'text')}${q}`;
    e.quote = q;
  };
  for (const f of c.figures) {
    f.label = take(`figures ${f.id}.label`);
    requote('figures', f);
  }
  for (const r of c.rankings) {
    r.indicator = take(`rankings ${r.id}.indicator`);
    r.label = take(`rankings ${r.id}.label`);
    requote('rankings', r);
  }
  for (const h of c.honours) {
    const title = str(h, 'title');
    // The site sets a title in quotation marks and turns quotes inside it into single ones.
    h.title = take(`honours ${h.id}.title`, { shown: (s) => s.replace(/“/g, '‘').replace(/”/g, '’') });
    h.holder = take(`honours ${h.id}.holder`);
    requote('honours', h, str(h, 'quote').replace(title, str(h, 'title')));
  }
  for (const p of c.plans) {
    p.title = take(`plans ${p.id}.title`);
    p.summary = take(`plans ${p.id}.summary`);
    p.projects = (p.projects as string[]).map((_, i) => take(`plans ${p.id}.projects[${i}]`));
    requote('plans', p);
  }
  for (const s of c.sections) {
    s.heading = take(`sections ${s.id}.heading`);
    s.point = take(`sections ${s.id}.point`);
    s.description = take(`sections ${s.id}.description`);
    s.prose = (s.prose as string[]).map((t, i) => take(`sections ${s.id}.prose[${i}]`, { prose: true }) + t + take(`sections ${s.id}.prose[${i}] (end)`, { prose: true }));
  }
  for (const ch of c.charts) {
    ch.title = take(`charts ${ch.id}.title`);
    ch.question = take(`charts ${ch.id}.question`);
    ch.notes = (ch.notes as string[]).map((_, i) => take(`charts ${ch.id}.notes[${i}]`));
    ch.steps = (ch.steps as string[]).map((t, i) => take(`charts ${ch.id}.steps[${i}]`, { prose: true }) + t);
  }
  return needles;
}

mkdirSync(join(ROOT, '.build'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.build', 'injection-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
async function buildWith(content: Content): Promise<{ dist: string; output: string; status: number | null }> {
  const dir = join(scratch, `run-${++runs}`);
  const contentDir = join(dir, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  for (const [k, file] of Object.entries(FILES)) writeFileSync(join(contentDir, file), JSON.stringify(content[k as keyof Content], null, 2));
  // The repair log rebuilds the original article, which these paragraphs no longer are.
  writeFileSync(join(contentDir, 'article/repairs.json'), '[]');
  const dist = join(dir, 'dist');
  const run = await buildSite({ content: contentDir, dist, cache: join(dir, 'cache') });
  return { dist, output: run.output, status: run.status };
}

/** Every tag and attribute name the real site uses: a poisoned build may use no other. */
function vocabulary(dist: string) {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const path of htmlPages(dist)) {
    const { document } = parseHTML(readFileSync(fileFor(dist, path)!, 'utf8'));
    for (const el of document.querySelectorAll('*')) {
      tags.add(el.localName);
      for (const a of el.attributes) attributes.add(a.name);
    }
  }
  return { tags, attributes };
}
const baseline = vocabulary(DIST);
const squash = (s: string) => s.replace(/\s+/g, ' ');

function check(dist: string, needles: Needle[]) {
  const injected: string[] = [];
  let text = '';
  let attributes = '';
  for (const path of htmlPages(dist)) {
    const { document } = parseHTML(readFileSync(fileFor(dist, path)!, 'utf8'));
    for (const el of document.querySelectorAll('*')) {
      if (!baseline.tags.has(el.localName)) injected.push(`${path}: <${el.localName}> element`);
      for (const a of el.attributes) {
        if (!baseline.attributes.has(a.name)) injected.push(`${path}: <${el.localName} ${a.name}> attribute`);
        attributes += `\n${squash(a.value)}`;
      }
      if (el.localName === 'script' && /alert/.test(el.textContent ?? '')) injected.push(`${path}: a script runs alert()`);
      if (el.localName === 'style' && /display:none/.test(el.textContent ?? '')) injected.push(`${path}: an injected <style>`);
    }
    text += `\n${squash(document.documentElement.textContent ?? '')}`;
  }
  expect(injected, 'markup from the content got into the page').toEqual([]);
  // Each string shows whole: as text, or as an attribute's value (a page description, a link's
  // title). A string that broke out of its attribute would show neither way, and its pieces
  // would be new attributes, which the check above catches.
  const onPages = needles.filter((n) => !n.field.endsWith('.indicator'));
  const missing = onPages.filter((n) => !text.includes(squash(n.shown)) && !attributes.includes(squash(n.shown)));
  expect(missing.map((n) => `${n.field}: ${JSON.stringify(n.shown)}`), 'strings not shown whole on any page').toEqual([]);

  // The data files carry the same strings unharmed: the CSV still parses, field for field (a
  // ranking's indicator, which no page shows, is checked here).
  const rows = (file: string) => csvParse(readFileSync(join(dist, 'data', file), 'utf8').replace(/^\uFEFF/, ''));
  const figures = rows('figures.csv');
  const rankings = rows('rankings.csv');
  for (const n of needles) {
    const [file, rest] = n.field.split(' ');
    const [id, column] = (rest ?? '').split('.');
    const table = file === 'figures' ? figures : file === 'rankings' ? rankings : null;
    if (!table || !column || !(column in table[0]!)) continue;
    // Quotes carry the string as a prefix; labels and indicators are the string itself.
    expect(table.find((row) => row.id === id)?.[column]?.startsWith(n.shown), n.field).toBe(true);
  }
}

describe('hostile strings in every text field of the content', () => {
  // fc.assert would build one poisoned site after another. The same inputs (fc.sample draws exactly
  // what fc.assert would, seed for seed) are built side by side instead, then checked in order.
  const seed = Number(process.env.FC_SEED ?? 20201231);
  // The first run uses every listed string; each run is a full build, so few runs and no shrinking.
  const inputs = fc
    .sample(fc.property(fc.array(hostile, { minLength: 40, maxLength: 40 }), () => true), { numRuns: 3, examples: [[HOSTILE]], seed })
    .map((args) => (args as [string[]])[0]);

  it('show as text, never as markup, on every page (real builds: the listed strings, then fast-check strings)', async () => {
    const original = readContent();
    const poisoned = inputs.map((payloads) => {
      const content = structuredClone(original);
      return { payloads, content, needles: poison(content, payloads) };
    });
    const builds = await settleEach(poisoned, CONCURRENT_BUILDS, ({ content }) => buildWith(content));
    poisoned.forEach(({ payloads, needles }, i) => {
      const which = `run ${i + 1} of ${poisoned.length} (FC_SEED=${seed}), payloads ${JSON.stringify(payloads)}`;
      const { dist, output, status } = valueOf(builds[i]);
      expect(status, `${which}: the poisoned content should still build:\n${output.slice(-4000)}`).toBe(0);
      try {
        check(dist, needles);
      } catch (error) {
        if (error instanceof Error) error.message = `${which}\n${error.message}`;
        throw error;
      }
    });
  }, Math.ceil(inputs.length / CONCURRENT_BUILDS) * BUILD_LIMIT_MS + 60_000);

  it('the check itself fails on a string that went in as markup, and passes when it went in as text', () => {
    const copy = join(scratch, 'self-test');
    cpSync(DIST, copy, { recursive: true });
    const story = join(copy, 'index.html');
    const html = readFileSync(story, 'utf8');
    const needle = { field: 'sections shudu.heading', shown: '⟪zzz⟫"><img src=x data-pwn>' };
    writeFileSync(story, html.replace('</main>', '<p>⟪zzz⟫&quot;&gt;&lt;img src=x data-pwn&gt;</p></main>'));
    expect(() => check(copy, [needle])).not.toThrow();
    writeFileSync(story, html.replace('</main>', '<p>⟪zzz⟫"><img src=x data-pwn></p></main>'));
    expect(() => check(copy, [needle])).toThrow(/markup from the content/);
  });
});
