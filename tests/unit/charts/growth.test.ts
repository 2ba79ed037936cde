import { describe, expect, test } from 'vitest';
import { GROWTH_TITLE, growthChart } from '../../../src/charts/growth';
import { growthFigures } from '../../fixtures/chart-data';
import { expectSvgSnapshot } from './snapshot';
import { all, barLength, datumOf, expectChartRules, marksOf, num, parseSvg, texts } from './svg-rules';

for (const width of [340, 640]) {
  const options = { id: `growth-${width}`, label: '地区生产总值、规上工业增加值和一般公共预算收入的增速' };
  const svg = growthChart(growthFigures, { width }, options);
  const root = parseSvg(svg);

  describe(`growthChart at ${width}`, () => {
    test('meets the rules for every chart SVG', () => {
      expectChartRules(svg, { name: 'growth', width, ...options });
    });

    test('draws bars in proportion to the rates, from zero (30.7% is 30.7/11.0 of the 11.0% bar)', () => {
      const gdp = barLength(root, 'f-gdp-growth');
      const industry = barLength(root, 'f-industry-growth');
      const revenue = barLength(root, 'f-revenue-growth');
      expect(industry / gdp).toBeCloseTo(30.7 / 11.0, 2);
      expect(revenue / gdp).toBeCloseTo(12.1 / 11.0, 2);
      const x0 = num(marksOf(root, 'f-gdp-growth')[0], 'x');
      for (const f of growthFigures) expect(num(marksOf(root, f.id)[0], 'x')).toBe(x0);
    });

    test('hatches the two estimates and fills the reported rate', () => {
      for (const id of ['f-gdp-growth', 'f-industry-growth']) {
        const [mark] = marksOf(root, id);
        expect(mark?.getAttribute('class')).toBe('mark mark--estimate');
        expect(mark?.getAttribute('fill')).toBe(`url(#${options.id}-hatch)`);
      }
      expect(marksOf(root, 'f-revenue-growth')[0]?.getAttribute('class')).toBe('mark mark--muling');
    });

    test('defines the hatch pattern once, with its id from options.id and hatch-line lines', () => {
      const patterns = all(root, 'defs pattern');
      expect(patterns).toHaveLength(1);
      expect(patterns[0]?.getAttribute('id')).toBe(`${options.id}-hatch`);
      expect(all(patterns[0] as Element, 'line').every((l) => l.getAttribute('class') === 'hatch-line')).toBe(true);
    });

    test('labels each bar with the printed rate, and says 预计 for the estimates', () => {
      expect(texts(datumOf(root, 'f-gdp-growth'))).toContain('11.0%（预计）');
      expect(texts(datumOf(root, 'f-industry-growth'))).toContain('30.7%（预计）');
      expect(texts(datumOf(root, 'f-revenue-growth'))).toContain('12.1%');
      expect(texts(root).some((t) => t.includes('预计数'))).toBe(true);
    });

    test('names each bar with the article’s indicator', () => {
      for (const f of growthFigures) expect(texts(datumOf(root, f.id)).join('')).toContain(f.label);
    });

    test('steps 1, 2, 3 in the order given', () => {
      expect(all(root, 'g.datum').map((g) => [g.getAttribute('data-key'), g.getAttribute('data-step')])).toEqual([
        ['f-gdp-growth', '1'],
        ['f-industry-growth', '2'],
        ['f-revenue-growth', '3'],
      ]);
    });

    test('matches its snapshot', () => expectSvgSnapshot(svg, 'growth', width));
  });
}

test('growthChart is deterministic: the same input gives the same markup', () => {
  const a = growthChart(growthFigures, { width: 340 }, { id: 'g', label: 'x' });
  const b = growthChart(growthFigures, { width: 340 }, { id: 'g', label: 'x' });
  expect(a).toBe(b);
});

test('growthChart escapes labels and the accessible name', () => {
  const [first] = growthFigures;
  const svg = growthChart([{ ...first!, label: 'A & <B> "C" \'D\'' }], { width: 340 }, { id: 'g', label: '<&>' });
  expect(svg).toContain('aria-label="&lt;&amp;&gt;"');
  expect(svg).toContain('A &amp; &lt;B&gt; &quot;C&quot; &#39;D&#39;');
  expect(texts(parseSvg(svg))).toContain('A & <B> "C" \'D\'');
});

test('GROWTH_TITLE is 主要指标增速（%）', () => expect(GROWTH_TITLE).toBe('主要指标增速（%）'));
