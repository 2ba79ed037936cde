import { describe, expect, test } from 'vitest';
import {
  attrs,
  clampCentre,
  datum,
  el,
  escapeText,
  estimateWidth,
  frameOf,
  hatchPattern,
  round,
  roundNumbers,
  svgRoot,
  text,
} from '../../../src/charts/svg';
import { barMark, markKind } from '../../../src/charts/marks';
import { realContent } from '../../content';
import { parseSvg } from './svg-rules';

const wrapText = (s: string, max: number, fs: number) => frameOf({ width: 320 }).wrap(s, max, fs);
const textWidth = (s: string, fs: number) => estimateWidth(s, fs);

describe('escapeText', () => {
  test('escapeText escapes & < > " and \'', () => expect(escapeText(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;'));
  test('escapeText leaves Chinese text and numbers alone', () => expect(escapeText('近7000户（预计）')).toBe('近7000户（预计）'));
});

describe('round and roundNumbers', () => {
  test('round(12.345) is 12.3', () => expect(round(12.345)).toBe(12.3));
  test('round(-0.04) is 0, not -0', () => expect(Object.is(round(-0.04), 0)).toBe(true));
  test('roundNumbers rounds every number in a transform', () =>
    expect(roundNumbers('translate(0.5,12.3456) rotate(-45.06)')).toBe('translate(0.5,12.3) rotate(-45.1)'));
  test('roundNumbers rounds path data', () => expect(roundNumbers('M1.234,5.678L9.99,0')).toBe('M1.2,5.7L10,0'));
});

describe('attrs and el', () => {
  test('attrs writes numbers rounded and strings escaped, in order', () =>
    expect(attrs({ x: 1.26, class: 'a"b' })).toBe(' x="1.3" class="a&quot;b"'));
  test('attrs leaves out null, undefined and false', () => expect(attrs({ a: null, b: undefined, c: false, d: 0 })).toBe(' d="0"'));
  test('attrs refuses NaN', () => expect(() => attrs({ x: Number.NaN })).toThrow());
  test('el self-closes an element without children', () => expect(el('rect', { x: 1 })).toBe('<rect x="1"/>'));
  test('el wraps children', () => expect(el('g', {}, '<a/>', '<b/>')).toBe('<g><a/><b/></g>'));
  test('text escapes its content and sets font-size as an attribute', () => {
    expect(text(1, 2, 'a<b', 't-label', 14)).toBe('<text class="t-label" x="1" y="2" font-size="14">a&lt;b</text>');
  });
  test('text writes text-anchor only when it is not start', () => {
    expect(text(0, 0, 'x', 't-axis', 14, 'middle')).toContain('text-anchor="middle"');
    expect(text(0, 0, 'x', 't-axis', 14)).not.toContain('text-anchor');
  });
});

describe('svgRoot', () => {
  const root = () => parseSvg(svgRoot('growth', 340, 120.2, { id: 'g', label: '增速 & "名次"' }, '<g/>').svg);
  test('svgRoot sets xmlns', () => expect(root().getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg'));
  test('svgRoot sets a viewBox of the whole size, height rounded up', () => expect(root().getAttribute('viewBox')).toBe('0 0 340 121'));
  test('svgRoot sets width and height', () =>
    expect([root().getAttribute('width'), root().getAttribute('height')]).toEqual(['340', '121']));
  test('svgRoot sets role img', () => expect(root().getAttribute('role')).toBe('img'));
  test('svgRoot sets class chart chart--{name}', () => expect(root().getAttribute('class')).toBe('chart chart--growth'));
  test('svgRoot escapes the accessible name', () => {
    expect(svgRoot('x', 1, 1, { id: 'g', label: '<&>' }).svg).toContain('aria-label="&lt;&amp;&gt;"');
  });
  test('svgRoot returns the body alone too, for documents that place the chart themselves', () => {
    const drawn = svgRoot('x', 10, 10, { id: 'g', label: 'x' }, '<g/>', '<a/>');
    expect(drawn.body).toBe('<g/><a/>');
    expect(drawn.svg.endsWith('<g/><a/></svg>')).toBe(true);
  });
});

describe('frames', () => {
  test('320 is narrow, 640 is wide; a scale narrows the layout as it enlarges the text', () => {
    expect([frameOf({ width: 320 }).narrow, frameOf({ width: 640 }).narrow, frameOf({ width: 920, scale: 2 }).narrow]).toEqual([
      true,
      false,
      true,
    ]);
  });
  test('text is never under 14 px at scale 1, and scales with the scale', () => {
    const sizes = (scale: number) => Object.values(frameOf({ width: 320 * scale, scale }).fs);
    expect(sizes(1).length).toBeGreaterThan(0);
    expect(Math.min(...sizes(1))).toBeGreaterThanOrEqual(14);
    expect(sizes(2)).toEqual(sizes(1).map((fs) => fs * 2));
  });
  test('a frame measures with the measure it is given', () => {
    const frame = frameOf({ width: 320, measure: (s) => s.length * 100 });
    expect(frame.measure('ab', 14)).toBe(200);
    expect(frame.wrap('甲乙丙', 250, 14)).toEqual(['甲乙', '丙']);
  });
});

describe('text measuring and wrapping', () => {
  test('textWidth counts a CJK character as one em', () => expect(textWidth('沙棘', 14)).toBe(28));
  test('textWidth counts numerals narrower than CJK', () => expect(textWidth('10', 14)).toBeLessThan(textWidth('沙棘', 14)));
  test('wrapText keeps a line that fits', () => expect(wrapText('改造危桥', 100, 14)).toEqual(['改造危桥']));
  test('wrapText breaks a long line and loses no character', () => {
    const s = '新建和改造供水、供热、燃气管网';
    const lines = wrapText(s, 120, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(s);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120 + 14);
  });
  test('wrapText balances lines instead of leaving one character alone', () => {
    const lines = wrapText('利用内资新签约项目个数', 140, 14);
    expect(Math.min(...lines.map((l) => [...l].length))).toBeGreaterThan(1);
  });
  test('wrapText never starts a line with closing punctuation', () => {
    for (const line of wrapText('新建和改造供水、供热、燃气管网', 98, 14)) expect(line).not.toMatch(/^[，、。）]/);
  });
  test('clampCentre keeps a label inside the width', () => {
    expect(clampCentre(0, 20, 100)).toBe(10);
    expect(clampCentre(100, 20, 100)).toBe(90);
    expect(clampCentre(50, 20, 100)).toBe(50);
  });
});

describe('marks', () => {
  const options = { id: 'c', label: 'x' };
  test('hatchPattern has the id {options.id}-hatch and lines of class hatch-line', () => {
    const p = hatchPattern(options);
    expect(p).toContain('id="c-hatch"');
    expect(p).toContain('class="hatch-line"');
    expect(p).not.toMatch(/stroke="|fill="/);
  });
  test('datum carries class, key and step', () => {
    expect(datum('f-x', 2, ['<rect/>'])).toBe('<g class="datum" data-key="f-x" data-step="2"><rect/></g>');
  });
  test('markKind follows the status: 11.0% estimate, 12.1% reported, 30户 target, 近7000户 approximate', () => {
    const { figure } = realContent().story.lookup;
    const figures = ['f-gdp-growth', 'f-revenue-growth', 'f-target-sme', 'f-pipe-households'].map(figure);
    expect(figures.map(markKind)).toEqual(['estimate', 'reported', 'target', 'approximate']);
  });
  test('an estimate bar is filled with the hatch, by reference', () => {
    expect(barMark('estimate', 0, 0, 10, 5, options)).toBe(
      '<rect class="mark mark--estimate" x="0" y="0" width="10" height="5" fill="url(#c-hatch)"/>',
    );
  });
  test('a target bar is a dashed outline whose fill comes from its class', () => {
    const m = barMark('target', 0, 0, 10, 5, options);
    expect(m).toContain('class="mark mark--target"');
    expect(m).toContain('stroke-dasharray="5 3"');
    expect(barMark('target', 0, 0, 10, 5, options, 2)).toContain('stroke-dasharray="10 6"');
  });
  test('an approximate bar is solid with an open dashed end, the two adding up to its length', () => {
    const m = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${barMark('approximate', 2, 0, 100, 5, options)}</svg>`);
    const [solid, end] = Array.from(m.querySelectorAll('rect'));
    expect(solid?.getAttribute('class')).toBe('mark mark--reported');
    expect(end?.getAttribute('class')).toBe('mark mark--approximate');
    expect(Number(solid?.getAttribute('width')) + Number(end?.getAttribute('width'))).toBe(100);
    expect(Number(end?.getAttribute('x')) + Number(end?.getAttribute('width'))).toBe(102);
  });
});
