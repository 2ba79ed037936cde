// Every chart of the real content, drawn through the one registry at every size a surface asks for,
// keeps the SVG rules and draws every entry exactly as the article prints it. What each chart must
// say is written out below, word for word: never derived from the code that draws it.
import { describe, expect, it } from 'vitest';
import { chartLabel, drawChart } from '../../../src/charts';
import { PAGE_CHART } from '../../../src/charts/sizes';
import { printedAloud, printedPlace } from '../../../src/lib/wording';
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

/** Each chart's accessible name: 图： and its finding, as the article states it. */
const LABELS: Record<string, string> = {
  rankings: '图：关键指标均居牡丹江市首位；国家重点生态功能区县域生态环境考核位列全国第三、全省第一',
  growth: '图：地区生产总值、规上工业增加值和一般公共预算收入增速均居牡丹江市首位',
  money: '图：招商引资到位资金38.2亿元，居牡丹江市首位',
  projects: '图：全年开复工各类项目106个，其中省市百大项目16个',
  land: '图：10万亩沙棘获批全国绿色食品原料标准化生产基地',
  livelihoods: '图：建设农村饮水安全工程77处，5.2万名农村群众受益',
  targets: '图：2021年力争新增高新技术企业10户；2020年有8户企业跻身高新技术企业行列',
};

/**
 * What each chart draws for each entry, in order: the entry's key, the number as it must stand on
 * its own (one <text>), and every word drawn for the entry, read in order (a label wrapped over
 * lines reads the same). 预计, 目标, 控制在 and 近 are part of what must be drawn.
 */
const DRAWN: Record<string, Array<[key: string, number: string, words: string]>> = {
  rankings: [
    ['r-ecology-national', '第三', '第三国家重点生态功能区县域生态考核'],
    ['r-signed-projects-province', '第一', '第一利用内资新签约项目个数'],
    ['r-ecology-province', '第一', '第一国家重点生态功能区县域生态考核'],
    ['r-poverty-province', '第二名', '第二名扶贫绩效评价'],
    ['r-gdp-growth-city', '首位', '首位地区生产总值增长（预计）'],
    ['r-industry-growth-city', '首位', '首位规上工业增加值增长（预计）'],
    ['r-revenue-growth-city', '首位', '首位一般公共预算收入增长'],
    ['r-investment-city', '首位', '首位招商引资到位资金'],
    ['r-big-projects-count-city', '第一名', '第一名大项目个数'],
    ['r-big-projects-investment-city', '第一名', '第一名大项目年度投资额'],
  ],
  growth: [
    ['f-gdp-growth', '11.0%（预计）', '地区生产总值增长11.0%（预计）'],
    ['f-industry-growth', '30.7%（预计）', '规上工业增加值增长30.7%（预计）'],
    ['f-revenue-growth', '12.1%', '一般公共预算收入增长12.1%'],
  ],
  money: [
    ['f-investment', '38.2亿元', '招商引资到位资金38.2亿元'],
    ['f-loans', '11.9亿元', '企业融资贷款11.9亿元'],
    ['f-subsidies', '8073万元', '奖补扶持资金8073万元'],
    ['f-relief', '2960万元', '减免企业负担2960万元'],
    ['f-startup-loans', '891万元', '发放创业贷款891万元'],
  ],
  land: [
    ['f-seabuckthorn', '10万亩', '沙棘基地10万亩'],
    ['f-vegetables', '9万亩', '果蔬种植园区9万亩'],
    ['f-soil', '4万亩', '治理水土流失面积4万亩'],
    ['f-flax', '1.3万亩', '有机亚麻基地1.3万亩'],
  ],
  livelihoods: [
    ['f-old-estates', '13个', '13个改造老旧小区'],
    ['f-pipes', '20.6公里', '20.6公里新建和改造供水、供热、燃气管网'],
    ['f-pipe-households', '近7000户', '近7000户改造老旧小区和管网惠及群众'],
    ['f-resettled', '254户', '254户解决历史遗留回迁安置问题'],
    ['f-dilapidated-homes', '389户', '389户改造农村危房'],
    ['f-dilapidated-bridges', '49座', '49座改造农村危桥'],
    ['f-toilets', '628户', '628户改建农村室内厕所'],
    ['f-water-works', '77处', '77处建设农村饮水安全工程'],
    ['f-water-people', '5.2万名', '5.2万名饮水安全工程受益农村群众'],
    ['f-jobs', '2924人', '2924人新增城镇就业'],
    ['f-unemployment', '3.35%', '控制在3.35%登记失业率'],
  ],
  targets: [
    ['f-new-hightech-firms', '8户', '2020年 跻身高新技术企业行列8户'],
    ['f-target-hightech', '目标 10户', '2021年目标 新增高新技术企业目标 10户'],
    ['f-target-sme', '目标 30户', '2021年目标 新增科技型中小企业目标 30户'],
  ],
};
/** The unit chart draws its squares as two groups and says its two numbers beside them. */
const UNIT_CHART_WORDS = ['开复工各类项目', '106个', '其中省市百大项目', '16个'];
const CHART_IDS = Object.keys(LABELS);

