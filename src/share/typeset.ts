/*
 * Measuring text with the face the images are drawn in. resvg shapes with the same font and the
 * same shaping rules (rustybuzz is a port of harfbuzz), so a line laid out to fit here fits in
 * the PNG: the advances are the font's own, not an estimate.
 */
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import type { Measure } from '../charts';
import { breakLines } from '../lib/lines';
import { BUNDLED_FAMILY, faceFile, WEIGHTS, type Weight } from '../node/fonts';

/** How far the ink of a run rises above its baseline and sinks below it, in px. */
export interface Ink {
  readonly ascent: number;
  readonly descent: number;
  /** How far right of the pen position the first ink is (a large 1 starts well inside its advance). */
  readonly left: number;
}

/** What the layouts need to know about the face they set text in. */
export interface Typesetter {
  /** The font-family every text element names. */
  readonly family: string;
  /** The advance width of a run, as the renderer will draw it. */
  readonly measure: Measure;
  /** The ink extent of a run, for placing large type by what shows rather than by its line box. */
  ink(text: string, fs: number, bold?: boolean): Ink;
}

interface Shaped {
  advance: number;
  top: number;
  bottom: number;
  left: number;
}

/** Shapes with one face; results in font units, cached per run (the same labels are measured again and again). */
function shaper(weight: Weight) {
  const face = new hb.Face(new hb.Blob(readFileSync(faceFile(weight))));
  const font = new hb.Font(face);
  const cache = new Map<string, Shaped>();
  const upem = face.upem;
  const shape = (text: string): Shaped => {
    let shaped = cache.get(text);
    if (shaped) return shaped;
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    let advance = 0;
    let top = 0;
    let bottom = 0;
    let left: number | undefined;
    infos.forEach((info, i) => {
      const p = positions[i]!;
      const e = font.glyphExtents(info.codepoint);
      if (e && e.width !== 0) {
        top = Math.max(top, e.yBearing + p.yOffset);
        bottom = Math.max(bottom, -(e.yBearing + e.height + p.yOffset));
        left ??= advance + p.xOffset + e.xBearing;
      }
      advance += p.xAdvance;
    });
    shaped = { advance, top, bottom, left: left ?? 0 };
    cache.set(text, shaped);
    return shaped;
  };
  return { shape, upem };
}

let bundled: Typesetter | undefined;

/** The bundled Noto Sans SC, regular and bold, loaded once. */
export function bundledTypesetter(): Typesetter {
  if (bundled) return bundled;
  const faces = Object.fromEntries(WEIGHTS.map((w) => [w, shaper(w)])) as Record<Weight, ReturnType<typeof shaper>>;
  const face = (bold?: boolean) => faces[bold ? 700 : 400];
  bundled = {
    family: BUNDLED_FAMILY,
    measure: (text, fs, bold) => {
      const f = face(bold);
      return (f.shape(text).advance / f.upem) * fs;
    },
    ink: (text, fs, bold) => {
      const f = face(bold);
      const s = f.shape(text);
      return { ascent: (s.top / f.upem) * fs, descent: (s.bottom / f.upem) * fs, left: (s.left / f.upem) * fs };
    },
  };
  return bundled;
}

/** `text` broken into balanced lines no wider than `maxWidth`, with the project's line breaker. */
export function wrap(t: Typesetter, text: string, maxWidth: number, fs: number, bold = false): string[] {
  return breakLines(text, maxWidth, (s) => t.measure(s, fs, bold));
}

/** The largest size from `max` down to `min` at which `text` fits `maxWidth` on one line; null if none does. */
export function fitLine(t: Typesetter, text: string, maxWidth: number, max: number, min: number, bold = false): number | null {
  for (let fs = max; fs >= min; fs--) if (t.measure(text, fs, bold) <= maxWidth) return fs;
  return null;
}

/**
 * After these a title may break without splitting a phrase: clause punctuation, the end of a
 * quoted title (》), and the space that parts the two halves of a heading.
 */
const CLAUSE_END = /(?<=[，、；：。！？》 ])/u;
const MIN_BALANCE = 0.5;

