import { DOMParser } from 'linkedom';
import { expect } from 'vitest';

/** Parse chart markup as XML, as a strict consumer would. */
export function parseSvg(markup: string): Element {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  return doc.documentElement as unknown as Element;
}

export const all = (root: Element, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

export function num(el: Element | null | undefined, name: string): number {
  const v = el?.getAttribute(name);
  if (v == null) throw new Error(`missing ${name} on ${el?.outerHTML.slice(0, 80)}`);
  return Number(v);
}

export const texts = (root: Element): string[] => all(root, 'text').map((t) => t.textContent ?? '');

/** Attributes that hold coordinates or lengths. */
const GEOMETRY = [
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox',
  'stroke-width',
  'stroke-dasharray',
];

export interface ChartCase {
  readonly width: number;
  readonly id: string;
  readonly label: string;
  /** The least font size the drawing may use (px of the SVG). */
  readonly floor: number;
}

/**
 * Every rule the brief sets for every chart SVG, whatever draws it: one namespaced <svg>, one
 * image with an accessible name, no styling inside (classes only, so the page's CSP and themes
 * hold), rounded coordinates, ids from the chart's own prefix, text sized by attribute and never
 * under the floor. Whether text fits is measured in a browser on the built pages, not here.
 */
export function expectChartRules(markup: string, c: ChartCase): Element {
  expect(markup.match(/<svg\b/g)).toHaveLength(1);
  expect(markup).not.toMatch(/\sstyle=/);
  expect(markup).not.toMatch(/<style\b/);

  const root = parseSvg(markup);
  expect(root.tagName).toBe('svg');
  expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  expect(root.getAttribute('role')).toBe('img');
  expect(root.getAttribute('aria-label')).toBe(c.label);
  expect(root.getAttribute('class')).toMatch(/^chart chart--[a-z]+$/);
  expect(num(root, 'width')).toBe(c.width);
  const height = num(root, 'height');
  expect(Number.isInteger(height) && height > 0).toBe(true);
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${c.width} ${height}`);

  for (const el of all(root, '*')) {
    for (const { name } of Array.from(el.attributes)) {
      expect(name === 'role' || name.startsWith('aria-'), `${name} on <${el.tagName}> (the root alone is the image)`).toBe(false);
    }
    for (const name of GEOMETRY) {
      const v = el.getAttribute(name);
      if (v != null) expect(v, `${name} on <${el.tagName}>`).not.toMatch(/\d\.\d{2,}/);
    }
    for (const name of ['fill', 'stroke', 'color', 'stop-color']) {
      const v = el.getAttribute(name);
      if (v != null && v !== 'none') expect(v, `${name} on <${el.tagName}>: colour comes from classes`).toBe(`url(#${c.id}-hatch)`);
    }
    const id = el.getAttribute('id');
    if (id != null) expect(id.startsWith(`${c.id}-`), id).toBe(true);
  }
  for (const ref of markup.matchAll(/url\(#([^)]+)\)/g)) {
    expect(root.querySelector(`[id="${ref[1]}"]`), `reference to #${ref[1]}`).not.toBeNull();
  }
  for (const t of all(root, 'text')) {
    expect(num(t, 'font-size'), t.textContent ?? '').toBeGreaterThanOrEqual(c.floor - 0.05);
    expect(t.getAttribute('class') ?? '', t.textContent ?? '').toMatch(/^t-[a-z]+( t-[a-z-]+)*$/);
  }
  for (const g of all(root, 'g.datum')) expect(g.getAttribute('data-step')).toMatch(/^[1-9][0-9]*$/);
  return root;
}
