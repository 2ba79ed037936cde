// Read the built site as a fact-checker reads it: every link to 原文 lands on words that state the
// linked figure and the indicator around the link; no 2021 target or plan stands under a 2020
// label; a 2020 result in a 2021 section says 2020; every result is credited to what the article
// credits it to; every text the site writes is the text that was fact-checked; every 2021
// commitment the article makes is on the site. These checks read pages and the content files,
// not the code that renders them, so they catch the same mistakes whichever code would make them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/page-weight.mjs';
import { DIST, page, ROOT, text } from './dist';

/** The 2021 sections; the others are about 2020. */
const SECTIONS_2021 = ['gaige', 'chanye', 'chengxiang', 'minsheng'];
const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', ...SECTIONS_2021];
const PAGES = ['/404.html', '/changes/', '/data/', '/handout/', '/', ...SECTIONS.map((s) => `/s/${s}/`), '/yuanwen/'];
/** The pages that link figures to 原文: the story, the handout and every section page. */
const LINKING = ['/', '/handout/', ...SECTIONS.map((s) => `/s/${s}/`)];

/** The content files as written, for what an entry is (its label, quote, paragraph, phase). */
interface Entry {
  id: string;
  label?: string;
  title?: string;
  paragraph: string;
  quote: string;
  phase: 'result' | 'target' | 'plan';
  collective?: string | null;
}
const json = <T>(file: string): T => JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as T;
interface ChartFile {
  id: string;
  section: string;
  bars?: string[];
  whole?: string;
  part?: string;
  rankings?: string[];
  pairs?: Array<{ target: string; before: string | null }>;
}
let files: { entries: Map<string, Entry>; paragraphSection: Map<string, string | null>; chartEntries: Map<string, string[]> } | undefined;
/** Read on first use inside a test, so that a broken file fails the tests that read it. */
function content() {
  files ??= {
    entries: new Map(
      [...json<Entry[]>('figures.json'), ...json<Entry[]>('rankings.json'), ...json<Entry[]>('honours.json')].map((e) => [e.id, e]),
    ),
    paragraphSection: new Map(json<Array<{ id: string; section: string | null }>>('article/paragraphs.json').map((p) => [p.id, p.section])),
    // Every entry a chart's roles name, as content/charts.json lists them.
    chartEntries: new Map(
      json<ChartFile[]>('charts.json').map((c) => [
        c.id,
        [
          ...(c.bars ?? []),
          ...[c.whole, c.part].filter((id): id is string => !!id),
          ...(c.rankings ?? []),
          ...(c.pairs ?? []).flatMap((p) => [p.target, ...(p.before ? [p.before] : [])]),
        ],
      ]),
    ),
  };
  return files;
}
const audit = () => json<Array<{ at: string; text: string }>>('audit.json');

/** The characters that carry meaning, with the one word swap labels may make (增速 for 增长). */
const chars = (s: string) => new Set([...s.replace(/增速/g, '增长')].filter((c) => /[\p{L}\p{N}]/u.test(c)));
const ENTRY_ID = /^[fhr]-/;
const targetOf = (a: Element) => decodeURIComponent(a.getAttribute('href')!.slice('/yuanwen/#'.length));

/** The text of a link's block up to the end of the link's clause, as a reader reads it. */
function clauseAround(link: Element): string {
  const block = link.closest('p, li, h1, h2, h3, td, th, figcaption') ?? link.parentElement!;
  const all = block.textContent ?? '';
  let before = '';
  const walk = (n: Node): boolean => {
    if (n === link) return true;
    if (n.nodeType === 3) before += n.textContent ?? '';
    for (const c of Array.from(n.childNodes)) if (walk(c)) return true;
    return false;
  };
  walk(block);
  const after = all.slice(before.length + (link.textContent ?? '').length);
  const end = after.search(/[，。；：！？]/);
  return before.slice(before.search(/[^。！？；]*$/)) + (link.textContent ?? '') + (end < 0 ? after : after.slice(0, end));
}

describe('the built site', () => {
  it('has the pages these checks read, and no others', () => {
    expect([...htmlPages(DIST)].sort()).toEqual([...PAGES].sort());
  });
});

