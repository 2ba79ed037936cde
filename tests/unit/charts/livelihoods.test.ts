import { describe, expect, test } from 'vitest';
import { livelihoodsChart } from '../../../src/charts/livelihoods';
import { livelihoodFigures } from '../../fixtures/chart-data';
import { expectSvgSnapshot } from './snapshot';
import { all, barLength, datumOf, expectChartRules, marksOf, parseSvg, texts } from './svg-rules';

const byId = new Map(livelihoodFigures.map((f) => [f.id, f]));
const value = (id: string): number => byId.get(id)!.value;

for (const width of [340, 640]) {
  const options = { id: `livelihoods-${width}`, label: '2020年民生实事，按单位分组' };
  const svg = livelihoodsChart(livelihoodFigures, { width }, options);
  const root = parseSvg(svg);

  describe(`livelihoodsChart at ${width}`, () => {
    test('meets the rules for every chart SVG', () => {
      expectChartRules(svg, { name: 'livelihoods', width, ...options });
    });

    test('draws one datum per figure', () => {
      expect(all(root, 'g.datum').map((g) => g.getAttribute('data-key')).sort()).toEqual(livelihoodFigures.map((f) => f.id).sort());
    });

    test('shares one scale within the 户 group (254, 389 and 628 in proportion to 近7000)', () => {
      const perHousehold = barLength(root, 'f-pipe-households') / value('f-pipe-households');
      for (const id of ['f-resettled', 'f-dilapidated-homes', 'f-toilets']) {
        expect(Math.abs(barLength(root, id) - value(id) * perHousehold), id).toBeLessThanOrEqual(0.2);
      }
    });

    test('groups by unit in the order 户, 个, 座, 处, 公里, 人, 万名, %, one step per group', () => {
      const steps = Object.fromEntries(all(root, 'g.datum').map((g) => [g.getAttribute('data-key'), Number(g.getAttribute('data-step'))]));
      expect(steps).toEqual({
        'f-pipe-households': 1, 'f-resettled': 1, 'f-dilapidated-homes': 1, 'f-toilets': 1,
        'f-old-estates': 2, 'f-dilapidated-bridges': 3, 'f-water-works': 4, 'f-pipes': 5,
        'f-jobs': 6, 'f-water-people': 7, 'f-unemployment': 8,
      });
    });

    test('gives each group its own axis, in its own unit', () => {
      const ticks = all(root, 'text.t-axis').map((t) => t.textContent ?? '');
      for (const unit of ['户', '个', '座', '处', '公里', '人', '万名', '%']) {
        expect(ticks.some((t) => t.endsWith(unit)), unit).toBe(true);
      }
    });

    test('says that groups do not share a scale', () => {
      expect(texts(root).join('')).toContain('各组刻度不同');
    });

    test('keeps 近 on 近7000户 and draws it as approximate, with an open dashed end', () => {
      expect(texts(datumOf(root, 'f-pipe-households'))).toContain('近7000户');
      const end = marksOf(root, 'f-pipe-households').find((m) => m.getAttribute('class') === 'mark mark--approximate');
      expect(end?.getAttribute('fill')).toBe('none');
      expect(end?.getAttribute('stroke-dasharray')).toBeTruthy();
      expect(texts(root).join('')).toContain('近');
    });

    test('keeps 控制在 on 3.35%', () => {
      expect(texts(datumOf(root, 'f-unemployment'))).toContain('控制在3.35%');
    });

    test('labels every bar with its printed value', () => {
      for (const f of livelihoodFigures) {
        expect(all(datumOf(root, f.id), 'text.t-value').map((t) => t.textContent ?? '').join(''), f.id).toContain(f.printed);
      }
    });

    test('matches its snapshot', () => expectSvgSnapshot(svg, 'livelihoods', width));
  });
}
