import { describe, expect, test } from 'vitest';
import { projectsChart } from '../../../src/charts/projects';
import { projectFigures } from '../../fixtures/chart-data';
import { expectSvgSnapshot } from './snapshot';
import { all, datumOf, expectChartRules, num, parseSvg, texts } from './svg-rules';

for (const width of [340, 640]) {
  const options = { id: `projects-${width}`, label: '全年开复工各类项目106个，其中省市百大项目16个' };
  const svg = projectsChart(projectFigures, { width }, options);
  const root = parseSvg(svg);

  describe(`projectsChart at ${width}`, () => {
    test('meets the rules for every chart SVG, Plot’s output included', () => {
      expectChartRules(svg, { name: 'projects', width, ...options });
      expect(svg).not.toMatch(/plot-[0-9a-f]{6}/);
      expect(svg).not.toContain('font-family');
    });

    test('draws 106 squares, exactly 16 of them mark--muling and 90 mark--context', () => {
      expect(all(root, 'g.datum rect')).toHaveLength(106);
      expect(all(root, 'g.datum .mark--muling')).toHaveLength(16);
      expect(all(root, 'g.datum .mark--context')).toHaveLength(90);
    });

    test('groups the 90 under f-projects at step 1 and the 16 under f-big-projects at step 2, with datum--part', () => {
      const rest = datumOf(root, 'f-projects');
      const part = datumOf(root, 'f-big-projects');
      expect(rest.getAttribute('data-step')).toBe('1');
      expect(all(rest, 'rect')).toHaveLength(90);
      expect(part.getAttribute('data-step')).toBe('2');
      expect(part.getAttribute('class')).toBe('datum datum--part');
      expect(all(part, 'rect')).toHaveLength(16);
    });

    test('draws every square the same size, and squares', () => {
      const squares = all(root, 'g.datum rect');
      const w = num(squares[0], 'width');
      for (const s of squares) {
        expect(Math.abs(num(s, 'width') - w)).toBeLessThanOrEqual(0.1);
        expect(Math.abs(num(s, 'height') - w)).toBeLessThanOrEqual(0.1);
      }
    });

    test('puts the 16 first in reading order', () => {
      const order = (r: Element) => num(r, 'y') * 10_000 + num(r, 'x');
      const lastPart = Math.max(...all(datumOf(root, 'f-big-projects'), 'rect').map(order));
      const firstRest = Math.min(...all(datumOf(root, 'f-projects'), 'rect').map(order));
      expect(lastPart).toBeLessThan(firstRest);
    });

    test('keeps every square inside the picture', () => {
      // The grid sits below the legend, moved down by the one transform in the chart.
      const grid = root.querySelector('g[transform]');
      const dy = Number(/translate\(0,([\d.]+)\)/.exec(grid?.getAttribute('transform') ?? '')?.[1]);
      expect(dy).toBeGreaterThan(0);
      for (const s of all(root, 'g.datum rect')) {
        expect(num(s, 'x')).toBeGreaterThanOrEqual(0);
        expect(num(s, 'x') + num(s, 'width')).toBeLessThanOrEqual(width);
        expect(dy + num(s, 'y') + num(s, 'height')).toBeLessThanOrEqual(num(root, 'height'));
      }
    });

    test('says in words what the whole and the part are', () => {
      const words = texts(root).join(' ');
      expect(words).toContain('全年开复工各类项目 106个');
      expect(words).toContain('其中省市百大项目 16个');
    });

    test('matches its snapshot', () => expectSvgSnapshot(svg, 'projects', width));
  });
}

test('projectsChart is deterministic: Plot’s ids and class names never reach the markup', () => {
  const a = projectsChart(projectFigures, { width: 340 }, { id: 'p', label: 'x' });
  const b = projectsChart(projectFigures, { width: 340 }, { id: 'p', label: 'x' });
  expect(a).toBe(b);
});

test('projectsChart refuses a part larger than the whole', () => {
  const { total, part } = projectFigures;
  expect(() => projectsChart({ total: part, part: total }, { width: 340 }, { id: 'p', label: 'x' })).toThrow(RangeError);
});
