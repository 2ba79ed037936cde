// The built pages, parsed from dist/: what a reader (and a search engine, and WeChat's share card)
// gets on the story, the section pages, 原文 and the small pages. What each page must say is written
// out here, or read from the content files and the fact-check record — never from the code that
// renders the pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/node/files';
import { DIST, distFile, page, ROOT, SITE, text } from './dist';

const SOURCE = '来源：牡丹江日报《走出县域经济高质量发展特色之路》（2021年），';
const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];
/** The site's publication and its last change (content/changes.json: change-001, change-004). */
const PUBLISHED = '2026-12-01T20:00:00+08:00';
const UPDATED = '2026-12-08T09:00:00+08:00';
const DATES = '发布于2026年12月1日20:00·更新于2026年12月8日09:00';
/**
 * The one source line that ends each section: the years of what it shows, and its data file where
 * it has numbers (the two last 2021 sections have none).
 */
const SECTION_SOURCES: Record<string, { years: string; csv: boolean }> = {
  shudu: { years: '数据为2020年', csv: true },
  jichu: { years: '数据为2020年', csv: true },
  dongneng: { years: '数据为2020年', csv: true },
  dise: { years: '数据为2020年', csv: true },
  gaige: { years: '2020年数据与2021年目标与计划', csv: true },
  chanye: { years: '为2021年计划', csv: true },
  chengxiang: { years: '为2021年计划', csv: false },
  minsheng: { years: '为2021年计划', csv: false },
};
/** The 更正 of the change log and the section each touches (content/changes.json). */
const CORRECTIONS: Record<string, string> = { shudu: 'change-002', dise: 'change-003' };
/** What the first screen of the story and of every section page says, word for word: where 穆棱 is, and whose reporting of which years. */
const LOCATOR = '穆棱市：黑龙江省牡丹江市所辖县级市（编者注）';
const FRAMING =
  '据牡丹江日报2021年的报道整理（文中说全会“年初”召开）：2020年的数字，和报道写下的2021年计划与目标；本站不追踪计划后来的执行。';

/** A section's closing source line, checked: one p.source, last in its section, and its data file's link. */
function checkSource(scope: Element, id: string) {
  const sources = [...scope.querySelectorAll('.source')];
  expect(sources, `${id}: one source line`).toHaveLength(1);
  const source = sources[0]!;
  expect(scope.lastElementChild === source || source.nextElementSibling?.matches('nav.pager'), `${id}: its source line ends it`).toBe(true);
  const { years, csv } = SECTION_SOURCES[id]!;
  expect(text(source), id).toBe(`${SOURCE}${years}${csv ? '·下载本节数据' : ''}`);
  const link = source.querySelector('a');
  expect(link?.getAttribute('href') ?? null, `${id}: its data file`).toBe(csv ? `/data/sections/${id}.csv` : null);
  if (csv) expect(link?.getAttribute('download')).toBe(`数读2020-${id}.csv`);
}

const json = <T>(file: string): T => JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as T;
/** The fact-checked text at `at` (content/audit.json), whitespace removed as `text` removes it. */
const checked = (at: string) => {
  const line = json<Array<{ at: string; text: string }>>('audit.json').find((a) => a.at === at);
  if (!line) throw new Error(`no fact-check line ${at}`);
  return line.text.replace(/\s+/g, '');
};
interface SectionFile {
  id: string;
  heading: string;
  figures: string[];
  rankings: string[];
  honours: string[];
}
const sectionsFile = () => json<SectionFile[]>('sections.json');
const changesFile = () => json<Array<{ id: string; date: string; kind: string; summary: string }>>('changes.json');
const meta = (d: Document, selector: string) => d.querySelector(selector)?.getAttribute('content') ?? null;

