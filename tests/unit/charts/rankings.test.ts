import { describe, expect, test } from 'vitest';
import { rankingsChart } from '../../../src/charts/rankings';
import { rankings } from '../../fixtures/chart-data';
import { expectSvgSnapshot } from './snapshot';
import { all, datumOf, expectChartRules, num, parseSvg, texts } from './svg-rules';

const dotX = (root: Element, key: string): number => num(datumOf(root, key).querySelector('circle.mark'), 'cx');

for (const width of [340, 640]) {
  const options = { id: `rankings-${width}`, label: '穆棱在牡丹江市、全省和全国的名次' };
  const svg = rankingsChart(rankings, { width }, options);
  const root = parseSvg(svg);

  describe(`rankingsChart at ${width}`, () => {
    test('meets the rules for every chart SVG', () => {
      expectChartRules(svg, { name: 'rankings', width, ...options });
    });

    test('draws one Muling dot per ranking', () => {
      expect(all(root, 'g.datum circle.mark--muling')).toHaveLength(rankings.length);
      for (const r of rankings) expect(all(datumOf(root, r.id), 'circle.mark')).toHaveLength(1);
    });

    test('orders dots by place: every first shares one x, then second, then third', () => {
      const firsts = rankings.filter((r) => r.place === 1).map((r) => dotX(root, r.id));
      expect(new Set(firsts).size).toBe(1);
      const [first] = firsts;
      expect(dotX(root, 'r-poverty-province')).toBeGreaterThan(first!);
      expect(dotX(root, 'r-ecology-national')).toBeGreaterThan(dotX(root, 'r-poverty-province'));
      // Evenly spaced places.
      expect(dotX(root, 'r-ecology-national') - dotX(root, 'r-poverty-province')).toBeCloseTo(dotX(root, 'r-poverty-province') - first!, 0);
    });

    test('labels each row with its indicator and its place as printed', () => {
      for (const r of rankings) {
        const words = texts(datumOf(root, r.id));
        expect(words.join('')).toContain(r.label);
        expect(words).toContain(r.printed);
      }
    });

    test('puts the place axis at 第一…第三, the lowest place in the data, and no further', () => {
      const axis = all(root, 'text.t-axis').map((t) => t.textContent);
      expect(new Set(axis)).toEqual(new Set(['第一', '第二', '第三']));
      expect(texts(root).join('')).not.toMatch(/第四|共\d|\/\s*\d|之\d/);
    });

    test('heads each group with its scope, in the order of the data', () => {
      expect(all(root, 'text.t-head').map((t) => t.textContent)).toEqual(['牡丹江市', '全省', '全国']);
    });

    test('steps by scope: 牡丹江市 1, 全省 2, 全国 3', () => {
      for (const r of rankings) {
        const step = { 牡丹江市: '1', 牡丹江地区: '1', 全省: '2', 全国: '3' }[r.scope];
        expect(datumOf(root, r.id).getAttribute('data-step'), r.id).toBe(step);
      }
    });

    test('says that the article gives no field sizes', () => {
      expect(texts(root).some((t) => t.includes('原文未给出参评数量'))).toBe(true);
    });

    test('matches its snapshot', () => expectSvgSnapshot(svg, 'rankings', width));
  });
}

test('rankingsChart draws only the places that exist: all firsts make a one-place axis', () => {
  const firsts = rankings.filter((r) => r.place === 1);
  const root = parseSvg(rankingsChart(firsts, { width: 340 }, { id: 'r', label: 'x' }));
  expect(new Set(all(root, 'text.t-axis').map((t) => t.textContent))).toEqual(new Set(['第一']));
});