describe('every link to 原文 lands on the words that state it, with its indicator', () => {
  it.each(PAGES)('%s', (path) => {
    const d = page(path);
    const yuanwen = page('/yuanwen/');
    const { entries } = content();
    const links = [...d.querySelectorAll('a[href^="/yuanwen/#"]')];
    expect(links.length > 0, 'links to 原文 on this page').toBe(LINKING.includes(path));
    const problems: string[] = [];
    for (const a of links) {
      const id = targetOf(a);
      const target = yuanwen.getElementById(id);
      if (!target) {
        problems.push(`${text(a)} → #${id}: no such anchor on 原文`);
        continue;
      }
      // A link names the entries it shows (data-ref), or is one entry's own link, or a paragraph's.
      const refs = (a.getAttribute('data-ref') ?? '').split(/\s+/).filter(Boolean);
      const inText = refs.length > 0;
      if (!inText && ENTRY_ID.test(id)) refs.push(id);
      if (refs.length === 0) {
        if (!target.classList.contains('block')) problems.push(`${text(a)} → #${id}: neither an entry's words nor a paragraph`);
        continue;
      }
      // The link's target is the first entry's own words, inside the paragraph that states every entry it names.
      const paragraph = target.closest('.block');
      for (const ref of refs) {
        const e = entries.get(ref);
        if (!e) {
          problems.push(`${text(a)}: ${ref} names nothing in the content`);
          continue;
        }
        if (paragraph?.id !== e.paragraph)
          problems.push(`${text(a)} (${ref}) → #${id}, in ${paragraph?.id}, but ${ref} is stated in ${e.paragraph}`);
        if (!(paragraph?.textContent ?? '').includes(e.quote))
          problems.push(`${text(a)} (${ref}): ${paragraph?.id} does not hold "${e.quote}"`);
        // The words around the link name what the linked entry measures (or the article's own
        // collective name for it): in running text its clause, in a table its row, in a tile the tile.
        const words = a.closest('tr, .tile, .keyfig')?.textContent ?? clauseAround(a);
        const around = chars(words);
        const label = e.label ?? e.title ?? '';
        const missing = [...chars(label)].filter((c) => !around.has(c));
        const collective = !!e.collective && words.includes(e.collective);
        if (missing.length && !collective && !ref.startsWith('h-'))
          problems.push(`${text(a)} (${ref}, ${label}) stands in "${words.trim()}", which does not say "${missing.join('')}"`);
      }
      // In running text a link is the entry's words exactly; elsewhere (a tile, a table row) it holds them.
      const marked = text(target.closest('.ref'));
      if (refs.length === 1 && (inText ? marked !== text(a) : !text(a).includes(marked)))
        problems.push(`${text(a)} → #${id}, whose marked words are "${marked}"`);
    }
    expect(problems).toEqual([]);
  });
});

/** The entries a chart figure or a section shows, from what the page says it shows. */
function entriesIn(el: Element): Entry[] {
  const ids = new Set<string>();
  for (const a of el.querySelectorAll('[data-ref]')) for (const id of a.getAttribute('data-ref')!.split(/\s+/)) ids.add(id);
  for (const a of el.querySelectorAll('a[href^="/yuanwen/#"]')) if (ENTRY_ID.test(targetOf(a))) ids.add(targetOf(a));
  for (const g of el.querySelectorAll('g.datum[data-key]')) ids.add(g.getAttribute('data-key')!);
  for (const fig of [el, ...el.querySelectorAll('[data-chart]')]) {
    const chart = fig.getAttribute('data-chart');
    if (chart) for (const id of content().chartEntries.get(chart) ?? [`(no chart ${chart} in charts.json)`]) ids.add(id);
  }
  const unknown = [...ids].filter((id) => !content().entries.has(id));
  expect(unknown, 'ids the page names that are no entry of the content').toEqual([]);
  return [...ids].map((id) => content().entries.get(id)!);
}

