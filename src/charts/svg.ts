/*
 * Small, strict SVG writers shared by the chart builders. Everything a chart emits goes through
 * here, so that the rules hold in one place: text is escaped, coordinates are rounded to one
 * decimal, and no colour, style or random id is ever written.
 */

import { balanceLines } from '../lib/balance';

/** What every builder is called with besides its data. */
export interface ChartSize {
  /** 340 draws the narrow (phone) layout; 640 the wide one. */
  readonly width: number;
}

export interface ChartOptions {
  /** Prefix of every id the chart defines; unique per instance on a page. */
  readonly id: string;
  /** The accessible name of the chart (aria-label of the root). */
  readonly label: string;
}

/** Below this width a builder draws its narrow layout. */
export const NARROW_MAX = 480;

export function isNarrow(size: ChartSize): boolean {
  return size.width < NARROW_MAX;
}

/** Font sizes, in px of the SVG's user space, which the page never scales up. */
export interface FontSizes {
  readonly label: number;
  readonly value: number;
  readonly axis: number;
  readonly note: number;
}

/** At 340 nothing is under 14; at 640 nothing is under 13. */
export const FONT_NARROW: FontSizes = { label: 14, value: 15, axis: 14, note: 14 };
export const FONT_WIDE: FontSizes = { label: 14, value: 15, axis: 13, note: 13 };

export function fontSizes(size: ChartSize): FontSizes {
  return isNarrow(size) ? FONT_NARROW : FONT_WIDE;
}

/** Line height for text of size `fs`, and the baseline of a line whose box starts at `top`. */
export const lineHeight = (fs: number): number => Math.round(fs * 1.45);
export const baseline = (top: number, fs: number): number => top + (lineHeight(fs) - fs) / 2 + fs * 0.88;
/** The baseline that centres CJK text and numerals on a mark whose vertical middle is `middle`. */
export const centredBaseline = (middle: number, fs: number): number => middle + fs * 0.36;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or an attribute value. */
export function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

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

export type TextClass = 't-label' | 't-value' | 't-axis' | 't-note' | 't-head';
export type Anchor = 'start' | 'middle' | 'end';

/** One line of text, escaped, sized by attribute. */
export function text(x: number, y: number, content: string, cls: TextClass, fs: number, anchor: Anchor = 'start'): string {
  return el('text', { class: cls, x, y, 'font-size': fs, 'text-anchor': anchor === 'start' ? null : anchor }, escapeText(content));
}

/** Several lines of text whose first line box starts at `top`; returns the markup and the height used. */
export function textLines(
  x: number, top: number, lines: readonly string[], cls: TextClass, fs: number, anchor: Anchor = 'start',
): { markup: string; height: number } {
  const lh = lineHeight(fs);
  const markup = lines.map((line, i) => text(x, baseline(top + i * lh, fs), line, cls, fs, anchor)).join('');
  return { markup, height: lines.length * lh };
}

/** The document root every chart shares: namespaced, sized, one image with one accessible name. */
export function svgRoot(name: string, width: number, height: number, options: ChartOptions, ...children: readonly string[]): string {
  const w = Math.round(width);
  const h = Math.ceil(height);
  return el(
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
    ...children,
  );
}

/** The id of the hatch pattern of a chart instance. */
export const hatchId = (options: ChartOptions): string => `${options.id}-hatch`;

/** Diagonal hatching for estimates; its lines take their colour from `.hatch-line`. */
export function hatchPattern(options: ChartOptions): string {
  return el(
    'pattern',
    { id: hatchId(options), patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
    el('line', { class: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 6, 'stroke-width': 3 }),
  );
}

/** A data mark group the scroll steps reveal and highlight: one figure or ranking per group. */
export function datum(key: string, step: number, children: readonly string[], extraClass?: string): string {
  return el('g', { class: extraClass ? `datum ${extraClass}` : 'datum', 'data-key': key, 'data-step': step }, ...children);
}

/** A horizontal or vertical rule (axis, grid, tick). */
export function rule(x1: number, y1: number, x2: number, y2: number): string {
  return el('line', { class: 'rule', x1, y1, x2, y2 });
}

/*
 * Text measurement without a browser: CJK and full-width punctuation take one em, numerals about
 * 0.56 em (tabular figures of the system CJK fonts), narrow punctuation less. Layouts leave room
 * for the widest case, so an estimate on the generous side is what we want.
 */
function charWidth(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x3000 && code <= 0x303f) || (code >= 0x201c && code <= 0x201d)) return 1;
  // Latin widths are the bold digits of the widest common system fallback (DejaVu Sans), so that a
  // value label never runs past the edge, whichever sans-serif face the reader's system picks.
  if (c >= '0' && c <= '9') return 0.7;
  if (c === '.' || c === ',' || c === ':' || c === ';') return 0.38;
  if (c === ' ') return 0.35;
  if (c === '%') return 1.0;
  if (c === '(' || c === ')') return 0.36;
  return 0.62;
}

/** The rendered width of `s` at font size `fs`, estimated. */
export function textWidth(s: string, fs: number): number {
  let em = 0;
  for (const c of s) em += charWidth(c);
  return em * fs;
}

/** Characters a line may not start with (closing punctuation stays with what it closes). */
const NO_LINE_START = new Set('，。、；：？！）」』”%'.split(''));

/** `s` broken greedily into lines no wider than `maxWidth` (character by character, as Chinese allows). */
function wrapGreedy(s: string, maxWidth: number, fs: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of s) {
    if (line !== '' && textWidth(line + c, fs) > maxWidth && !NO_LINE_START.has(c)) {
      lines.push(line);
      line = c;
    } else {
      line += c;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `s` broken into lines no wider than `maxWidth`, balanced: as many lines as needed, each about as
 * long as the others, so that no line is left with a lone character.
 */
export function wrapText(s: string, maxWidth: number, fs: number): string[] {
  return balanceLines((width) => wrapGreedy(s, width, fs), maxWidth);
}

/** The x of a centred label, moved in so that it stays within [0, width]. */
export function clampCentre(x: number, labelWidth: number, width: number): number {
  return Math.min(Math.max(x, labelWidth / 2), width - labelWidth / 2);
}