/** The words of one <g class="datum">, every <text> in order, joined. */
const wordsOf = (g: Element) => texts(g).join('');

describe('the charts of the real content', () => {
  it('are the seven this file spells out, in order', () => {
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

  it('share one linear scale from zero: 11.9亿元 is 11.9/38.2 of 38.2亿元, and 891万元 is 891/382000 of it', () => {
    const root = page('money');
    const investment = width(root, 'f-investment');
    expect(investment).toBeGreaterThan(100);
    expect(width(root, 'f-loans') / investment).toBeCloseTo(11.9 / 38.2, 2);
    // 891万元 is well under a pixel: within the 0.05 px that rounding to one decimal allows.
    expect(Math.abs(width(root, 'f-startup-loans') - (investment * 891) / 382_000)).toBeLessThanOrEqual(0.05);
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
    expect(squares(root, 'g.datum:not(.datum--part)')).toBe(90);
  });
  it('gives the whole step 1 and the part step 2, with the classes the page colours', () => {
    const root = page('projects');
    expect(root.querySelector('g.datum.mark--context')?.getAttribute('data-step')).toBe('1');
    expect(root.querySelector('g.datum--part.mark--reported')?.getAttribute('data-step')).toBe('2');
  });
  it('leaves no class of a plotting library behind', () => {
    const classes = all(page('projects'), '[class]').map((e) => e.getAttribute('class'));
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.join(' ')).not.toMatch(/plot-/);
  });
});

describe('ranks', () => {
  it('group the places under each scope once, widest first', () => {
    expect(all(page('rankings'), '.t-head').map((t) => t.textContent)).toEqual(['全国', '全省', '牡丹江市']);
  });
  it('have no place axis: no 第一…第N scale on which a third place would read as last', () => {
    const root = page('rankings');
    const places = all(root, 'text').filter((t) => /^第[一二三四五]名?$|^首位$/.test(t.textContent ?? ''));
    expect(places).toHaveLength(10);
    expect(places.every((t) => t.closest('g.datum'))).toBe(true);
    // The only lines are the rules under the three scope headings.
    expect(all(root, 'line')).toHaveLength(3);
  });
  it('fill the eight first places and outline the two others (全国第三, 全省第二名)', () => {
    const root = page('rankings');
    expect(all(root, '.mark--badge-first')).toHaveLength(8);
    const outlined = all(root, '.mark--badge');
    expect(outlined).toHaveLength(2);
    expect(outlined.map((m) => m.closest('g.datum')?.getAttribute('data-key'))).toEqual(['r-ecology-national', 'r-poverty-province']);
  });
  it('spell each place with its scope in the data table words (全省第二名)', () => {
    expect(printedPlace(lookup().ranking('r-poverty-province'))).toBe('全省第二名');
    expect(printedPlace(lookup().ranking('r-gdp-growth-city'))).toBe('牡丹江市首位');
  });
});

describe('tiles', () => {
  it("print each number as the article does — 3.35% not 3.4%, 近7000户 with 近 — with the article's 控制在", () => {
    const words = texts(page('livelihoods'));
    expect(words).toContain('3.35%');
    expect(words).toContain('近7000户');
    expect(words).toContain('控制在');
  });
  it('draw nothing to a length', () => {
    const root = page('livelihoods');
    expect(all(root, 'g.datum')).toHaveLength(11);
    expect(all(root, 'rect')).toEqual([]);
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
  it('say where the article gives no 2020 count, rather than drawing one', () => {
    expect(texts(page('targets'))).toContain('2020年 新增科技型中小企业：原文未给出');
  });
  it('draw targets as dashed outlines and the 2020 count solid', () => {
    const root = page('targets');
    expect(all(root, '.mark--target')).toHaveLength(2);
    expect(all(root, '.mark--target').every((m) => m.getAttribute('stroke-dasharray'))).toBe(true);
    expect(all(root, '.mark--before')).toHaveLength(1);
  });
});
