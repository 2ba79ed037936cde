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
