import { DOMParser } from 'linkedom';
import { expect } from 'vitest';
import { textWidth } from '../../../src/charts/svg';

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

/** The datum group of a figure or ranking. */
export function datumOf(root: Element, key: string): Element {
  const g = root.querySelector(`g.datum[data-key="${key}"]`);
  if (!g) throw new Error(`no datum for ${key}`);
  return g;
}

/** Attributes that hold coordinates or lengths. */
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points', 'transform', 'viewBox', 'stroke-width'];
const MARK_CLASSES = new Set(['mark', 'mark--muling', 'mark--context', 'mark--estimate', 'mark--target', 'mark--approximate']);
const TEXT_CLASSES = new Set(['t-label', 't-value', 't-axis', 't-note', 't-head']);

export interface ChartCase {
  readonly name: string;
  readonly width: number;
  readonly id: string;
  readonly label: string;
}

/** Every rule the brief sets for every chart SVG. */
export function expectChartRules(markup: string, c: ChartCase): Element {
  // One <svg>, no styling of any kind.
  expect(markup.match(/<svg\b/g)).toHaveLength(1);
  expect(markup).not.toMatch(/\sstyle=/);
  expect(markup).not.toMatch(/<style\b/);

  const root = parseSvg(markup);
  expect(root.tagName).toBe('svg');
  expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  expect(root.getAttribute('role')).toBe('img');
  expect(root.getAttribute('aria-label')).toBe(c.label);
  expect(root.getAttribute('class')).toBe(`chart chart--${c.name}`);
  expect(num(root, 'width')).toBe(c.width);
  const height = num(root, 'height');
  expect(Number.isInteger(height) && height > 0).toBe(true);
  expect(root.getAttribute('viewBox')).toBe(`0 0 ${c.width} ${height}`);

  const inner = all(root, '*');
  for (const el of inner) {
    // Decorative inside: the root alone is the image.
    for (const { name } of Array.from(el.attributes)) {
      expect(name === 'role' || name.startsWith('aria-'), `${name} on <${el.tagName}>`).toBe(false);
    }
    // Rounded coordinates.
    for (const name of GEOMETRY) {
      const v = el.getAttribute(name);
      if (v != null) expect(v, `${name} on <${el.tagName}>`).not.toMatch(/\d\.\d{2,}/);
    }
    // No colour but a hatch reference; no fill at all but that or none.
    for (const name of ['fill', 'stroke', 'color', 'stop-color']) {
      const v = el.getAttribute(name);
      if (v != null && v !== 'none') expect(v, `${name} on <${el.tagName}>`).toBe(`url(#${c.id}-hatch)`);
    }
    // Ids only from options.id, and every reference points at one of them.
    const id = el.getAttribute('id');
    if (id != null) expect(id.startsWith(`${c.id}-`), id).toBe(true);
  }
  for (const ref of markup.matchAll(/url\(#([^)]+)\)/g)) {
    expect(root.querySelector(`[id="${ref[1]}"]`), `reference to #${ref[1]}`).not.toBeNull();
  }

  // Text: sized by attribute, never under the floor, known classes, inside the picture.
  const floor = c.width < 480 ? 14 : 13;
  for (const t of all(root, 'text')) {
    const fs = num(t, 'font-size');
    expect(fs, t.textContent ?? '').toBeGreaterThanOrEqual(floor);
    expect(TEXT_CLASSES.has(t.getAttribute('class') ?? ''), t.getAttribute('class') ?? '(no class)').toBe(true);
    const w = textWidth(t.textContent ?? '', fs);
    const anchor = t.getAttribute('text-anchor') ?? 'start';
    const x = num(t, 'x') + offsetX(t);
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    expect(left, `${t.textContent} starts inside`).toBeGreaterThanOrEqual(-0.5);
    expect(left + w, `${t.textContent} ends inside`).toBeLessThanOrEqual(c.width + 0.5);
    expect(num(t, 'y') + offsetY(t), `${t.textContent} below the top`).toBeGreaterThanOrEqual(fs * 0.8);
    expect(num(t, 'y') + offsetY(t), `${t.textContent} above the bottom`).toBeLessThanOrEqual(height);
  }

  // Marks: known classes, each inside a datum group with a key and a step.
  for (const m of all(root, '.mark')) {
    for (const cls of (m.getAttribute('class') ?? '').split(' ')) expect(MARK_CLASSES.has(cls), cls).toBe(true);
    expect(m.closest('g.datum'), `mark outside a datum: ${m.outerHTML}`).not.toBeNull();
  }
  const datums = all(root, 'g.datum');
  expect(datums.length).toBeGreaterThan(0);
  for (const g of datums) {
    expect(g.getAttribute('data-key')).toMatch(/^[fr]-[a-z0-9-]+$/);
    expect(g.getAttribute('data-step')).toMatch(/^[1-9][0-9]*$/);
  }
  return root;
}

/** Sum of translate() offsets of the ancestors of `el` (the only transform the charts use). */
function translateOf(el: Element, axis: 0 | 1): number {
  let sum = 0;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const m = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(p.getAttribute('transform') ?? '');
    if (m) sum += Number(m[axis + 1]);
  }
  return sum;
}
const offsetX = (el: Element): number => translateOf(el, 0);
const offsetY = (el: Element): number => translateOf(el, 1);

/** The rects of a datum group's marks, in document order. */
export const marksOf = (root: Element, key: string): Element[] => all(datumOf(root, key), '.mark');

/** The horizontal length of a bar (the sum of its parts, for approximate bars drawn in two pieces). */
export function barLength(root: Element, key: string): number {
  return marksOf(root, key).reduce((sum, m) => sum + num(m, 'width'), 0);
}
