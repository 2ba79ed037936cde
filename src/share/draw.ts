/*
 * The pieces the share card and the poster are made of. Markup goes through the chart writers
 * (src/charts/svg.ts: escaped text, rounded numbers); colours are the light palette's, written as
 * attributes, since a PNG has no page stylesheet. Text is set in ink, ink2 or accentInk only.
 */
import type { Anchor } from '../charts/svg';
import { el, escapeText } from '../charts/svg';
import { LIGHT } from '../styles/palette';
import type { KeyFigure, Run, Tag } from './model';
import { type Typesetter, wrap } from './typeset';

export type TextColour = 'ink' | 'ink2' | 'accentInk';

export interface TextStyle {
  readonly fs: number;
  readonly bold?: boolean;
  readonly fill?: TextColour;
  readonly anchor?: Anchor;
}

/** One line of text with its baseline at `y`. */
export function line(x: number, y: number, s: string, style: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': style.fs,
      'font-weight': style.bold ? 700 : null,
      fill: LIGHT[style.fill ?? 'ink'],
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : null,
    },
    escapeText(s),
  );
}

/** Lines whose first baseline is at `y`, `leading` apart. */
export function lines(x: number, y: number, ls: readonly string[], style: TextStyle, leading: number): string {
  return ls.map((l, i) => line(x, y + i * leading, l, style)).join('');
}

/** A filled bar: rules, the masthead square, the poster's foot. */
export function bar(x: number, y: number, w: number, h: number, fill: 'ink' | 'rule' | 'accent'): string {
  return el('rect', { x, y, width: w, height: h, fill: LIGHT[fill] });
}

/** The whole image: paper ground and the one face, which every text inherits. */
export function svgDocument(width: number, height: number, t: Typesetter, ...body: readonly string[]): string {
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': t.family },
    el('rect', { width, height, fill: LIGHT.paper }),
    ...body,
  );
}

/**
 * The masthead: a red square the height of the digits, the site's name, `aside` on the right
 * (sized down to fit the room left), and a newspaper's double rule. Returns the markup and where
 * the rule ends.
 */
export function masthead(
  t: Typesetter,
  name: string,
  x: number,
  right: number,
  baseline: number,
  fs: number,
  aside = '',
): { markup: string; bottom: number } {
  const square = Math.round(t.ink('2020', fs, true).ascent);
  const nameX = x + square + Math.round(fs * 0.4);
  const nameRight = nameX + t.measure(name, fs, true);
  const out = [bar(x, baseline - square, square, square, 'accent'), line(nameX, baseline, name, { fs, bold: true })];
  if (aside) {
    const room = right - nameRight - fs;
    let asideFs = Math.round(fs * 0.78);
    while (asideFs > 12 && t.measure(aside, asideFs) > room) asideFs--;
    if (t.measure(aside, asideFs) > room) throw new Error(`"${aside}" does not fit beside the masthead`);
    out.push(line(right, baseline, aside, { fs: asideFs, fill: 'ink2', anchor: 'end' }));
  }
  const heavy = Math.max(3, Math.round(fs * 0.12));
  const top = baseline + Math.round(fs * 0.6);
  const thin = top + heavy + Math.max(3, Math.round(fs * 0.12));
  out.push(bar(x, top, right - x, heavy, 'ink'), bar(x, thin, right - x, 1, 'ink'));
  return { markup: out.join(''), bottom: thin + 1 };
}

/** Runs other than the number are set smaller: % a little less so, since it reads with the digits. */
const runScale = (run: Run): number => (run.lead ? 1 : run.text === '%' ? 0.62 : 0.5);
/** Space between the number and its unit, in em of the number. */
const RUN_GAP = 0.04;

export function heroWidth(t: Typesetter, runs: readonly Run[], size: number): number {
  return runs.reduce((w, run, i) => w + t.measure(run.text, size * runScale(run), true) + (i ? RUN_GAP * size : 0), 0);
}

/** How far the key figure's ink rises above its baseline and sinks below it, at `size`. */
export function heroInk(t: Typesetter, runs: readonly Run[], size: number): { ascent: number; descent: number } {
  const inks = runs.map((run) => t.ink(run.text, size * runScale(run), true));
  return { ascent: Math.max(...inks.map((i) => i.ascent)), descent: Math.max(...inks.map((i) => i.descent)) };
}

/** Where the first ink of the key figure starts, right of its pen position: pulled back so it lines up with the text. */
export function heroBearing(t: Typesetter, runs: readonly Run[], size: number): number {
  const first = runs[0]!;
  return t.ink(first.text, size * runScale(first), true).left;
}

/** The largest size up to `max` at which the key figure fits `width`; a hanzi number at most 0.72 of it. */
export function heroSize(t: Typesetter, key: KeyFigure, width: number, max: number): number {
  return Math.min(key.hanzi ? Math.round(max * 0.72) : max, Math.floor(width / heroWidth(t, key.runs, 1)));
}

/** The key figure on one baseline, its ink starting at `x`, in the accent ink. */
export function hero(t: Typesetter, x: number, baseline: number, runs: readonly Run[], size: number): string {
  let pen = x - heroBearing(t, runs, size);
  return runs
    .map((run, i) => {
      if (i) pen += RUN_GAP * size;
      const fs = Math.round(size * runScale(run));
      const markup = line(pen, baseline, run.text, { fs, bold: true, fill: 'accentInk' });
      pen += t.measure(run.text, fs, true);
      return markup;
    })
    .join('');
}

