import { describe, expect, test } from 'vitest';
import { targetsChart } from '../../../src/charts/targets';
import { targetFigures } from '../../fixtures/chart-data';
import { expectSvgSnapshot } from './snapshot';
import { all, barLength, datumOf, expectChartRules, marksOf, parseSvg, texts } from './svg-rules';

for (const width of [340, 640]) {
  const options = { id: `targets-${width}`, label: '2021年力争新增高新技术企业和科技型中小企业' };
  const svg = targetsChart(targetFigures, { width }, options);
  const root = parseSvg(svg);

  describe(`targetsChart at ${width}`, () => {
    test('meets the rules for every chart SVG', () => {
      expectChartRules(svg, { name: 'targets', width, ...options });
    });

    test('draws targets as dashed outlines with no fill, never as results', () => {
      for (const f of targetFigures) {
        const [mark] = marksOf(root, f.id);
        expect(mark?.getAttribute('class')).toBe('mark mark--target');
        expect(mark?.getAttribute('fill')).toBe('none');
        expect(mark?.getAttribute('stroke-dasharray')).toBeTruthy();
      }
      expect(all(root, '.mark--muling')).toHaveLength(0);
    });

    test('labels each target 目标 with its printed value', () => {
      expect(texts(datumOf(root, 'f-target-hightech'))).toContain('目标 10户');
      expect(texts(datumOf(root, 'f-target-sme'))).toContain('目标 30户');
    });

    test('keeps the article’s 力争 in words', () => {
      expect(texts(root).join('')).toContain('力争');
    });

    test('draws 30户 three times as long as 10户', () => {
      expect(barLength(root, 'f-target-sme') / barLength(root, 'f-target-hightech')).toBeCloseTo(3, 2);
    });

    test('steps 1, 2 in the order given', () => {
      expect(all(root, 'g.datum').map((g) => g.getAttribute('data-step'))).toEqual(['1', '2']);
    });

    test('matches its snapshot', () => expectSvgSnapshot(svg, 'targets', width));
  });
}
