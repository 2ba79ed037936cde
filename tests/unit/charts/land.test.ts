import { describe, expect, test } from 'vitest';
import { landChart } from '../../../src/charts/land';
import { landFigures } from '../../fixtures/chart-data';
import { expectSvgSnapshot } from './snapshot';
import { all, barLength, datumOf, expectChartRules, marksOf, num, parseSvg, texts } from './svg-rules';

for (const width of [340, 640]) {
  const options = { id: `land-${width}`, label: '沙棘、果蔬、水土流失治理和有机亚麻的面积' };
  const svg = landChart(landFigures, { width }, options);
  const root = parseSvg(svg);

  describe(`landChart at ${width}`, () => {
    test('meets the rules for every chart SVG', () => {
      expectChartRules(svg, { name: 'land', width, ...options });
    });

    test('puts all four areas on one linear scale in 亩, from zero', () => {
      const [largest] = landFigures;
      const perYuan = barLength(root, largest!.id) / largest!.value;
      for (const f of landFigures) {
        // Within the one-decimal rounding of the drawn width.
        expect(Math.abs(barLength(root, f.id) - f.value * perYuan), f.id).toBeLessThanOrEqual(0.1);
      }
      const x0 = num(marksOf(root, largest!.id)[0], 'x');
      for (const f of landFigures) expect(num(marksOf(root, f.id)[0], 'x')).toBe(x0);
    });

    test('labels every bar with its printed value, small bars too, just past the bar’s end', () => {
      for (const f of landFigures) {
        const g = datumOf(root, f.id);
        const value = all(g, 'text.t-value');
        expect(value.map((t) => t.textContent)).toEqual([f.printed]);
        const [bar] = marksOf(root, f.id);
        expect(num(value[0], 'x')).toBeGreaterThan(num(bar, 'x') + num(bar, 'width'));
      }
    });

    test('draws the areas as Muling’s own results', () => {
      for (const f of landFigures) expect(marksOf(root, f.id)[0]?.getAttribute('class')).toBe('mark mark--muling');
    });

    test('writes axis ticks in 万亩 as the article does', () => {
      expect(all(root, 'text.t-axis').map((t) => t.textContent)).toContain('10万亩');
    });

    test('names each bar with the article’s words', () => {
      for (const f of landFigures) expect(texts(datumOf(root, f.id)).join('')).toContain(f.label);
    });

    test('matches its snapshot', () => expectSvgSnapshot(svg, 'land', width));
  });
}
