// What Plot writes, rewritten under the chart rules without relying on how Plot groups its marks:
// only a mark's className (our classes; step-N as data-step) and its geometry reach the page.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { plotMarkup } from '../../../src/charts/plot-svg';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const plotted = () =>
  Plot.plot({
    document: document as unknown as Document,
    width: 100,
    height: 20,
    margin: 0,
    x: { type: 'band', domain: [0, 1, 2], axis: null },
    marks: [
      Plot.cell([0, 1], { x: (d: number) => d, className: 'datum step-1 mark--context' }),
      Plot.cell([2], { x: (d: number) => d, className: 'datum datum--part step-2 mark--reported' }),
    ],
  });

test("plotMarkup drops Plot's <style> and every style, colour and aria attribute", () => {
  const markup = plotMarkup(plotted(), { idPrefix: 'p' });
  expect(markup).not.toMatch(/<style|style=|fill="(?!url)|stroke="|aria-/);
});

test('plotMarkup keeps the classes a mark was given and turns step-N into data-step', () => {
  const markup = plotMarkup(plotted(), { idPrefix: 'p' });
  expect(markup).toContain('class="datum mark--context" data-step="1"');
  expect(markup).toContain('class="datum datum--part mark--reported" data-step="2"');
  expect(markup).not.toMatch(/plot-/);
});

test('plotMarkup draws a group of bare rectangles as one path with one square each', () => {
  const markup = plotMarkup(plotted(), { idPrefix: 'p' });
  const context = /<g class="datum mark--context"[^>]*>(.*?)<\/g>/.exec(markup)![1]!;
  expect(context).toMatch(/^<path d="[^"]+"\/>$/);
  expect((context.match(/M/g) ?? []).length).toBe(2);
});

test('plotMarkup rounds coordinates to one decimal and renames ids from the prefix', () => {
  const svg = parseHTML('<svg><defs><clipPath id="plot-clip-3"><rect x="1.26" y="0" width="3.333" height="2"/></clipPath></defs><g clip-path="url(#plot-clip-3)"><circle cx="1.04" cy="2" r="3"/></g></svg>').document.querySelector('svg')!;
  const markup = plotMarkup(svg as unknown as Element, { idPrefix: 'c' });
  expect(markup).toContain('id="c-1"');
  expect(markup).toContain('url(#c-1)');
  expect(markup).toContain('cx="1"');
  expect(markup).not.toMatch(/\d\.\d{2,}/);
});
