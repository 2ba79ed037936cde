/*
 * Line breaking, for every surface that sets text itself (the charts' SVG, the share images): where
 * a line may break in Chinese text, greedy breaking at a width, and balanced breaking. Each caller
 * measures text its own way (an estimate for the page, the bundled face's real advances for PNGs).
 */

/** Characters a line may not start with (closing punctuation stays with what it closes). */
const NO_LINE_START = new Set('，。、；：？！）」』”%'.split(''));
/** Characters a line may not end with (opening punctuation stays with what it opens). */
const NO_LINE_END = new Set('（「『“《'.split(''));

/** Pieces a line may break between: a Latin word or number (11.0%, 2021年) stays whole. */
function pieces(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/[0-9A-Za-z.%:/-]+年?|\s+|./gu)) {
    const piece = m[0];
    const last = out.length - 1;
    if (last >= 0 && (NO_LINE_START.has(piece) || NO_LINE_END.has(out[last]!.slice(-1)))) out[last] += piece;
    else out.push(piece);
  }
  return out;
}

/** `s` broken greedily into lines no wider than `maxWidth`. */
export function wrapGreedy(s: string, maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(s)) {
    if (line !== '' && width(line + piece) > maxWidth) {
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
 * Balanced line breaking: the narrowest width that still needs no more lines than a greedy break
 * at `maxWidth`, so that a last line is never left with a lone character or word. `breakAt` is the
 * greedy breaker at a given width (each caller measures text its own way).
 */
export function balanceLines(breakAt: (width: number) => string[], maxWidth: number, precision = 0.5): string[] {
  const first = breakAt(maxWidth);
  if (first.length < 2) return first;
  let lo = 0;
  let hi = maxWidth;
  while (hi - lo > precision) {
    const mid = (lo + hi) / 2;
    if (breakAt(mid).length > first.length) lo = mid;
    else hi = mid;
  }
  return breakAt(hi);
}

/** `text` broken into balanced lines no wider than `maxWidth`, measured by `width`. */
export function breakLines(text: string, maxWidth: number, width: (s: string) => number): string[] {
  return balanceLines((w) => wrapGreedy(text, w, width), maxWidth);
}
