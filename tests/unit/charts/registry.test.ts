// Every chart of the real content, drawn through the one registry at every size a surface asks for,
// keeps the SVG rules and draws every entry exactly as the article prints it. What each chart must
// say is written out below, word for word: never derived from the code that draws it.
import { describe, expect, it } from 'vitest';
import { chartLabel, drawChart } from '../../../src/charts';
import { PAGE_CHART } from '../../../src/charts/sizes';
import { printedAloud, printedPlace } from '../../../src/lib/wording';
import type { Chart } from '../../../src/schema';
import { realContent } from '../../content';
import { all, expectChartRules, num, parseSvg, texts } from './svg-rules';

/** Read inside each test, so that a content problem fails the test that needs the content. */
const lookup = () => realContent().story.lookup;

const SIZES = [
  { name: 'page', size: { width: PAGE_CHART.width }, floor: 14 },
  { name: 'large text', size: PAGE_CHART.large, floor: 14 * PAGE_CHART.large.scale },
  { name: 'handout column', size: { width: 330 }, floor: 14 },
  { name: 'handout page', size: { width: 680 }, floor: 14 },
  { name: 'poster', size: { width: 920, scale: 2 }, floor: 28 },
];

/** Each chart's accessible name: 图： and its title. */
const LABELS: Record<string, string> = {
  rankings: '图：原文写到的名次，范围大的在前',
  growth: '图：从关键指标上看：三项增长',
  projects: '图：全年开复工各类项目和其中的省市百大项目',
  targets: '图：高新技术企业：2021年力争新增的，与2020年跻身其行列的（编者并列）',
};

/**
 * What each chart draws for each entry, in order: the entry's key, the number as it must stand on
 * its own (one <text>), and every word drawn for the entry, read in order (a label wrapped over
 * lines reads the same). 预计 and 目标 are part of what must be drawn.
 */
const DRAWN: Record<string, Array<[key: string, number: string, words: string]>> = {
  growth: [
    ['f-gdp-growth', '11.0%（预计）', '地区生产总值增长11.0%（预计）'],
    ['f-industry-growth', '30.7%（预计）', '规上工业增加值增长30.7%（预计）'],
    ['f-revenue-growth', '12.1%', '一般公共预算收入增长12.1%'],
  ],
  targets: [
    ['f-new-hightech-firms', '8户', '2020年 跻身高新技术企业行列8户'],
    ['f-target-hightech', '目标 10户', '2021年目标 新增高新技术企业目标 10户'],
  ],
};

/**
 * The rankings, row by row: each place as printed with its scope, widest scope first, and the
 * indicators ranked there, each its own datum (预计 beside a place won by an estimate).
 */
const RANK_ROWS: Array<[place: string, indicators: Array<[key: string, words: string]>]> = [
  ['全国第三', [['r-ecology-national', '国家重点生态功能区县域生态环境考核']]],
  [
    '全省第一',
    [
      ['r-signed-projects-province', '利用内资新签约项目个数'],
      ['r-ecology-province', '国家重点生态功能区县域生态环境考核'],
    ],
  ],
  ['全省第二名', [['r-poverty-province', '新增产业扶贫项目…绩效评价']]],
  [
    '牡丹江市首位',
    [
      ['r-gdp-growth-city', '地区生产总值增长（预计）'],
      ['r-industry-growth-city', '规上工业增加值增长（预计）'],
      ['r-revenue-growth-city', '一般公共预算收入增长'],
      ['r-investment-city', '招商引资到位资金'],
    ],
  ],
  [
    '牡丹江市第一名',
    [
      ['r-big-projects-count-city', '大项目个数'],
      ['r-big-projects-investment-city', '大项目年度投资额'],
    ],
  ],
];
/** The unit chart draws its squares as two groups and says its two numbers beside them. */
const UNIT_CHART_WORDS = ['开复工各类项目', '106个', '其中省市百大项目', '16个'];
const CHART_IDS = Object.keys(LABELS);

/** The words of one <g class="datum">, every <text> in order, joined. */
const wordsOf = (g: Element) => texts(g).join('');

describe('the charts of the real content', () => {
  it('are the four this file spells out, in order', () => {
    expect(realContent().story.charts.map((c) => c.id)).toEqual(CHART_IDS);
  });
});

