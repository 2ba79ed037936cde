// Read the built site as a fact-checker reads it: every link to 原文 lands on words that state the
// linked figure and the indicator around the link; no 2021 target or plan stands under a 2020
// label; a 2020 result in a 2021 section says 2020; every result is credited to what the article
// credits it to; every 2021 commitment the article makes is on the site. These checks read pages,
// not code, so they catch the same mistakes whichever code would make them.
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/page-weight.mjs';
import { isRanking, labelOf, printedText, renderPlain, type Entry } from '../../src/schema';
import { chartEntries } from '../../src/charts';
import { realContent } from '../content';
import { DIST, page, text } from './dist';

const { story } = realContent();
const { lookup } = story;
const pages = htmlPages(DIST).filter((p: string) => !p.startsWith('/data/') || p === '/data/');
const yuanwen = page('/yuanwen/');
const entryOf = (id: string): Entry | undefined => lookup.entryOrUndefined(id);
/** The characters that carry meaning, with the one word swap labels may make (增速 for 增长). */
const chars = (s: string) => new Set([...s.replace(/增速/g, '增长')].filter((c) => /[\p{L}\p{N}]/u.test(c)));

/** The text of a link's block up to the end of the link's clause, as a reader reads it. */
function clauseAround(link: Element): string {
  const block = link.closest('p, li, h1, h2, h3, td, th, figcaption') ?? link.parentElement!;
  const all = block.textContent ?? '';
  const before = (() => {
    let t = '';
    const walk = (n: Node): boolean => {
      if (n === link) return true;
      if (n.nodeType === 3) t += n.textContent ?? '';
      for (const c of Array.from(n.childNodes)) if (walk(c)) return true;
      return false;
    };
    walk(block);
    return t;
  })();
  const after = all.slice(before.length + (link.textContent ?? '').length);
  const end = after.search(/[，。；：！？]/);
  return before.slice(before.search(/[^。！？；]*$/)) + (link.textContent ?? '') + (end < 0 ? after : after.slice(0, end));
}

