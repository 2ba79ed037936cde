// The built pages, parsed from dist/: what a reader (and a search engine, and WeChat's share card)
// gets on the story, the section pages, 原文 and the small pages. What each page must say is written
// out here, or read from the content files and the fact-check record — never from the code that
// renders the pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, ROOT, SITE, text } from './dist';

const SOURCE = '来源：牡丹江日报《走出县域经济高质量发展特色之路》（2021年），';
const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];

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
const changesFile = () => json<Array<{ id: string; date: string }>>('changes.json');
const meta = (d: Document, selector: string) => d.querySelector(selector)?.getAttribute('content') ?? null;

describe('the story page', () => {
  it('is Chinese, titled with its finding, and described for search and link previews', () => {
    const story = page('/');
    expect(story.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(story.title).toBe('数读2020｜穆棱市：地区生产总值预计增长11.0%，关键指标均居牡丹江市首位');
    expect(meta(story, 'meta[property="og:title"]')).toBe(story.title);
    expect(meta(story, 'meta[name="description"]')?.replace(/\s+/g, '')).toBe(checked('sections/shudu/description'));
  });

  it("opens with the finding and its number, where 穆棱 is, and the six key numbers of the article's 数读2020 box", () => {
    const story = page('/');
    expect(text(story.querySelector('h1'))).toBe('地区生产总值预计增长11.0%，关键指标均居牡丹江市首位');
    expect(text(story.querySelector('.lede .locator'))).toContain('黑龙江省牡丹江市所辖县级市');
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

  it("shows the site's publication date from the change log, as <time datetime>", () => {
    const story = page('/');
    expect(story.querySelector('.lede .dates time')?.getAttribute('datetime')).toBe('2026-12-01T20:00:00+08:00');
    expect(text(story.querySelector('.lede .dates'))).toContain('发布于');
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
    expect(ids).toHaveLength(53);
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

  it('draws every chart as a figure: its finding as title, a named SVG, notes, a source line for what it shows, its CSV, and a table of the same numbers', () => {
    const story = page('/');
    const CHARTS: Array<{ id: string; years: string; rows: Array<[string, string]> }> = [
      {
        id: 'rankings',
        years: '数据为2020年',
        rows: [
          ['国家重点生态功能区县域生态考核', '全国第三'],
          ['利用内资新签约项目个数', '全省第一'],
          ['国家重点生态功能区县域生态考核', '全省第一'],
          ['扶贫绩效评价', '全省第二名'],
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
        years: '数据为2020年',
        rows: [
          ['地区生产总值增长', '预计11.0%'],
          ['规上工业增加值增长', '预计30.7%'],
          ['一般公共预算收入增长', '12.1%'],
        ],
      },
      {
        id: 'money',
        years: '数据为2020年',
        rows: [
          ['招商引资到位资金', '38.2亿元'],
          ['企业融资贷款', '11.9亿元'],
          ['奖补扶持资金', '8073万元'],
          ['减免企业负担', '2960万元'],
          ['发放创业贷款', '891万元'],
        ],
      },
      {
        id: 'projects',
        years: '数据为2020年',
        rows: [
          ['开复工各类项目', '106个'],
          ['其中省市百大项目', '16个'],
        ],
      },
      {
        id: 'land',
        years: '数据为2020年',
        rows: [
          ['沙棘基地', '10万亩'],
          ['果蔬种植园区', '9万亩'],
          ['治理水土流失面积', '4万亩'],
          ['有机亚麻基地', '1.3万亩'],
        ],
      },
      {
        id: 'livelihoods',
        years: '数据为2020年',
        rows: [
          ['改造老旧小区', '13个'],
          ['新建和改造供水、供热、燃气管网', '20.6公里'],
          ['改造老旧小区和管网惠及群众', '近7000户'],
          ['解决历史遗留回迁安置问题', '254户'],
          ['改造农村危房', '389户'],
          ['改造农村危桥', '49座'],
          ['改建农村室内厕所', '628户'],
          ['建设农村饮水安全工程', '77处'],
          ['饮水安全工程受益农村群众', '5.2万名'],
          ['新增城镇就业', '2924人'],
          ['登记失业率', '控制在3.35%'],
        ],
      },
      {
        id: 'targets',
        years: '2020年数据与2021年目标',
        rows: [
          ['2020年跻身高新技术企业行列', '8户'],
          ['新增高新技术企业', '力争10户'],
          ['新增科技型中小企业', '力争30户'],
        ],
      },
    ];
    expect([...story.querySelectorAll('figure[id^="chart-"]')].map((f) => f.id)).toEqual(CHARTS.map((c) => `chart-${c.id}`));
    for (const chart of CHARTS) {
      const fig = story.querySelector(`figure#chart-${chart.id}`);
      expect(fig, chart.id).not.toBeNull();
      const title = checked(`charts/${chart.id}/title`);
      expect(text(fig!.querySelector('.chart__title')), chart.id).toBe(title);
      const svg = fig!.querySelector('.chart__art svg');
      expect(svg?.getAttribute('role'), chart.id).toBe('img');
      expect(svg?.getAttribute('aria-label')?.replace(/\s+/g, ''), chart.id).toBe(`图：${title}`);
      expect(text(fig!.querySelector('figcaption')), chart.id).toContain(`${SOURCE}${chart.years}`);
      expect(fig!.querySelector(`figcaption a[href="/data/charts/${chart.id}.csv"]`), `${chart.id}: its CSV`).not.toBeNull();
      const rows = [...fig!.querySelectorAll('details table tbody tr')];
      expect(
        rows.map((r) => [text(r.querySelector('th')), text(r.querySelector('td.num'))]),
        chart.id,
      ).toEqual(chart.rows);
    }
  });

  it('steps through a chart only where the chart changes: the unit chart, from the whole to its part', () => {
    const story = page('/');
    expect([...story.querySelectorAll('figure.scrolly')].map((f) => f.getAttribute('data-chart'))).toEqual(['projects']);
    expect(story.querySelectorAll('figure.scrolly .step')).toHaveLength(2);
  });

  it('offers, at its end, sharing, the sections, the handout, the data, 原文 and the change log', () => {
    const end = page('/').querySelector('section.end');
    expect(end).not.toBeNull();
    for (const selector of ['a[data-share]', 'a[href="/handout.pdf"]', 'a[href="/data/"]', 'a[href="/yuanwen/"]', 'a[href="/changes/"]'])
      expect(end!.querySelector(selector), selector).not.toBeNull();
    expect([...end!.querySelectorAll('.end__sections a')].map((a) => a.getAttribute('href'))).toEqual(SECTIONS.map((s) => `/s/${s}/`));
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

    it(`says near its top that it is section ${n} of 8 and links into the story at that section`, () => {
      const d = page(`/s/${id}/`);
      const kicker = d.querySelector('.page-kicker');
      expect(text(kicker)).toContain(`第${n}节，共8节`);
      expect(kicker?.querySelector(`a[href="/#${id}"]`)).not.toBeNull();
      const heading = sectionsFile().find((s) => s.id === id)?.heading;
      expect(heading).toBeDefined();
      expect(text(d.querySelector('h1'))).toBe(heading!.replace(/\s+/g, ''));
      expect(text(d.querySelector('.dek'))).toBe(checked(`sections/${id}/point`));
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
    expect(entries).toHaveLength(53);
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
    expect(d.querySelector('.dates time[datetime]')?.getAttribute('datetime')).toBe('2026-12-01T20:00:00+08:00');
    expect(d.querySelector('footer.site-footer')).not.toBeNull();
  });

  it('the change log lists every change, newest first, each with its kind and date', () => {
    const items = [...page('/changes/').querySelectorAll('ol.changes > li')];
    const changes = [...changesFile()].reverse();
    expect(changes.length).toBeGreaterThan(0);
    expect(items.map((li) => li.id)).toEqual(changes.map((c) => c.id));
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(changes.map((c) => c.date));
  });
});
