import { describe, expect, test } from 'vitest';
import { moneyChart } from '../../../src/charts/money';
import { moneyFigures } from '../../fixtures/chart-data';
import { expectSvgSnapshot } from './snapshot';
import { all, barLength, datumOf, expectChartRules, marksOf, num, parseSvg, texts } from './svg-rules';

for (const width of [340, 640]) {
  const options = { id: `money-${width}`, label: '招商引资到位资金、融资贷款、奖补、减负和创业贷款' };
  const svg = moneyChart(moneyFigures, { width }, options);
  const root = parseSvg(svg);

  describe(`moneyChart at ${width}`, () => {
    test('meets the rules for every chart SVG', () => {
      expectChartRules(svg, { name: 'money', width, ...options });
    });

    test('puts all five sums on one linear scale in 元, from zero', () => {
      const [largest] = moneyFigures;
      const perYuan = barLength(root, largest!.id) / largest!.value;
      for (const f of moneyFigures) {
        // Within the one-decimal rounding of the drawn width.
        expect(Math.abs(barLength(root, f.id) - f.value * perYuan), f.id).toBeLessThanOrEqual(0.1);
      }
      const x0 = num(marksOf(root, largest!.id)[0], 'x');
      for (const f of moneyFigures) expect(num(marksOf(root, f.id)[0], 'x')).toBe(x0);
    });

    test('labels every bar with its printed value, small bars too, just past the bar’s end', () => {
      for (const f of moneyFigures) {
        const g = datumOf(root, f.id);
        const value = all(g, 'text.t-value');
        expect(value.map((t) => t.textContent)).toEqual([f.printed]);
        const [bar] = marksOf(root, f.id);
        expect(num(value[0], 'x')).toBeGreaterThan(num(bar, 'x') + num(bar, 'width'));
      }
    });

    test('draws the sums as Muling’s own results', () => {
      for (const f of moneyFigures) expect(marksOf(root, f.id)[0]?.getAttribute('class')).toBe('mark mark--muling');
    });

    test('writes axis ticks in 亿元 as the article does', () => {
      expect(all(root, 'text.t-axis').map((t) => t.textContent)).toContain('10亿元');
    });

    test('names each bar with the article’s words', () => {
      for (const f of moneyFigures) expect(texts(datumOf(root, f.id)).join('')).toContain(f.label);
    });

    test('matches its snapshot', () => expectSvgSnapshot(svg, 'money', width));
  });
}
