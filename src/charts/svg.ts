/*
 * Small, strict SVG writers shared by the chart builders. Everything a chart emits goes through
 * here, so that the rules hold in one place: text is escaped, coordinates are rounded to one
 * decimal, and no colour, style or random id is ever written (classes only; see palette.ts).
 */

import { breakLines } from '../lib/lines';
import { escapeText } from '../lib/escape';

/** The width of `text` at `fs` px; `bold` for value labels and headings. */
export type Measure = (text: string, fs: number, bold?: boolean) => number;

/** What every builder is called with besides its data. */
export interface ChartSize {
  /** The drawing's width in px: the page draws at 320; the handout and the posters draw wider. */
  readonly width: number;
  /** Every size (text, bars, gaps) times this: 1 on the page, about 1.4 for large text, 2.2 on a poster. */
  readonly scale?: number;
  /** How text is measured: an estimate for the reader's system font by default, the real font for PNGs. */
  readonly measure?: Measure;
}

export interface ChartOptions {
  /** Prefix of every id the chart defines; unique per instance on a page. */
  readonly id: string;
  /** The accessible name of the chart (aria-label of the root). */
  readonly label: string;
}

/** What a builder returns: the markup and the size it declares. */
export interface DrawnChart {
  /** The whole <svg> element, as a page inlines it. */
  readonly svg: string;
  /** Its children alone, for a document that places the chart inside its own <svg> (a poster). */
  readonly body: string;
  readonly width: number;
  readonly height: number;
}

/** Below this width (in px at scale 1) a builder draws its narrow layout. */
export const NARROW_MAX = 480;

/** Font sizes at scale 1, in px of the SVG, which the page never scales up more than 1.25×. */
export interface FontSizes {
  readonly label: number;
  readonly value: number;
  readonly axis: number;
  readonly note: number;
  readonly big: number;
}
/** At 320 px drawn and shown 288 px wide (a 320 px phone), 14 px renders at 12.6 px: never under 12. */
const FONT: FontSizes = { label: 14, value: 15, axis: 14, note: 14, big: 24 };

/**
 * Everything a builder needs to lay out at one size: the width, the scale `u` for lengths, font
 * sizes, and measuring and wrapping with the measure it was given.
 */
export interface Frame {
  readonly width: number;
  readonly u: number;
  readonly narrow: boolean;
  readonly fs: FontSizes;
  readonly measure: Measure;
  wrap(text: string, maxWidth: number, fs: number, bold?: boolean): string[];
  lineHeight(fs: number): number;
}

export function frameOf(size: ChartSize): Frame {
  const u = size.scale ?? 1;
  const measure = size.measure ?? estimateWidth;
  const fs = Object.fromEntries(Object.entries(FONT).map(([k, v]) => [k, v * u])) as unknown as FontSizes;
  return {
    width: size.width,
    u,
    narrow: size.width / u < NARROW_MAX,
    fs,
    measure,
    wrap: (text, maxWidth, f, bold) => breakLines(text, maxWidth, (s) => measure(s, f, bold)),
    lineHeight,
  };
}

/** Line height for text of size `fs`, and the baseline of a line whose box starts at `top`. */
export const lineHeight = (fs: number): number => Math.round(fs * 1.45);
export const baseline = (top: number, fs: number): number => top + (lineHeight(fs) - fs) / 2 + fs * 0.88;
/** The baseline that centres CJK text and numerals on a mark whose vertical middle is `middle`. */
export const centredBaseline = (middle: number, fs: number): number => middle + fs * 0.36;

export { escapeText };

/** A coordinate rounded to one decimal, without a negative zero. */
export function round(n: number): number {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
}

/** Every number inside an attribute value (a transform, a path, a viewBox) rounded to one decimal. */
export function roundNumbers(value: string): string {
  return value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => String(round(Number(n))));
}

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;