describe.each(SIZES)('every chart at $name size', ({ size, floor }) => {
  it.each(CHART_IDS)('%s keeps the SVG rules and is named by its finding', (id) => {
    const drawn = drawChart(lookup().chart(id), lookup(), size, `t-${id}`);
    const root = expectChartRules(drawn.svg, { width: size.width, id: `t-${id}`, label: LABELS[id]!, floor });
    expect(drawn.width).toBe(size.width);
    expect(drawn.height).toBe(num(root, 'height'));
    expect(drawn.svg).toContain(drawn.body);
  });

  it.each(Object.entries(DRAWN))('%s draws each entry, in order, with its number as printed and its status words', (id, expected) => {
    const root = parseSvg(drawChart(lookup().chart(id), lookup(), size).svg);
    const data = all(root, 'g.datum');
    expect(data.map((g) => g.getAttribute('data-key'))).toEqual(expected.map(([key]) => key));
    for (const [key, number, words] of expected) {
      const g = root.querySelector(`g.datum[data-key="${key}"]`);
      expect(g, key).not.toBeNull();
      expect(texts(g!), key).toContain(number);
      expect(wordsOf(g!), key).toBe(words);
    }
  });

  it('rankings draws every place with its scope, widest first, beside each indicator ranked there', () => {
    const root = parseSvg(drawChart(lookup().chart('rankings'), lookup(), size).svg);
    expect(all(root, 'g.place').map((g) => texts(g).join(''))).toEqual(RANK_ROWS.map(([place]) => place));
    const indicators = RANK_ROWS.flatMap(([, rows]) => rows);
    expect(all(root, 'g.datum').map((g) => g.getAttribute('data-key'))).toEqual(indicators.map(([key]) => key));
    for (const [key, words] of indicators) expect(wordsOf(root.querySelector(`g.datum[data-key="${key}"]`)!), key).toBe(words);
  });

  it('projects draws 106个 and 16个 beside its squares, each with what it counts', () => {
    const root = parseSvg(drawChart(lookup().chart('projects'), lookup(), size).svg);
    expect(texts(root)).toEqual(UNIT_CHART_WORDS);
  });
});

describe('the accessible name of a chart', () => {
  it('is its finding', () => {
    expect(chartLabel(lookup().chart('growth'), lookup())).toBe(LABELS.growth);
  });
  it('leaves every number it draws to the table beside it, read aloud with its status in words', () => {
    const figureOf = lookup().figureOrUndefined;
    expect(['f-gdp-growth', 'f-industry-growth', 'f-revenue-growth'].map((id) => printedAloud(lookup().figure(id), figureOf))).toEqual([
      '地区生产总值增长（预计）11.0%',
      '规上工业增加值增长（预计）30.7%',
      '一般公共预算收入增长12.1%',
    ]);
  });
});

const page = (id: string) => parseSvg(drawChart(lookup().chart(id), lookup(), { width: PAGE_CHART.width }).svg);

describe('bars', () => {
  const width = (root: Element, key: string) => num(root.querySelector(`g.datum[data-key="${key}"] .mark`), 'width');

  it('share one linear scale from zero: 11.0% is 11.0/30.7 of 30.7%, 12.1% is 12.1/30.7 of it', () => {
    const root = page('growth');
    const industry = width(root, 'f-industry-growth');
    expect(industry).toBeGreaterThan(100);
    expect(width(root, 'f-gdp-growth') / industry).toBeCloseTo(11.0 / 30.7, 2);
    expect(width(root, 'f-revenue-growth') / industry).toBeCloseTo(12.1 / 30.7, 2);
  });

  it('hatch estimates and say 预计 beside them; a reported rate is solid and says nothing more', () => {
    const root = page('growth');
    expect(root.querySelector('g[data-key="f-gdp-growth"] .mark--estimate')).not.toBeNull();
    expect(root.querySelector('g[data-key="f-industry-growth"] .mark--estimate')).not.toBeNull();
    expect(root.querySelector('g[data-key="f-revenue-growth"] .mark--reported')).not.toBeNull();
    expect(root.querySelector('g[data-key="f-revenue-growth"] .mark--estimate')).toBeNull();
    expect(texts(root)).toContain('11.0%（预计）');
    expect(texts(root)).toContain('30.7%（预计）');
    expect(texts(root)).toContain('12.1%');
  });
});

