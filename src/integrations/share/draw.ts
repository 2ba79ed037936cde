import type { HeroPart, ShareModel } from './model';
import { FONT_FAMILY, PALETTE } from './palette';
import { esc, measure, wrap } from './text';

/*
 * SVG pieces shared by the share image and the poster. Sizes are passed in, so the same pieces
 * serve a 1200-wide card and a 1080-wide poster. Coordinates are whole pixels, so output is stable.
 */

const r = (n: number): number => Math.round(n);

export interface TextStyle {
  readonly size: number;
  readonly weight?: 400 | 700;
  readonly fill?: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** Extra space between characters, in px. */
  readonly spacing?: number;
}

export function text(x: number, y: number, s: string, style: TextStyle): string {
  const a = [
    `x="${r(x)}"`,
    `y="${r(y)}"`,
    `font-size="${style.size}"`,
    style.weight === 700 ? 'font-weight="700"' : '',
    `fill="${style.fill ?? PALETTE.ink}"`,
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
    style.spacing ? `letter-spacing="${style.spacing}"` : '',
  ].filter(Boolean);
  return `<text ${a.join(' ')}>${esc(s)}</text>`;
}

/** Lines of text, the first baseline at `y`, `leading` px apart. */
export function lines(x: number, y: number, ls: readonly string[], style: TextStyle, leading: number): string {
  return ls.map((l, i) => text(x, y + i * leading, l, style)).join('');
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;
}

export function hline(x1: number, x2: number, y: number, stroke: string, width: number): string {
  return rect(x1, y, x2 - x1, width, stroke);
}

/** The document: paper ground, the one font, and any stylesheet the content needs. */
export function document(width: number, height: number, body: string, style = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">` +
    (style ? `<style>${style}</style>` : '') +
    rect(0, 0, width, height, PALETTE.paper) +
    body +
    '</svg>'
  );
}

/** Space between a number and its unit, in em of the number. */
const UNIT_GAP = 0.04;

/** The width of the key figure at `size`. */
export function heroWidth(parts: readonly HeroPart[], size: number): number {
  return parts.reduce((w, p, i) => w + measure(p.text, size * p.scale) + (i ? UNIT_GAP * size : 0), 0);
}

/** Big numerals are set a little tight, by this share of their size per character. */
const TRACKING = 0.01;

/** The key figure on one baseline: its runs at their scales, in the accent colour. */
export function hero(x: number, baseline: number, parts: readonly HeroPart[], size: number): string {
  let cx = x;
  let out = '';
  parts.forEach((p, i) => {
    if (i) cx += UNIT_GAP * size;
    const tracking = p.scale === 1 ? r(size * TRACKING) : 0;
    out += text(cx, baseline, p.text, { size: r(size * p.scale), weight: 700, fill: PALETTE.accent, spacing: -tracking });
    cx += measure(p.text, size * p.scale) - tracking * [...p.text].length;
  });
  return out;
}

/**
 * The tags of the key figure: its year, then, for an estimate, a target or a ceiling, the word that
 * says so, boxed in the accent colour — dashed for a target, as the charts draw targets — so that
 * no reader takes the number for a final result. Returns the markup and the width taken.
 */
export function tags(x: number, baseline: number, model: ShareModel, size: number): { markup: string; width: number } {
  const year = `${model.year}年`;
  let out = text(x, baseline, year, { size, weight: 700, fill: PALETTE.ink2 });
  let w = measure(year, size);
  if (model.status) {
    const padX = r(size * 0.45);
    const boxX = x + w + r(size * 0.6);
    const boxW = measure(model.status, size) + 2 * padX;
    const boxTop = baseline - r(size * 1.02);
    const boxH = r(size * 1.42);
    const stroke = r(Math.max(2, size * 0.08));
    const dash = model.status === '目标' ? ` stroke-dasharray="${r(size * 0.3)} ${r(size * 0.18)}"` : '';
    out += `<rect x="${r(boxX)}" y="${r(boxTop)}" width="${r(boxW)}" height="${boxH}" fill="${model.status === '目标' ? 'none' : PALETTE.accentSoft}" stroke="${PALETTE.accent}" stroke-width="${stroke}"${dash}/>`;
    out += text(boxX + padX, baseline, model.status, { size, weight: 700, fill: PALETTE.accent });
    w = boxX + boxW - x;
  }
  return { markup: out, width: w };
}