describe('no 2021 target or plan stands under a 2020 label', () => {
  /**
   * How many captions or source lines say 数据为2020年 on each page (none on the others): on the
   * story and the section pages, the source line that ends each 2020 section; on the handout, the
   * captions of its three 2020 charts.
   */
  const LABELLED: Record<string, number> = {
    '/': 4,
    '/handout/': 3,
    '/s/shudu/': 1,
    '/s/jichu/': 1,
    '/s/dongneng/': 1,
    '/s/dise/': 1,
  };

  /** What a caption or source line labels: its chart, its section (on a section's page, the page's article), its sheet. */
  const LABELLED_BY = 'figure, section, article[data-section], .sheet, .promises';

  it.each(PAGES)('%s: every caption or source line that says 数据为2020年 covers 2020 results only', (path) => {
    const d = page(path);
    const problems: string[] = [];
    let labels = 0;
    for (const el of d.querySelectorAll(LABELLED_BY)) {
      // A chart's caption labels its chart; a section's closing source line (p.source) labels the whole section.
      const own = [...el.querySelectorAll('figcaption, .hnote, .chart__caption, .hchart__caption, .source')].filter(
        (c) => c.closest(LABELLED_BY) === el && (c.textContent ?? '').includes('数据为2020年'),
      );
      if (own.length === 0) continue;
      labels += own.length;
      const shown = entriesIn(el);
      if (shown.length === 0) problems.push(`${el.getAttribute('id') ?? el.localName}: 数据为2020年 over no entry this check can see`);
      const later = shown.filter((e) => e.phase !== 'result');
      if (later.length)
        problems.push(
          `${el.getAttribute('id') ?? el.localName}: "${text(own[0]).slice(0, 40)}…" stands over ${later.map((e) => `${e.id} (${e.phase})`).join(', ')}`,
        );
    }
    expect(labels, 'captions and source lines that say 数据为2020年').toBe(LABELLED[path] ?? 0);
    expect(problems).toEqual([]);
  });

  it.each(PAGES)('%s: every 2020 result shown in a 2021 section says 2020年 where it stands', (path) => {
    const d = page(path);
    const { entries, paragraphSection } = content();
    const expected = path === '/' || path === '/handout/' ? SECTIONS_2021 : SECTIONS_2021.filter((s) => path === `/s/${s}/`);
    const found = SECTIONS_2021.filter((s) => d.querySelector(`[data-section="${s}"], .hsec#${s}, section#${s}`));
    expect(found, 'the 2021 sections on this page').toEqual(expected);
    const problems: string[] = [];
    for (const s of found) {
      const el = d.querySelector(`[data-section="${s}"], .hsec#${s}, section#${s}`)!;
      // A link to 原文 names what it shows: an entry's own words, or a paragraph of the article.
      for (const a of el.querySelectorAll('a[href^="/yuanwen/#"]')) {
        const id = targetOf(a);
        const paragraph = entries.get(id)?.paragraph ?? id;
        if (SECTIONS_2021.includes(paragraphSection.get(paragraph) ?? '') || !paragraphSection.get(paragraph)) continue;
        const block = a.closest('p, li, tr, h1, h2, h3') ?? a;
        if (!(block.textContent ?? '').includes('2020年'))
          problems.push(`${s}: "${text(block).slice(0, 40)}" shows a 2020 result (${id}) without 2020年`);
      }
      for (const fig of el.querySelectorAll('[data-chart]')) {
        const results = entriesIn(fig).filter((e) => e.phase === 'result');
        if (results.length && !(fig.querySelector('svg')?.textContent ?? '').includes('2020年'))
          problems.push(
            `${s}: chart ${fig.getAttribute('data-chart')} draws 2020 results (${results.map((e) => e.id).join(', ')}) without saying 2020年`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('the 2021 chart that sets 2020’s count beside 2021’s targets says 2020年 in its drawing', () => {
    const svg = page('/').querySelector('section#gaige [data-chart="targets"] svg');
    expect(svg).not.toBeNull();
    expect(text(svg)).toContain('2020年跻身高新技术企业行列8户');
  });
});

describe('each result is credited to what the article credits it to', () => {
  /** The pages that print 近7000户. */
  const NEAR_7000 = ['/', '/handout/', '/s/dise/', '/yuanwen/'];

  it.each(PAGES)('%s: wherever 近7000户 stands, the words around it credit 老旧小区 and 管网 together', (path) => {
    const d = page(path);
    const problems: string[] = [];
    let found = 0;
    for (const el of d.querySelectorAll('p, li, h1, h2, h3, .tile, .keyfig, g.datum, td, th')) {
      if (el.querySelector('p, li, .tile, .keyfig, g.datum')) continue;
      if (!(el.textContent ?? '').includes('近7000户')) continue;
      found++;
      const row = el.closest('tr, .tile, .keyfig, g.datum, p, li') ?? el;
      const around = row.textContent ?? '';
      if (!around.includes('老旧小区') || !around.includes('管网')) problems.push(`"${(row.textContent ?? '').trim().slice(0, 50)}"`);
    }
    expect(found > 0, '近7000户 on this page').toBe(NEAR_7000.includes(path));
    expect(problems).toEqual([]);
  });

  it.each(PAGES)('%s: 全省蔬菜生产大王 is never an honour: it is what the 9万亩 park produced', (path) => {
    const d = page(path);
    for (const el of d.querySelectorAll('a[data-ref^="h-"]')) expect(text(el)).not.toContain('蔬菜生产大王');
    const saying = [...d.querySelectorAll('p, li')].filter(
      (p) => (p.textContent ?? '').includes('全省蔬菜生产大王') && !p.querySelector('p, li'),
    );
    for (const p of saying) expect(text(p)).toContain('9万亩果蔬种植园区诞生了全省蔬菜生产大王');
    expect(saying.length > 0, 'a paragraph that says 全省蔬菜生产大王').toBe(
      ['/', '/handout/', '/s/dongneng/', '/yuanwen/'].includes(path),
    );
  });
});

describe('the rankings chart reads no place as last', () => {
  it.each(['/', '/s/shudu/', '/handout/'])(
    '%s: a ranked list, one row per place as printed with its scope, widest scope first, each ranking under its own place; there is no place axis',
    (path) => {
      const svg = page(path).querySelector('[data-chart="rankings"] svg');
      expect(svg).not.toBeNull();
      // Every place printed in the drawing: a place of its own row (g.place), never inside a ranking's datum.
      const places = [...svg!.querySelectorAll('text')].filter((t) =>
        /^(全国|全省|牡丹江市)?(第[一二三四五六七八九十]+名?|首位)$/.test(t.textContent ?? ''),
      );
      expect(places.map((t) => t.textContent)).toEqual(['全国第三', '全省第一', '全省第二名', '牡丹江市首位', '牡丹江市第一名']);
      for (const t of places) {
        expect(t.closest('g.place'), t.textContent ?? '').not.toBeNull();
        expect(t.closest('g.datum'), t.textContent ?? '').toBeNull();
      }
      // Read top to bottom: each ranking's indicator (g.datum) stands under the place it holds.
      const rows: Array<[string, string[]]> = [];
      for (const g of svg!.querySelectorAll('g.place, g.datum')) {
        if (g.matches('g.place')) rows.push([text(g), []]);
        else rows.at(-1)?.[1].push(g.getAttribute('data-key') ?? '(no data-key)');
      }
      expect(rows).toEqual([
        ['全国第三', ['r-ecology-national']],
        ['全省第一', ['r-signed-projects-province', 'r-ecology-province']],
        ['全省第二名', ['r-poverty-province']],
        ['牡丹江市首位', ['r-gdp-growth-city', 'r-industry-growth-city', 'r-revenue-growth-city', 'r-investment-city']],
        ['牡丹江市第一名', ['r-big-projects-count-city', 'r-big-projects-investment-city']],
      ]);
      expect(svg!.querySelectorAll('g.datum')).toHaveLength(10);
      expect(svg!.querySelectorAll('.t-axis'), 'an axis').toHaveLength(0);
    },
  );
});

describe('every text the site writes is the text that was fact-checked', () => {
  it('each line of content/audit.json stands word for word on its section’s page', () => {
    const charts = new Map(json<Array<{ id: string; section: string }>>('charts.json').map((c) => [c.id, c.section]));
    const plans = new Map(json<Array<{ id: string; section: string }>>('plans.json').map((p) => [p.id, p.section]));
    const lines = audit();
    expect(lines).toHaveLength(66);
    const missing: string[] = [];
    for (const { at, text: words } of lines) {
      const [kind, id] = at.split('/') as [string, string];
      const section = kind === 'sections' ? id : kind === 'charts' ? charts.get(id) : plans.get(id);
      if (!text(page(`/s/${section}/`).querySelector('main')).includes(words.replace(/\s+/g, ''))) missing.push(`${at} on /s/${section}/`);
    }
    expect(missing).toEqual([]);
  });
});

describe('every 2021 commitment the article makes is on the site', () => {
  /** The plans' fact-checked sentences, in the order content/plans.json gives them. */
  const plans = () => {
    const order = new Map(json<Array<{ id: string; order: number; section: string }>>('plans.json').map((p) => [p.id, p]));
    const lines = audit()
      .filter((a) => a.at.startsWith('plans/'))
      .map((a) => ({ ...a, id: a.at.split('/')[1]!, plan: order.get(a.at.split('/')[1]!) }));
    expect(lines.map((l) => l.at)).toEqual(lines.map((l) => `plans/${l.id}/text`));
    return lines.sort((a, b) => (a.plan?.order ?? -1) - (b.plan?.order ?? -1));
  };

  it('/ states every one of the 23 plans in full, as fact-checked, one item each in its own section’s list', () => {
    const d = page('/');
    const all = plans();
    expect(all).toHaveLength(23);
    for (const { at, id, text: words, plan } of all) {
      const item = d.querySelector(`section#${plan?.section} ul.plans > li.plan#${id}`);
      expect(item, at).not.toBeNull();
      // The item is the sentence, then the link to its paragraph on 原文.
      const src = item!.querySelector('a.src');
      expect(text(src), at).toBe('原文');
      expect(text(item).slice(0, -text(src).length), at).toBe(words.replace(/\s+/g, ''));
    }
    expect(d.querySelectorAll('li.plan')).toHaveLength(23);
  });

  it('/handout/ states every one of the 23 plans in full, as fact-checked, in their order', () => {
    const items = [...page('/handout/').querySelectorAll('ul.hplans > li')];
    const all = plans();
    expect(all).toHaveLength(23);
    expect(items.map((li) => text(li))).toEqual(all.map((p) => p.text.replace(/\s+/g, '')));
  });

  it.each(['/', '/handout/'])(
    '%s holds every sentence of the article’s 2021 part, word for word, in its own section: the plans and the sections’ prose',
    (path) => {
      const d = page(path);
      const paragraphs = json<Array<{ id: string; kind: string; section: string | null; text: string }>>('article/paragraphs.json').filter(
        (p) => p.kind === 'paragraph' && SECTIONS_2021.includes(p.section ?? ''),
      );
      expect(paragraphs).toHaveLength(18);
      const missing: string[] = [];
      let sentences = 0;
      for (const p of paragraphs) {
        const section = text(d.querySelector(`[data-section="${p.section}"]`));
        // A sentence ends at 。 or ；, as the article punctuates its plans (quotes closed after it stay with it).
        for (const sentence of p.text.match(/[^。；]+[。；]”?|[^。；]+$/g) ?? []) {
          sentences++;
          if (!section.includes(sentence.replace(/\s+/g, ''))) missing.push(`${p.id}: ${sentence}`);
        }
      }
      expect(sentences).toBe(42);
      expect(missing).toEqual([]);
    },
  );

  it('including the ones once left out: 旅发大会兴城之战, the road goals, and the aim of a national innovative county', () => {
    const body = text(page('/').querySelector('main'));
    for (const words of [
      '坚决打好打赢全省旅发大会兴城之战',
      '马桥河至绥芬河段完成前期工作',
      '共和乡至牡丹峰公路建设取得实质性进展',
      '坚定不移地打造国家创新型县(市)',
    ]) {
      expect(body).toContain(words);
    }
  });
});

describe('estimates keep 预计 wherever they are ranked or shown large', () => {
  // Where 11.0% (an estimate) is shown large on each page: the lede's tiles (the story), key figures
  // (the handout only), the growth chart's bar and the rankings chart's row of 牡丹江市首位.
  const LARGE = [
    { path: '/', tiles: 1, keyfigs: 0, growth: true, rankings: true },
    { path: '/s/shudu/', tiles: 0, keyfigs: 0, growth: false, rankings: true },
    { path: '/s/jichu/', tiles: 0, keyfigs: 0, growth: true, rankings: false },
    { path: '/handout/', tiles: 0, keyfigs: 1, growth: true, rankings: true },
  ];
  it.each(LARGE)('$path', ({ path, tiles, keyfigs, growth, rankings }) => {
    const d = page(path);
    const withEstimate = (selector: string) => [...d.querySelectorAll(selector)].filter((el) => text(el).includes('11.0%'));
    expect(withEstimate('.tile')).toHaveLength(tiles);
    for (const tile of withEstimate('.tile')) expect(text(tile)).toContain('预计');
    expect(withEstimate('.keyfig')).toHaveLength(keyfigs);
    for (const key of withEstimate('.keyfig')) expect(text(key)).toContain('预计');
    const bar = d.querySelector('[data-chart="growth"] g.datum[data-key="f-gdp-growth"]');
    expect(bar ? text(bar) : 'no growth chart').toBe(growth ? '地区生产总值增长11.0%（预计）' : 'no growth chart');
    const ranked = d.querySelector('[data-chart="rankings"] g.datum[data-key="r-gdp-growth-city"]');
    expect(ranked ? text(ranked) : 'no rankings chart').toBe(rankings ? '地区生产总值增长（预计）' : 'no rankings chart');
  });
});