describe('the unit chart', () => {
  const squares = (root: Element, selector: string) => {
    const d = root.querySelector(`${selector} path`)?.getAttribute('d');
    expect(d, `a path of squares in ${selector}`).toBeTruthy();
    return (d!.match(/M/g) ?? []).length;
  };
  it('draws one square per project: the 16 of the part and the 90 others, each group one path', () => {
    const root = page('projects');
    expect(squares(root, 'g.datum--part')).toBe(16);
    expect(squares(root, 'g.datum.mark--context')).toBe(90);
  });
  it('gives the whole step 1, and the part and its key step 2, with the classes the page colours', () => {
    const root = page('projects');
    expect(root.querySelector('g.datum.mark--context')?.getAttribute('data-step')).toBe('1');
    expect(root.querySelector('g.datum--part.mark--reported')?.getAttribute('data-step')).toBe('2');
    const key = root.querySelector('g.datum--key');
    expect(key?.getAttribute('data-step')).toBe('2');
    expect(texts(key!)).toEqual(['其中省市百大项目', '16个']);
  });
  it('leaves no class of a plotting library behind', () => {
    const classes = all(page('projects'), '[class]').map((e) => e.getAttribute('class'));
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.join(' ')).not.toMatch(/plot-/);
  });
});

describe('ranks', () => {
  it('have no place axis and no mark that makes one place look stronger: only rules between the rows', () => {
    const root = page('rankings');
    expect(all(root, 'rect')).toEqual([]);
    expect(all(root, 'line')).toHaveLength(RANK_ROWS.length - 1);
    // Every place is set alike.
    expect(new Set(all(root, 'g.place text').map((t) => t.getAttribute('class')))).toEqual(new Set(['t-value t-accent']));
  });
  it('spell each place with its scope in the data table words (全省第二名)', () => {
    expect(printedPlace(lookup().ranking('r-poverty-province'))).toBe('全省第二名');
    expect(printedPlace(lookup().ranking('r-gdp-growth-city'))).toBe('牡丹江市首位');
  });
  it('stack places above their indicators where beside them the indicators would have under ten characters a line', () => {
    const narrow = parseSvg(drawChart(lookup().chart('rankings'), lookup(), { width: 200 }).svg);
    const place = narrow.querySelector('g.place text')!;
    const first = narrow.querySelector('g.datum text')!;
    expect(num(first, 'x')).toBe(0);
    expect(num(first, 'y')).toBeGreaterThan(num(place, 'y'));
  });
});

describe('pairs', () => {
  it('set the 2021 target beside the 2020 count the article gives, each labelled with its year and kind', () => {
    const words = texts(page('targets'));
    expect(words).toContain('2020年 跻身高新技术企业行列');
    expect(words).toContain('2021年目标 新增高新技术企业');
    expect(words).toContain('目标 10户');
    expect(words).toContain('8户');
  });
  it('draw targets as dashed outlines and the 2020 count solid', () => {
    const root = page('targets');
    expect(all(root, '.mark--target')).toHaveLength(1);
    expect(all(root, '.mark--target').every((m) => m.getAttribute('stroke-dasharray'))).toBe(true);
    expect(all(root, '.mark--before')).toHaveLength(1);
  });
  it('say, whole and wrapped to the width, where the article gives no 2020 count, rather than drawing one', () => {
    const { story } = realContent();
    const chart = { ...story.lookup.chart('targets'), pairs: [{ target: 'f-target-sme', before: null }] } as Chart;
    for (const size of [{ width: PAGE_CHART.width, scale: 1 }, PAGE_CHART.large]) {
      const root = parseSvg(drawChart(chart, story.lookup, size).svg);
      expect(texts(root).join(''), `at ${size.width} px × ${size.scale}`).toContain('2020年 新增科技型中小企业：原文未给出');
      for (const t of all(root, 'text.t-note')) expect(num(t, 'x')).toBeGreaterThanOrEqual(0);
    }
    // In large text the note is wider than the drawing: it breaks over lines instead of running off it.
    expect(all(parseSvg(drawChart(chart, story.lookup, PAGE_CHART.large).svg), 'text.t-note').length).toBeGreaterThanOrEqual(2);
  });
});