describe('the story page', () => {
  it('is Chinese, titled with its headline, and described for search and link previews', () => {
    const story = page('/');
    expect(story.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(story.title).toBe('数读2020｜穆棱市：关键指标均居牡丹江市首位');
    expect(meta(story, 'meta[property="og:title"]')).toBe(story.title);
    expect(meta(story, 'meta[name="description"]')?.replace(/\s+/g, '')).toBe(checked('sections/shudu/description'));
  });

  it("opens with the story's headline, where 穆棱 is, whose reporting of which years, and the six key numbers of the article's 数读2020 box", () => {
    const story = page('/');
    expect(text(story.querySelector('h1'))).toBe('关键指标均居牡丹江市首位');
    expect(text(story.querySelector('h1'))).toBe(checked('sections/shudu/headline'));
    expect(text(story.querySelector('.lede p.locator'))).toBe(LOCATOR);
    expect(text(story.querySelector('.lede p.framing'))).toBe(FRAMING);
    const tiles = [...story.querySelectorAll('.lede .tiles li a')];
    expect(tiles.map((a) => [text(a.querySelector('.tile__number')), a.getAttribute('href')])).toEqual([
      ['11.0%', '/yuanwen/#f-gdp-growth'],
      ['38.2亿元', '/yuanwen/#f-investment'],
      ['106个', '/yuanwen/#f-projects'],
      ['4万亩', '/yuanwen/#f-soil'],
      ['10万亩', '/yuanwen/#f-seabuckthorn'],
      ['8个', '/yuanwen/#f-poverty-projects'],
    ]);
    expect(text(tiles[0])).toContain('预计');
  });

  it("shows the site's publication and its last change from the change log, as <time datetime>", () => {
    const story = page('/');
    expect([...story.querySelectorAll('.lede .dates time')].map((t) => t.getAttribute('datetime'))).toEqual([PUBLISHED, UPDATED]);
    expect(text(story.querySelector('.lede .dates'))).toBe(DATES);
    expect(story.querySelector('.lede .dates a')?.getAttribute('href')).toBe('/changes/');
  });

  it('notes each 更正 at the top of the section it touches, dated and linked to the change log, and nowhere else', () => {
    const story = page('/');
    const changes = changesFile();
    const notes = [...story.querySelectorAll('aside.corrections')];
    expect(notes.map((n) => n.closest('section[data-section]')?.id)).toEqual(Object.keys(CORRECTIONS));
    for (const [id, change] of Object.entries(CORRECTIONS)) {
      const section = story.querySelector(`section#${id}`)!;
      const note = section.querySelector('aside.corrections')!;
      const entry = changes.find((c) => c.id === change);
      expect(entry?.kind, change).toBe('更正');
      expect(note.querySelector('time')?.getAttribute('datetime')).toBe(entry!.date);
      expect(text(note)).toContain(entry!.summary.replace(/\s+/g, ''));
      expect(note.querySelector('a')?.getAttribute('href')).toBe(`/changes/#${change}`);
      // At the top: before the section's prose, chart and source line.
      const html = section.innerHTML;
      expect(html.indexOf('class="corrections"'), id).toBeLessThan(html.search(/class="(prose|chart|source)/));
    }
  });

  it('has every section, in order, each with its heading; a bar links to each', () => {
    const story = page('/');
    expect([...story.querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'))).toEqual(SECTIONS);
    expect(SECTIONS.slice(1).map((id) => text(story.querySelector(`#${id}-h`)))).toEqual([
      '发展基础更实',
      '发展动能更足',
      '发展底色更暖',
      '深化改革开放激发发展活力',
      '突出延链补链强链构建现代产业体系',
      '城乡区域统筹发展建设宜居宜业宜游城市',
      '全面增进民生福祉提升幸福穆棱指数',
    ]);
    expect([...story.querySelectorAll('nav.bar a[data-chip]')].map((a) => a.getAttribute('href'))).toEqual(SECTIONS.map((s) => `#${s}`));
  });

  it("states every figure, ranking and honour in its own section's text, linked to its own words on 原文 and printed as they are marked there", () => {
    const story = page('/');
    const yuanwen = page('/yuanwen/');
    const sections = sectionsFile();
    const ids = sections.flatMap((s) => [...s.figures, ...s.rankings, ...s.honours]);
    expect(ids).toHaveLength(55);
    const problems: string[] = [];
    for (const s of sections) {
      for (const id of [...s.figures, ...s.rankings, ...s.honours]) {
        const marked = text(yuanwen.getElementById(id)?.closest('.ref'));
        const links = [...story.querySelectorAll(`section#${s.id} :is(.prose, .plans) a[data-ref~="${id}"]`)];
        if (links.length === 0) problems.push(`${id}: not in the text of ${s.id}`);
        for (const a of links) {
          if (text(a) !== marked) problems.push(`${id} in ${s.id}: "${text(a)}", where 原文 marks "${marked}"`);
          // A phrase that states several entries (均居牡丹江市首位) links to the first one's words.
          const first = a.getAttribute('data-ref')!.split(/\s+/)[0];
          if (a.getAttribute('href') !== `/yuanwen/#${first}`) problems.push(`${id} in ${s.id}: links to ${a.getAttribute('href')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('draws each of its four charts as a figure: its finding as title, a named SVG, notes, and a table of the same numbers; no source line or data link of its own', () => {
    const story = page('/');
    const CHARTS: Array<{ id: string; section: string; rows: Array<[string, string]> }> = [
      {
        id: 'rankings',
        section: 'shudu',
        rows: [
          ['国家重点生态功能区县域生态环境考核', '全国第三'],
          ['利用内资新签约项目个数', '全省第一'],
          ['国家重点生态功能区县域生态环境考核', '全省第一'],
          ['新增产业扶贫项目…绩效评价', '全省第二名'],
          ['地区生产总值增长（预计）', '牡丹江市首位'],
          ['规上工业增加值增长（预计）', '牡丹江市首位'],
          ['一般公共预算收入增长', '牡丹江市首位'],
          ['招商引资到位资金', '牡丹江市首位'],
          ['大项目个数', '牡丹江市第一名'],
          ['大项目年度投资额', '牡丹江市第一名'],
        ],
      },
      {
        id: 'growth',
        section: 'jichu',
        rows: [
          ['地区生产总值增长', '预计11.0%'],
          ['规上工业增加值增长', '预计30.7%'],
          ['一般公共预算收入增长', '12.1%'],
        ],
      },
      {
        id: 'projects',
        section: 'dongneng',
        rows: [
          ['开复工各类项目', '106个'],
          ['其中省市百大项目', '16个'],
        ],
      },
      {
        id: 'targets',
        section: 'gaige',
        rows: [
          ['2020年跻身高新技术企业行列', '8户'],
          ['新增高新技术企业', '力争10户'],
        ],
      },
    ];
    expect([...story.querySelectorAll('figure[id^="chart-"]')].map((f) => f.id)).toEqual(CHARTS.map((c) => `chart-${c.id}`));
    for (const chart of CHARTS) {
      const fig = story.querySelector(`section#${chart.section} > figure#chart-${chart.id}`);
      expect(fig, chart.id).not.toBeNull();
      const title = checked(`charts/${chart.id}/title`);
      expect(text(fig!.querySelector('.chart__title')), chart.id).toBe(title);
      const svg = fig!.querySelector('.chart__art svg');
      expect(svg?.getAttribute('role'), chart.id).toBe('img');
      expect(svg?.getAttribute('aria-label')?.replace(/\s+/g, ''), chart.id).toBe(`图：${title}`);
      expect(text(fig!.querySelector('figcaption > p')), chart.id).toBe(checked(`charts/${chart.id}/notes/0`));
      // The section's one source line speaks for its chart: the chart has none, and no data file of its own.
      expect(text(fig), chart.id).not.toContain('来源');
      expect(fig!.querySelector('a[href^="/data/"]'), `${chart.id}: a data link of its own`).toBeNull();
      const rows = [...fig!.querySelectorAll('details table tbody tr')];
      expect(
        rows.map((r) => [text(r.querySelector('th')), text(r.querySelector('td.num'))]),
        chart.id,
      ).toEqual(chart.rows);
    }
  });

  it('ends each section with one source line that says the years of what it shows, and its data file where it has numbers', () => {
    const story = page('/');
    for (const id of SECTIONS) {
      const section = story.querySelector(`section#${id}`);
      expect(section, id).not.toBeNull();
      checkSource(section!, id);
    }
    expect(story.querySelectorAll('p.source')).toHaveLength(8);
  });

  it('notes its 2021 plans as the article’s sentences, one list item each, in each 2021 section', () => {
    const story = page('/');
    const counts = Object.fromEntries(
      ['gaige', 'chanye', 'chengxiang', 'minsheng'].map((id) => [id, story.querySelectorAll(`section#${id} > ul.plans > li.plan`).length]),
    );
    expect(counts).toEqual({ gaige: 7, chanye: 4, chengxiang: 6, minsheng: 6 });
    expect(story.querySelectorAll('ul.plans')).toHaveLength(4);
  });

  it('shows no key figure of its own: a number is said once, in its section’s text (the handout keeps key figures)', () => {
    expect(page('/').querySelectorAll('.keyfig')).toHaveLength(0);
    for (const id of SECTIONS) expect(page(`/s/${id}/`).querySelectorAll('.keyfig'), id).toHaveLength(0);
    expect(page('/handout/').querySelectorAll('.keyfig').length).toBeGreaterThan(0);
  });

  it('steps through a chart only where the chart changes: the unit chart, from the whole to its part', () => {
    const story = page('/');
    expect([...story.querySelectorAll('figure.scrolly')].map((f) => f.getAttribute('data-chart'))).toEqual(['projects']);
    expect(story.querySelectorAll('figure.scrolly .step')).toHaveLength(2);
  });

  it('offers, at its end, sharing, the sections, the handout, the data, 原文 and the change log', () => {
    const story = page('/').querySelector('article.story');
    expect(story).not.toBeNull();
    // The story ends with its closing links, then a note on where it comes from.
    const colophon = story!.lastElementChild;
    expect(colophon?.matches('section.colophon')).toBe(true);
    const end = colophon!.previousElementSibling;
    expect(end?.matches('nav.end')).toBe(true);
    for (const selector of ['a[data-share]', 'a[href="/handout.pdf"]', 'a[href="/data/"]'])
      expect(end!.querySelector(selector), selector).not.toBeNull();
    expect([...end!.querySelectorAll('.end__sections a')].map((a) => a.getAttribute('href'))).toEqual(SECTIONS.map((s) => `/s/${s}/`));
    for (const selector of ['a[href="/yuanwen/"]', 'a[href="/changes/"]'])
      expect(colophon!.querySelector(selector), selector).not.toBeNull();
  });

  it("states the license of its data and charts in the footer, and that the article stays the newspaper's", () => {
    const story = page('/');
    const footer = text(story.querySelector('footer.site-footer'));
    expect(footer).toContain('CCBY4.0');
    expect(footer).toContain('版权归牡丹江日报所有');
    expect(story.querySelector('footer.site-footer a[rel="license"]')?.getAttribute('href')).toMatch(
      /creativecommons\.org\/licenses\/by\/4\.0/,
    );
  });

  it('carries no audit notes in its prose (the status stays on each figure)', () => {
    const main = text(page('/').querySelector('main'));
    expect(main.length).toBeGreaterThan(1000);
    expect(main).not.toMatch(/这是目标，不是已完成的结果|不是最终统计|这一部分没有给出数字目标/);
  });
});

describe.each(SECTIONS.map((id, i) => ({ id, n: i + 1, previous: SECTIONS[i - 1] ?? null, next: SECTIONS[i + 1] ?? null })))(
  'the section page /s/$id/',
  ({ id, n, previous, next }) => {
    it('is titled with the finding (what a WeChat share card shows) and has its own canonical address and share image', () => {
      const d = page(`/s/${id}/`);
      expect(d.title).toBe(`数读2020｜穆棱市：${checked(`sections/${id}/point`)}`);
      expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/s/${id}/`);
      expect(meta(d, 'meta[property="og:image"]')).toBe(`${SITE}/share/${id}.png`);
      expect(meta(d, 'meta[name="description"]')?.replace(/\s+/g, '')).toBe(checked(`sections/${id}/description`));
    });

    it(`says near its top that it is section ${n} of 8, where 穆棱 is and whose reporting, and links into the story at that section`, () => {
      const d = page(`/s/${id}/`);
      const article = d.querySelector(`main > article#${id}[data-section="${id}"]`);
      expect(article).not.toBeNull();
      const top = [...article!.children];
      // The first screen, in order: kicker, heading, finding, where 穆棱 is, whose reporting, dates.
      expect(top.slice(0, 6).map((el) => el.className || el.localName)).toEqual([
        'page-kicker',
        'h1',
        'dek',
        'locator',
        'framing',
        'dates',
      ]);
      expect(text(top[0])).toBe(`数读2020·${n <= 4 ? '2020年' : '2021年计划'}·第${n}节，共8节`);
      const heading = sectionsFile().find((s) => s.id === id)?.heading;
      expect(heading).toBeDefined();
      expect(text(top[1])).toBe(heading!.replace(/\s+/g, ''));
      expect(text(top[2])).toBe(checked(`sections/${id}/point`));
      expect(text(top[3])).toBe(LOCATOR);
      expect(text(top[4])).toBe(FRAMING);
      expect(text(top[5])).toBe(DATES);
      const link = article!.querySelector(`a[href="/#${id}"]`);
      expect(text(link)).toBe('在完整报道中阅读本节');
      // Before any of the section's own content.
      const first = article!.querySelector(':scope > :is(aside, .prose, figure, ul.plans, .source)');
      expect(top.indexOf(link!.closest('p')!)).toBeLessThan(top.indexOf(first!));
    });

    it(`ends with its one source line${SECTION_SOURCES[id]!.csv ? ' and its data file' : ''}, before the links to the other sections`, () => {
      const article = page(`/s/${id}/`).querySelector(`main > article#${id}`);
      expect(article).not.toBeNull();
      checkSource(article!, id);
      expect(article!.lastElementChild?.matches('nav.pager')).toBe(true);
    });

    it(`notes ${CORRECTIONS[id] ? `its 更正 (${CORRECTIONS[id]}) at its top` : 'no 更正: none touches it'}`, () => {
      const article = page(`/s/${id}/`).querySelector(`main > article#${id}`)!;
      const notes = [...article.querySelectorAll('aside.corrections a[href^="/changes/#"]')];
      expect(notes.map((a) => a.getAttribute('href'))).toEqual(CORRECTIONS[id] ? [`/changes/#${CORRECTIONS[id]}`] : []);
      // At the top: before the section's prose, chart, plans and source line.
      const order = [...article.children].map((el) =>
        el.matches('aside.corrections') ? 'note' : el.matches('.prose, figure, ul.plans, .source') ? 'content' : '',
      );
      if (CORRECTIONS[id]) expect(order.indexOf('note')).toBeLessThan(order.indexOf('content'));
    });

    it('does not show the share card as an image in the page', () => {
      expect(page(`/s/${id}/`).querySelector('img[src^="/share/"]')).toBeNull();
    });

    it(`links to the sections before (${previous ?? 'none'}) and after (${next ?? 'none'}) it and back to the whole story`, () => {
      const pager = page(`/s/${id}/`).querySelector('nav.pager');
      expect(pager).not.toBeNull();
      expect(pager!.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(previous && `/s/${previous}/`);
      expect(pager!.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(next && `/s/${next}/`);
      expect(pager!.querySelector(`a[href="/#${id}"]`)).not.toBeNull();
    });
  },
);

describe('原文', () => {
  it('holds the cleaned article, one anchor per paragraph', () => {
    const yuanwen = page('/yuanwen/');
    const paragraphs = json<Array<{ id: string; kind: string }>>('article/paragraphs.json').filter((p) => p.kind !== 'kicker');
    expect(paragraphs.length).toBeGreaterThan(40);
    expect(paragraphs.filter((p) => !yuanwen.getElementById(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('marks, inside the paragraph that states it, the words of every figure, ranking and honour: a figure as printed, an honour by its title, a ranking as the sentence prints it', () => {
    const yuanwen = page('/yuanwen/');
    const RANKINGS: Record<string, string> = {
      'r-gdp-growth-city': '牡丹江市首位',
      'r-industry-growth-city': '牡丹江市首位',
      'r-revenue-growth-city': '牡丹江市首位',
      'r-investment-city': '牡丹江市首位',
      'r-signed-projects-province': '全省第一',
      'r-big-projects-count-city': '牡丹江市第一名',
      'r-big-projects-investment-city': '牡丹江市第一名',
      'r-ecology-national': '全国第三',
      'r-ecology-province': '全省第一',
      'r-poverty-province': '第二名',
    };
    const entries = [
      ...json<Array<{ id: string; printed: string; paragraph: string }>>('figures.json').map((f) => ({ ...f, words: f.printed })),
      ...json<Array<{ id: string; paragraph: string }>>('rankings.json').map((r) => ({ ...r, words: RANKINGS[r.id] })),
      ...json<Array<{ id: string; title: string; paragraph: string }>>('honours.json').map((h) => ({ ...h, words: h.title })),
    ];
    expect(entries).toHaveLength(55);
    for (const e of entries) {
      const span = yuanwen.getElementById(e.id)?.closest('.ref');
      expect(span, e.id).toBeTruthy();
      expect(text(span), e.id).toBe(e.words);
      expect(span!.closest('.block')?.id, e.id).toBe(e.paragraph);
    }
  });

  it("shows 核心提示 as the label of the article's box, not as an empty heading, and no ¶ after paragraphs", () => {
    const yuanwen = page('/yuanwen/');
    expect(text(yuanwen.querySelector('.box .box__label'))).toBe('核心提示');
    expect(text(yuanwen.querySelector('main'))).not.toContain('¶');
  });

  it('says where the article comes from and invents no date', () => {
    const note = text(page('/yuanwen/').querySelector('main'));
    expect(note).toContain('牡丹江日报');
    expect(note).toContain('原文日期与版次不在我们的副本中');
  });
});

describe('the small pages', () => {
  it.each(['/404.html', '/data/', '/changes/', '/yuanwen/'])("%s shows the site's dates and its footer", (path) => {
    const d = page(path);
    expect([...d.querySelectorAll('.dates time[datetime]')].map((t) => t.getAttribute('datetime'))).toEqual([PUBLISHED, UPDATED]);
    expect(text(d.querySelector('.dates'))).toBe(DATES);
    expect(d.querySelector('footer.site-footer')).not.toBeNull();
  });

  it('the change log lists every change, newest first, each with its kind, date and summary', () => {
    const items = [...page('/changes/').querySelectorAll('ol.changes > li')];
    expect(items.map((li) => [li.id, text(li.querySelector('b'))])).toEqual([
      ['change-004', '更新'],
      ['change-003', '更正'],
      ['change-002', '更正'],
      ['change-001', '发布'],
    ]);
    const changes = [...changesFile()].reverse();
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(changes.map((c) => c.date));
    for (const [i, li] of items.entries()) expect(text(li), li.id).toContain(changes[i]!.summary.replace(/\s+/g, ''));
  });
});

describe('sections laid out late', () => {
  /**
   * The at-rule preludes around each `content-visibility: auto` in a stylesheet, outermost first,
   * found by following its braces.
   */
  function lateLayoutRules(css: string): string[][] {
    const found: string[][] = [];
    const open: string[] = [];
    let start = 0;
    for (let i = 0; i < css.length; i++) {
      const c = css[i];
      if (c === '{') {
        open.push(css.slice(start, i).trim());
        start = i + 1;
      } else if (c === '}' || c === ';') {
        if (/content-visibility\s*:\s*auto/.test(css.slice(start, i))) found.push(open.filter((p) => p.startsWith('@')));
        if (c === '}') open.pop();
        start = i + 1;
      }
    }
    return found;
  }

  // A section not yet laid out has a placeholder height and takes its own as the reader nears it.
  // Where the browser does not anchor the scroll (WebKit, so WeChat on an iPhone), a tap on a chip
  // would land short as the sections above it grew; those browsers lay everything out at once.
  it.each(
    filesUnder(DIST)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f]),
  )('%s lays sections out late only where the browser anchors the scroll', (file) => {
    const d = page(`/${file}`);
    const linked = [...d.querySelectorAll('link[rel="stylesheet"]')].map((l) => readFileSync(distFile(l.getAttribute('href')!), 'utf8'));
    const css = [...[...d.querySelectorAll('style')].map((s) => s.textContent ?? ''), ...linked].join('\n');
    for (const preludes of lateLayoutRules(css))
      expect(
        preludes.some((p) => /^@supports\s*\(\s*overflow-anchor\s*:\s*auto\s*\)$/.test(p)),
        preludes.join(' '),
      ).toBe(true);
  });
});