/** ` name="value"` pairs in the given order; numbers rounded, strings escaped, empty values left out. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(a)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`attribute ${name} is ${value}`);
    const v = value === true ? name : typeof value === 'number' ? String(round(value)) : escapeText(value);
    out += ` ${name}="${v}"`;
  }
  return out;
}

/** An element; self-closing when it has no children. Children are markup, already escaped. */
export function el(tag: string, a: Attrs = {}, ...children: readonly string[]): string {
  const body = children.join('');
  return body === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`;
}

export type TextClass = 't-label' | 't-value' | 't-axis' | 't-note' | 't-head' | 't-big' | 't-tag' | 't-accent' | 't-on-accent';
export type Anchor = 'start' | 'middle' | 'end';

/** One line of text, escaped, sized by attribute; `cls` may hold several classes. */
export function text(x: number, y: number, content: string, cls: string, fs: number, anchor: Anchor = 'start'): string {
  return el('text', { class: cls, x, y, 'font-size': fs, 'text-anchor': anchor === 'start' ? null : anchor }, escapeText(content));
}

/** Several lines of text whose first line box starts at `top`; returns the markup and the height used. */
export function textLines(
  x: number,
  top: number,
  lines: readonly string[],
  cls: string,
  fs: number,
  anchor: Anchor = 'start',
): { markup: string; height: number } {
  const lh = lineHeight(fs);
  const markup = lines.map((line, i) => text(x, baseline(top + i * lh, fs), line, cls, fs, anchor)).join('');
  return { markup, height: lines.length * lh };
}

/** The document root every chart shares: namespaced, sized, one image with one accessible name. */
export function svgRoot(name: string, width: number, height: number, options: ChartOptions, ...children: readonly string[]): DrawnChart {
  const w = Math.round(width);
  const h = Math.ceil(height);
  const body = children.join('');
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${w} ${h}`,
      width: w,
      height: h,
      role: 'img',
      'aria-label': options.label,
      class: `chart chart--${name}`,
    },
    body,
  );
  return { svg, body, width: w, height: h };
}

/** The id of the hatch pattern of a chart instance. */
export const hatchId = (options: ChartOptions): string => `${options.id}-hatch`;

/** Diagonal hatching for estimates; its lines take their colour from `.hatch-line`. */
export function hatchPattern(options: ChartOptions, u = 1): string {
  const side = 6 * u;
  return el(
    'pattern',
    { id: hatchId(options), patternUnits: 'userSpaceOnUse', width: side, height: side, patternTransform: 'rotate(45)' },
    el('line', { class: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: side, 'stroke-width': 3 * u }),
  );
}

/** A data mark group the scroll steps reveal and stress: `step` is the step that brings it. */
export function datum(key: string, step: number, children: readonly string[]): string {
  return el('g', { class: 'datum', 'data-key': key, 'data-step': step }, ...children);
}

/** A horizontal or vertical rule (axis, grid, tick). */
export function rule(x1: number, y1: number, x2: number, y2: number): string {
  return el('line', { class: 'rule', x1, y1, x2, y2 });
}

/*
 * Text measurement without a browser, for the page: the reader's system font is unknown, so the
 * estimate is generous. CJK and full-width punctuation take one em; Latin widths are the bold
 * digits of the widest common fallback (DejaVu Sans). The browser tests measure the real result.
 */
function charWidth(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x201c && code <= 0x201d)
  )
    return 1;
  if (c >= '0' && c <= '9') return 0.7;
  if (c === '.' || c === ',' || c === ':' || c === ';') return 0.38;
  if (c === ' ') return 0.35;
  if (c === '%') return 1.0;
  if (c === '(' || c === ')') return 0.36;
  return 0.62;
}

/** The estimated width of `s` at font size `fs`. */
export const estimateWidth: Measure = (s, fs) => {
  let em = 0;
  for (const c of s) em += charWidth(c);
  return em * fs;
};

/** The x of a centred label, moved in so that it stays within [0, width]. */
export function clampCentre(x: number, labelWidth: number, width: number): number {
  return Math.min(Math.max(x, labelWidth / 2), width - labelWidth / 2);
}
