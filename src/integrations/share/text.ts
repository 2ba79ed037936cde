/*
 * Text layout for the share images, which resvg draws with Noto Sans SC and no browser to measure.
 * Advances below are Noto Sans SC's own (bold; regular is a little narrower), in em, rounded up,
 * so that a line measured here never runs wider in the PNG than it was laid out.
 */

import { balanceLines } from '../../lib/balance';

function advance(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  // CJK, full-width forms and punctuation; Noto Sans SC also sets · and “” full width.
  if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x3000 && code <= 0x303f)) return 1;
  if (c === '·' || c === '“' || c === '”' || c === '—' || c === '《' || c === '》') return 1;
  if (c >= '0' && c <= '9') return 0.59;
  if (c === '%') return 0.95;
  if (c === '.' || c === ',' || c === ':' || c === ';') return 0.3;
  if (c === ' ') return 0.24;
  if (c === '/' || c === '(' || c === ')') return 0.4;
  if (c === '-') return 0.36;
  if (c >= 'A' && c <= 'Z') return 0.68;
  return 0.56;
}

/** The width of `s` at font size `fs`, in px. */
export function measure(s: string, fs: number): number {
  let em = 0;
  for (const c of s) em += advance(c);
  return em * fs;
}

/** Characters a line may not start with, and ones it may not end with. */
const NO_START = new Set('，。、；：？！）》」』”%'.split(''));
const NO_END = new Set('（《「『“'.split(''));

/** `s` cut into pieces a line may break between: Latin words and numbers (11.0%, 2021年) stay whole. */
function pieces(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/[0-9A-Za-z.%:/\-]+年?|\s+|./gu)) {
    const piece = m[0];
    const last = out.length - 1;
    // Keep closing punctuation with what it closes and opening punctuation with what it opens.
    if (last >= 0 && (NO_START.has(piece) || NO_END.has(out[last]!.slice(-1)))) out[last] += piece;
    else out.push(piece);
  }
  return out;
}

function greedy(s: string, maxWidth: number, fs: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(s)) {
    if (line !== '' && measure(line + piece, fs) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `s` broken into as few lines as fit `maxWidth`, balanced so that the last line is not left with
 * a word or two: the narrowest width that still needs no more lines than the greedy break.
 */
export function wrap(s: string, maxWidth: number, fs: number): string[] {
  return balanceLines((width) => greedy(s, width, fs), maxWidth, 1);
}

/** Plain greedy lines, for running text, where balancing would leave ragged short lines. */
export function wrapGreedy(s: string, maxWidth: number, fs: number): string[] {
  return greedy(s, maxWidth, fs);
}

/**
 * A headline's size and lines: one line at the largest size from `max` down to `min` that fits,
 * else balanced lines at `max`.
 */
export function fitHeadline(s: string, maxWidth: number, max: number, min: number): { size: number; lines: string[] } {
  const oneLine = Math.floor(maxWidth / measure(s, 1));
  if (oneLine >= min) return { size: Math.min(max, oneLine), lines: [s] };
  // Two lines: break after a comma or a space where one is near the middle, else anywhere.
  const breaks = [...s.matchAll(/[，、；：。 ]/gu)].map((m) => m.index! + 1).filter((i) => i > 1 && i < s.length - 1);
  let best: string[] | undefined;
  for (const i of breaks) {
    const pair = [s.slice(0, i).trimEnd(), s.slice(i).trimStart()];
    const widest = Math.max(...pair.map((l) => measure(l, max)));
    if (widest <= maxWidth && (!best || widest < Math.max(...best.map((l) => measure(l, max))))) best = pair;
  }
  return { size: max, lines: best ?? wrap(s, maxWidth, max) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