describe('every link to 原文 lands on the words that state it, with its indicator', () => {
  it.each(pages)('%s', (path) => {
    const d = page(path);
    const problems: string[] = [];
    for (const a of d.querySelectorAll('a[href^="/yuanwen/#"]')) {
      const id = decodeURIComponent(a.getAttribute('href')!.slice('/yuanwen/#'.length));
      const target = yuanwen.getElementById(id);
      if (!target) {
        problems.push(`${text(a)} → #${id}: no such anchor on 原文`);
        continue;
      }
      const refs = (a.getAttribute('data-ref') ?? '').split(/\s+/).filter(Boolean);
      if (refs.length === 0) continue;
      // The link's target is the first entry's own words, inside the paragraph that states every entry it names.
      const paragraph = target.closest('.block');
      for (const ref of refs) {
        const e = entryOf(ref);
        if (!e) {
          problems.push(`${text(a)}: data-ref ${ref} names nothing in the content`);
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
        const missing = [...chars(labelOf(e))].filter((c) => !around.has(c));
        const collective = isRanking(e) && e.collective && words.includes(e.collective);
        if (missing.length && !collective && !ref.startsWith('h-'))
          problems.push(`${text(a)} (${ref}, ${labelOf(e)}) stands in "${words.trim()}", which does not say "${missing.join('')}"`);
      }
      if (refs.length === 1 && text(target.closest('.ref')) !== text(a))
        problems.push(`${text(a)} → #${id}, whose marked words are "${text(target.closest('.ref'))}"`);
    }
    expect(problems).toEqual([]);
  });
});

/** The entries a chart figure or a section shows, from what the page says it shows. */
function entriesIn(el: Element): Entry[] {
  const ids = new Set<string>();
  for (const a of el.querySelectorAll('[data-ref]')) for (const id of a.getAttribute('data-ref')!.split(/\s+/)) ids.add(id);
  for (const fig of [el, ...el.querySelectorAll('[data-chart]')]) {
    const chart = fig.getAttribute('data-chart');
    if (chart) for (const e of chartEntries(lookup.chart(chart), lookup)) ids.add(e.id);
  }
  return [...ids].map(entryOf).filter((e): e is Entry => !!e);
}

describe('no 2021 target or plan stands under a 2020 label', () => {
  const surfaces = [...pages, '/handout/'];
  it.each(surfaces)('%s: every caption or source line that says 数据为2020年 covers 2020 results only', (path) => {
    const d = page(path);
    const problems: string[] = [];
    for (const el of d.querySelectorAll('figure, section, .sheet, .promises')) {
      const own = [...el.querySelectorAll('figcaption, .hnote, .chart__caption, .hchart__caption')].filter(
        (c) => c.closest('figure, section, .sheet, .promises') === el,
      );
      for (const caption of own) {
        if (!(caption.textContent ?? '').includes('数据为2020年')) continue;
        const later = entriesIn(el).filter((e) => e.phase !== 'result');
        if (later.length)
          problems.push(
            `${el.getAttribute('id') ?? el.localName}: "${text(caption).slice(0, 40)}…" stands over ${later.map((e) => `${e.id} (${e.phase})`).join(', ')}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(surfaces)('%s: every 2020 result shown in a 2021 section says 2020年 where it stands', (path) => {
    const d = page(path);
    const problems: string[] = [];
    const yearOfParagraph = (id: string) => {
      const p = story.paragraphs.find((x) => x.id === id);
      return p?.section ? lookup.section(p.section).year : null;
    };
    for (const s of story.sections.filter((x) => x.year === 2021)) {
      const el = d.querySelector(`[data-section="${s.id}"], .hsec#${s.id}, section#${s.id}`);
      if (!el) continue;
      // A link to 原文 names what it shows: an entry's own words, or a paragraph of the article.
      for (const a of el.querySelectorAll('a[href^="/yuanwen/#"]')) {
        const id = decodeURIComponent(a.getAttribute('href')!.slice('/yuanwen/#'.length));
        const paragraph = entryOf(id)?.paragraph ?? id;
        if (yearOfParagraph(paragraph) !== 2020) continue;
        const block = a.closest('p, li, tr, h1, h2, h3') ?? a;
        if (!(block.textContent ?? '').includes('2020年'))
          problems.push(`${s.id}: "${text(block).slice(0, 40)}" shows a 2020 result (${id}) without 2020年`);
      }
      for (const fig of el.querySelectorAll('[data-chart]')) {
        const chart = lookup.chart(fig.getAttribute('data-chart')!);
        if (
          chartEntries(chart, lookup).some((e) => e.phase === 'result') &&
          !(fig.querySelector('svg')?.textContent ?? '').includes('2020年')
        ) {
          problems.push(`${s.id}: chart ${chart.id} draws 2020 results without saying 2020年`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('each result is credited to what the article credits it to', () => {
  it.each([...pages, '/handout/'])('%s: wherever 近7000户 stands, the words around it credit 老旧小区 and 管网 together', (path) => {
    const d = page(path);
    const problems: string[] = [];
    for (const el of d.querySelectorAll('p, li, h1, h2, h3, .tile, .keyfig, g.datum, td, th')) {
      if (el.querySelector('p, li, .tile, .keyfig, g.datum')) continue;
      if (!(el.textContent ?? '').includes('近7000户')) continue;
      const row = el.closest('tr, .tile, .keyfig, g.datum, p, li') ?? el;
      const around = row.textContent ?? '';
      if (!around.includes('老旧小区') || !around.includes('管网')) problems.push(`"${(row.textContent ?? '').trim().slice(0, 50)}"`);
    }
    expect(problems).toEqual([]);
  });

  it('no page presents 全省蔬菜生产大王 as an honour: it is what the 9万亩 park produced', () => {
    for (const path of [...pages, '/handout/']) {
      const d = page(path);
      for (const el of d.querySelectorAll('a[data-ref^="h-"]')) expect(text(el), path).not.toContain('蔬菜生产大王');
      for (const p of d.querySelectorAll('p, li')) {
        if ((p.textContent ?? '').includes('全省蔬菜生产大王') && !p.querySelector('p, li'))
          expect(p.textContent, path).toContain('诞生了全省蔬菜生产大王');
      }
    }
  });
});

describe('the rankings chart reads no place as last', () => {
  it.each(['/', '/s/shudu/', '/handout/'])("%s: every place printed is a ranking's own badge; there is no place axis", (path) => {
    const svg = page(path).querySelector('[data-chart="rankings"] svg');
    expect(svg).not.toBeNull();
    const places = [...svg!.querySelectorAll('text')].filter((t) => /^(第[一二三四五六七八九十]+名?|首位)$/.test(t.textContent ?? ''));
    expect(places.length).toBe(story.rankings.length);
    for (const t of places) expect(t.closest('g.datum'), t.textContent ?? '').not.toBeNull();
  });
});

describe('every 2021 commitment the article makes is on the site', () => {
  const summaries = story.plans.map((p) => [p.id, renderPlain(p.summary, lookup.entryOrUndefined).replace(/\s+/g, '')] as const);
  it.each(['/', '/handout/'])('%s states every plan in full', (path) => {
    const body = text(page(path).querySelector('main'));
    for (const [id, summary] of summaries) expect(body, id).toContain(summary);
  });

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

  it.each(story.sections.filter((s) => s.plans.length).map((s) => [s.id, s] as const))(
    '/s/%s/ states every plan of its section',
    (slug, s) => {
      const body = text(page(`/s/${slug}/`).querySelector('main'));
      for (const id of s.plans) expect(body, id).toContain(summaries.find(([p]) => p === id)![1]);
    },
  );
});

describe('estimates keep 预计 wherever they are ranked or shown large', () => {
  it.each(['/', '/s/shudu/', '/s/jichu/', '/handout/'])('%s', (path) => {
    const d = page(path);
    for (const tile of d.querySelectorAll('.tile')) if (text(tile).includes('11.0%')) expect(text(tile)).toContain('预计');
    const ranks = d.querySelector('[data-chart="rankings"] g.datum[data-key="r-gdp-growth-city"]');
    if (ranks) expect(text(ranks)).toContain('预计');
    for (const key of d.querySelectorAll('.keyfig')) if (text(key).includes('11.0%')) expect(text(key)).toContain('预计');
    expect(renderPlain('{{f-gdp-growth}}', lookup.entryOrUndefined)).toBe(printedText(lookup.figure('f-gdp-growth')));
  });
});
