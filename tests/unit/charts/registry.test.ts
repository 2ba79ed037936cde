// Every chart of the real content, drawn through the one registry at every size a surface asks for,
// keeps the SVG rules and prints every figure exactly as the article does.
import { describe, expect, it } from 'vitest';
import { chartEntries, chartLabel, drawChart } from '../../../src/charts';
import { PAGE_CHART } from '../../../src/charts/sizes';
import { isFigure, isRanking } from '../../../src/schema';
import { printedOnMark, printedPlace, printedAloud } from '../../../src/lib/wording';
import { realContent } from '../../content';
import { all, expectChartRules, num, parseSvg, texts } from './svg-rules';

const { story } = realContent();
const { lookup, charts } = story;

const SIZES = [
  { name: 'page', size: { width: PAGE_CHART.width }, floor: 14 },
  { name: 'large text', size: PAGE_CHART.large, floor: 14 * PAGE_CHART.large.scale },
  { name: 'handout column', size: { width: 330 }, floor: 14 },
  { name: 'handout page', size: { width: 680 }, floor: 14 },
  { name: 'poster', size: { width: 920, scale: 2 }, floor: 28 },
];

describe.each(SIZES)('every chart at $name size', ({ size, floor }) => {
  it.each(charts.map((c) => [c.id, c] as const))('%s keeps the SVG rules and says every number it draws', (id, chart) => {
    const drawn = drawChart(chart, lookup, size, `t-${id}`);
    const root = expectChartRules(drawn.svg, { width: size.width, id: `t-${id}`, label: chartLabel(chart, lookup), floor });
    expect(drawn.width).toBe(size.width);
    expect(drawn.height).toBe(num(root, 'height'));
    expect(drawn.svg).toContain(drawn.body);
    const words = texts(root).join(' ');
    for (const e of chartEntries(chart, lookup)) {
      const printed = isRanking(e) ? e.printed : isFigure(e) ? (chart.kind === 'tiles' ? e.printed : printedOnMark(e)) : '';
      expect(words, `${id}: ${e.id}`).toContain(printed);
    }
  });
});

describe('the accessible name of a chart', () => {
  it('the name is its finding', () => {
    expect(chartLabel(lookup.chart('growth'), lookup)).toBe('图：地区生产总值、规上工业增加值和一般公共预算收入增速均居牡丹江市首位');
  });
  it('every number it draws is read aloud in the table beside it, with its status in words', () => {
    expect(chartEntries(lookup.chart('growth'), lookup).map((e) => printedAloud(e, lookup.figureOrUndefined))).toEqual([
      '地区生产总值增长（预计）11.0%',
      '规上工业增加值增长（预计）30.7%',
      '一般公共预算收入增长12.1%',
    ]);
  });
});

const page = (id: string) => parseSvg(drawChart(lookup.chart(id), lookup, { width: PAGE_CHART.width }).svg);

describe('bars', () => {
  it('share one linear scale from zero: 38.2亿元 is 3820000000/891万元 times as long as 891万元', () => {
    const root = page('money');
    const width = (key: string) => num(root.querySelector(`g.datum[data-key="${key}"] .mark`), 'width');
    expect(width('f-investment') / width('f-loans')).toBeCloseTo(38.2 / 11.9, 1);
  });
  it('hatch estimates and say 预计 beside them; a reported rate is solid', () => {
    const root = page('growth');
    expect(root.querySelector('g[data-key="f-gdp-growth"] .mark--estimate')).not.toBeNull();
    expect(root.querySelector('g[data-key="f-revenue-growth"] .mark--reported')).not.toBeNull();
    expect(texts(root)).toContain('11.0%（预计）');
    expect(texts(root)).toContain('12.1%');
  });
});

describe('units (Plot)', () => {
  const root = page('projects');
  const squares = (selector: string) => (root.querySelector(`${selector} path`)?.getAttribute('d')?.match(/M/g) ?? []).length;
  it('draws one square per project: the 16 of the part and the 90 others, each group one path', () => {
    expect(squares('g.datum--part')).toBe(16);
    expect(squares('g.datum:not(.datum--part)')).toBe(90);
  });
  it('gives the whole step 1 and the part step 2, with the classes the page colours', () => {
    expect(root.querySelector('g.datum.mark--context')?.getAttribute('data-step')).toBe('1');
    expect(root.querySelector('g.datum--part.mark--reported')?.getAttribute('data-step')).toBe('2');
  });
  it("leaves nothing of Plot's own styling", () => {
    expect(
      all(root, '[class]')
        .map((e) => e.getAttribute('class'))
        .join(' '),
    ).not.toMatch(/plot-/);
  });
});

describe('ranks', () => {
  const root = page('rankings');
  it('prints every place as the article does, grouped once under each scope, widest first', () => {
    const heads = all(root, '.t-head').map((t) => t.textContent);
    expect(heads).toEqual(['全国', '全省', '牡丹江市']);
    const chart = lookup.chart('rankings');
    if (chart.kind !== 'ranks') throw new Error('rankings is a ranks chart');
    const badges = all(root, 'g.datum').map((g) => [g.getAttribute('data-key'), g.querySelector('.t-value')?.textContent]);
    expect(badges).toEqual(chart.rankings.map((id) => [id, lookup.ranking(id).printed]));
  });
  it('has no place axis: no 第一…第N scale on which a third place would read as last', () => {
    const places = all(root, 'text').filter((t) => /^第[一二三四五]名?$|^首位$/.test(t.textContent ?? ''));
    expect(places.every((t) => t.closest('g.datum'))).toBe(true);
    expect(places).toHaveLength(10);
    // The only lines are the rules under the three scope headings.
    expect(all(root, 'line')).toHaveLength(3);
  });
  it('fills first places and outlines the others, and says 预计 beside rankings of estimates', () => {
    expect(all(root, '.mark--badge-first').length).toBe(story.rankings.filter((r) => r.place === 1).length);
    expect(all(root, '.mark--badge').length).toBe(story.rankings.filter((r) => r.place > 1).length);
    expect(texts(root).join('')).toContain('地区生产总值增长（预计）');
  });
  it('spells each place with its scope in the data table words (全省第二名)', () => {
    expect(printedPlace(lookup.ranking('r-poverty-province'))).toBe('全省第二名');
  });
});

describe('tiles', () => {
  const root = page('livelihoods');
  it("print each number as the article does — 3.35% not 3.4%, 近7000户 with 近 — with the article's 控制在", () => {
    const words = texts(root);
    expect(words).toContain('3.35%');
    expect(words).toContain('近7000户');
    expect(words).toContain('控制在');
  });
  it('draw nothing to a length', () => {
    expect(all(root, 'rect')).toEqual([]);
  });
});

describe('pairs', () => {
  const root = page('targets');
  it('set the 2021 target beside the 2020 count the article gives, each labelled with its year and kind', () => {
    const words = texts(root).join('');
    expect(words).toContain('2020年 跻身高新技术企业行列');
    expect(words).toContain('2021年目标 新增高新技术企业');
    expect(words).toContain('目标 10户');
    expect(words).toContain('8户');
  });
  it('say where the article gives no 2020 count, rather than drawing one', () => {
    expect(texts(root).join('')).toContain('2020年 新增科技型中小企业：原文未给出');
  });
  it('draw targets as dashed outlines and the 2020 count solid', () => {
    expect(all(root, '.mark--target').length).toBe(2);
    expect(all(root, '.mark--target').every((m) => m.getAttribute('stroke-dasharray'))).toBe(true);
    expect(all(root, '.mark--before').length).toBe(1);
  });
});
