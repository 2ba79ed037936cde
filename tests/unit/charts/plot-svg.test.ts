import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { plotMarkup } from '../../../src/charts/plot-svg';

function plotLike(markup: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector('svg') as unknown as Element;
}

const SAMPLE = plotLike(
  '<svg class="plot-d6a7b5" fill="currentColor" font-family="system-ui" style="max-width:100%">' +
    '<style>:where(.plot-d6a7b5){display:block}</style>' +
    '<g aria-label="cell" fill="steelblue" style="opacity:.5"><rect x="1.23456" y="2" width="10.06" height="3" fill="red"/></g>' +
    '<clipPath id="plot-clip-7"><rect width="5"/></clipPath><g clip-path="url(#plot-clip-7)"/>' +
    '</svg>',
);

test('plotMarkup drops Plot’s <style> element and every style attribute', () => {
  const out = plotMarkup(SAMPLE, { idPrefix: 'p' });
  expect(out).not.toMatch(/<style|style=/);
});

test('plotMarkup drops aria-label from groups and colours from attributes', () => {
  const out = plotMarkup(SAMPLE, { idPrefix: 'p' });
  expect(out).not.toContain('aria-label');
  expect(out).not.toMatch(/fill="(?!url)/);
});

test('plotMarkup rounds coordinates to one decimal', () => {
  expect(plotMarkup(SAMPLE, { idPrefix: 'p' })).toContain('x="1.2"');
});

test('plotMarkup renames ids from the prefix and rewrites their references', () => {
  const out = plotMarkup(SAMPLE, { idPrefix: 'p' });
  expect(out).toContain('id="p-1"');
  expect(out).toContain('clip-path="url(#p-1)"');
  expect(out).not.toContain('plot-clip');
});

test('plotMarkup lets the caller add classes and data attributes', () => {
  const out = plotMarkup(SAMPLE, {
    idPrefix: 'p',
    decorate: (el) => (el.tagName.toLowerCase() === 'rect' ? { class: 'mark mark--context' } : undefined),
  });
  expect(out).toContain('class="mark mark--context"');
});