/**
 * The key figure's tags on one baseline: a plain year; 预计 in a filled box; a target's or plan's
 * year (2021年目标) in a dashed box, as the charts draw targets. Returns the markup and width.
 */
export function tagRow(t: Typesetter, x: number, baseline: number, tags: readonly Tag[], fs: number): { markup: string; width: number } {
  const padX = Math.round(fs * 0.35);
  const padY = Math.round(fs * 0.22);
  const gap = Math.round(fs * 0.5);
  const stroke = Math.max(2, Math.round(fs * 0.07));
  let pen = x;
  const out: string[] = [];
  tags.forEach((tag, i) => {
    if (i) pen += gap;
    const w = t.measure(tag.text, fs, true);
    if (tag.kind === 'year') {
      out.push(line(pen, baseline, tag.text, { fs, bold: true, fill: 'ink2' }));
      pen += w;
      return;
    }
    const ink = t.ink(tag.text, fs, true);
    out.push(
      el('rect', {
        x: pen + stroke / 2,
        y: baseline - ink.ascent - padY,
        width: w + 2 * padX - stroke,
        height: ink.ascent + ink.descent + 2 * padY,
        fill: tag.kind === 'estimate' ? LIGHT.accentSoft : 'none',
        stroke: LIGHT.accent,
        'stroke-width': stroke,
        'stroke-dasharray': tag.kind === 'later' ? `${Math.round(fs * 0.3)} ${Math.round(fs * 0.18)}` : null,
      }),
      line(pen + padX, baseline, tag.text, { fs, bold: true, fill: 'accentInk' }),
    );
    pen += w + 2 * padX;
  });
  return { markup: out.join(''), width: pen - x };
}

/** The sizes of a stacked key-figure block: tags, then the figure, then what it counts. */
export interface KeyStyle {
  readonly size: number;
  readonly tagFs: number;
  readonly labelFs: number;
  /** Between the tags and the figure's ink, and between its ink and the label's. */
  readonly gap: number;
  readonly width: number;
}

const labelLeading = (fs: number): number => Math.round(fs * 1.4);

/** The tags above the figure, the figure, its label below; from `top`, returns markup and height. */
export function keyBlock(t: Typesetter, x: number, top: number, key: KeyFigure, s: KeyStyle): { markup: string; height: number } {
  const tagInk = t.ink(key.tags.map((g) => g.text).join(''), s.tagFs, true);
  const ink = heroInk(t, key.runs, s.size);
  const label = wrap(t, key.label, s.width, s.labelFs);
  const labelInk = t.ink(label[0]!, s.labelFs);
  let y = top + Math.round(tagInk.ascent + s.tagFs * 0.22);
  const out = [tagRow(t, x, y, key.tags, s.tagFs).markup];
  y += Math.round(tagInk.descent + s.tagFs * 0.22) + s.gap + Math.round(ink.ascent);
  out.push(hero(t, x, y, key.runs, s.size));
  y += Math.round(ink.descent) + s.gap + Math.round(labelInk.ascent);
  out.push(lines(x, y, label, { fs: s.labelFs, fill: 'ink2' }, labelLeading(s.labelFs)));
  y += (label.length - 1) * labelLeading(s.labelFs) + Math.round(s.labelFs * 0.12);
  return { markup: out.join(''), height: y - top };
}

/**
 * The figure with its tags and label in a column to its right, the label's last line on the
 * figure's baseline; from `top`. Null where the column would be narrower than `minColumn`.
 */
export function keySide(
  t: Typesetter,
  x: number,
  top: number,
  key: KeyFigure,
  s: KeyStyle & { readonly minColumn: number; readonly columnGap: number },
): { markup: string; height: number } | null {
  const figureWidth = heroWidth(t, key.runs, s.size) - heroBearing(t, key.runs, s.size);
  const columnX = x + Math.round(figureWidth) + s.columnGap;
  const column = x + s.width - columnX;
  if (column < s.minColumn) return null;
  const ink = heroInk(t, key.runs, s.size);
  const label = wrap(t, key.label, column, s.labelFs);
  const leading = labelLeading(s.labelFs);
  const tagInk = t.ink(key.tags.map((g) => g.text).join(''), s.tagFs, true);
  const padY = Math.round(s.tagFs * 0.22);
  // From the tags' top to the label's last baseline, which sits on the figure's baseline.
  const labelAbove = (label.length - 1) * leading + Math.round(t.ink(label[0]!, s.labelFs).ascent);
  const columnAbove = Math.round(tagInk.ascent + tagInk.descent) + 2 * padY + s.gap + labelAbove;
  const baseline = top + Math.max(Math.round(ink.ascent), columnAbove);
  const labelTop = baseline - (label.length - 1) * leading;
  const tagsBaseline = labelTop - labelAbove + (label.length - 1) * leading - s.gap - padY - Math.round(tagInk.descent);
  return {
    markup:
      hero(t, x, baseline, key.runs, s.size) +
      tagRow(t, columnX, tagsBaseline, key.tags, s.tagFs).markup +
      lines(columnX, labelTop, label, { fs: s.labelFs, fill: 'ink2' }, leading),
    height: baseline - top + Math.round(Math.max(ink.descent, s.labelFs * 0.12)),
  };
}