/**
 * `text` broken only after clause punctuation, into the fewest lines no wider than `maxWidth`,
 * the widest as narrow as it can be; null where a clause alone is too wide, or where the shortest
 * line would be less than `minBalance` of the longest.
 */
export function clauseLines(
  t: Typesetter,
  text: string,
  maxWidth: number,
  fs: number,
  bold = false,
  minBalance = MIN_BALANCE,
): string[] | null {
  const clauses = text.split(CLAUSE_END).filter((c) => c !== '');
  const width = (from: number, to: number) => t.measure(clauses.slice(from, to).join('').trim(), fs, bold);
  // best[i]: the best way to set the first i clauses, as [lines, widest line, where each line starts].
  const best: Array<{ lines: number; widest: number; starts: number[] } | null> = [{ lines: 0, widest: 0, starts: [] }];
  for (let i = 1; i <= clauses.length; i++) {
    best[i] = null;
    for (let j = 0; j < i; j++) {
      const before = best[j];
      const w = width(j, i);
      if (!before || w > maxWidth) continue;
      const option = { lines: before.lines + 1, widest: Math.max(before.widest, w), starts: [...before.starts, j] };
      const current = best[i];
      if (!current || option.lines < current.lines || (option.lines === current.lines && option.widest < current.widest)) best[i] = option;
    }
  }
  const done = best[clauses.length];
  if (!done) return null;
  const lines = done.starts.map((start, k) =>
    clauses
      .slice(start, done.starts[k + 1] ?? clauses.length)
      .join('')
      .trim(),
  );
  // A stub of a line beside a full one reads worse than a break inside a phrase.
  const widths = lines.map((l) => t.measure(l, fs, bold));
  return Math.min(...widths) >= Math.max(...widths) * minBalance ? lines : null;
}

/**
 * Lines for a title: broken between clauses where that takes no more lines than breaking anywhere.
 * A source line passes `minBalance` 0: its natural break is after the article's title, however short what follows.
 */
export function titleLines(t: Typesetter, text: string, maxWidth: number, fs: number, bold = false, minBalance = MIN_BALANCE): string[] {
  const anywhere = wrap(t, text, maxWidth, fs, bold);
  const clauses = clauseLines(t, text, maxWidth, fs, bold, minBalance);
  return clauses && clauses.length <= anywhere.length ? clauses : anywhere;
}

export interface Fit {
  readonly max: number;
  readonly min: number;
  readonly maxLines: number;
  readonly bold?: boolean;
  /** One line is taken only at this size or larger: text meant to be large breaks rather than shrinks. */
  readonly oneLineMin?: number;
}

/**
 * A headline's size and lines: on one line at the largest size from `max` down to `min` (or
 * `oneLineMin`) that allows it; else in as few lines (at most `maxLines`) as the largest size allows, broken between
 * clauses where that is possible at some size, else balanced anywhere a line may break. Null if
 * even `min` needs more lines: the caller says which image does not fit.
 */
export function fitLines(t: Typesetter, text: string, maxWidth: number, f: Fit): { fs: number; lines: string[] } | null {
  const bold = f.bold ?? false;
  const one = fitLine(t, text, maxWidth, f.max, Math.max(f.min, f.oneLineMin ?? f.min), bold);
  if (one !== null) return { fs: one, lines: [text] };
  for (let n = 2; n <= f.maxLines; n++) {
    for (let fs = f.max; fs >= f.min; fs--) {
      const lines = clauseLines(t, text, maxWidth, fs, bold);
      if (lines && lines.length > 1 && lines.length <= n) return { fs, lines };
    }
    for (let fs = f.max; fs >= f.min; fs--) {
      const lines = wrap(t, text, maxWidth, fs, bold);
      if (lines.length > 1 && lines.length <= n) return { fs, lines };
    }
  }
  return null;
}

/** The largest size from `max` down to `min` (in steps of 2 px) that `fits`; null if none. */
export function largest(max: number, min: number, fits: (size: number) => boolean): number | null {
  for (let size = max; size >= min; size -= 2) if (fits(size)) return size;
  return null;
}