/** Whether the key figure's large run is in hanzi (首位, 第三, 两): they rise higher and sink lower than digits. */
function hanziHero(parts: readonly HeroPart[]): boolean {
  return parts.some((p) => p.scale === 1 && /[^\d.%]/.test(p.text));
}

/** How far the key figure's glyphs rise above the baseline, in em. */
export function heroRise(parts: readonly HeroPart[]): number {
  return hanziHero(parts) ? 0.86 : 0.74;
}

/** How far they sink below it, in em. */
export function heroSink(parts: readonly HeroPart[]): number {
  return hanziHero(parts) ? 0.1 : 0;
}

/**
 * The largest size, up to `max`, at which the key figure fits `width`. Hanzi are set smaller than
 * numerals: a run of ideographs at numeral size shouts, and reads no better.
 */
export function heroSize(parts: readonly HeroPart[], width: number, max: number): number {
  const cap = hanziHero(parts) ? Math.round(max * 0.72) : max;
  return Math.min(cap, Math.floor(width / heroWidth(parts, 1)));
}

export interface HeroBlockStyle {
  readonly size: number;
  readonly tagSize: number;
  readonly labelSize: number;
  /** Space between the tags and the figure, and between the figure and its label. */
  readonly gap: number;
  readonly labelWidth: number;
}

/** The height a hero block takes, from the top of its tags to its label's last baseline. */
export function heroBlockHeight(model: ShareModel, style: HeroBlockStyle): number {
  const labelLines = wrap(model.label, style.labelWidth, style.labelSize).length;
  const figure = Math.round(style.size * (heroRise(model.hero) + heroSink(model.hero)));
  return style.tagSize + style.gap + figure + style.gap + style.labelSize + (labelLines - 1) * Math.round(style.labelSize * 1.4);
}

/** The key figure with its tags above and its label below, from `top`; returns markup and height. */
export function heroBlock(x: number, top: number, model: ShareModel, style: HeroBlockStyle): { markup: string; height: number } {
  let y = top + style.tagSize;
  let out = tags(x, y, model, style.tagSize).markup;
  y += style.gap + Math.round(style.size * heroRise(model.hero));
  // Big numerals carry side bearing: pull them left so their ink lines up with the text.
  out += hero(x - style.size * 0.04, y, model.hero, style.size);
  y += Math.round(style.size * heroSink(model.hero)) + style.gap + style.labelSize;
  const label = wrap(model.label, style.labelWidth, style.labelSize);
  out += lines(x, y, label, { size: style.labelSize, fill: PALETTE.ink2 }, Math.round(style.labelSize * 1.4));
  return { markup: out, height: heroBlockHeight(model, style) };
}

/** The masthead: a red square, 数读2020 · 穆棱, `aside` on the right, and a newspaper's double rule. */
export function masthead(x: number, right: number, baseline: number, size: number, aside = ''): string {
  const sq = r(size * 0.62);
  const heavy = Math.max(3, r(size * 0.12));
  const ruleTop = baseline + r(size * 0.7);
  return (
    rect(x, baseline - sq - r(size * 0.06), sq, sq, PALETTE.accent) +
    text(x + sq + r(size * 0.4), baseline, '数读2020 · 穆棱', { size, weight: 700 }) +
    (aside ? text(right, baseline, aside, { size: r(size * 0.78), fill: PALETTE.grey, anchor: 'end' }) : '') +
    hline(x, right, ruleTop, PALETTE.ink, heavy) +
    hline(x, right, ruleTop + heavy + r(size * 0.14), PALETTE.ink, 1)
  );
}
