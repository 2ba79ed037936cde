import type { Figure, Ranking } from '../schema';

export type LinkedPart = { type: 'text'; value: string } | { type: 'figure'; figure: Figure } | { type: 'ranking'; ranking: Ranking };

/**
 * Splits a text of the article (the key-figure bullets) into plain text and the figures and
 * rankings it states, so each can link to its source paragraph. Longest match wins.
 */
export function linkFigures(text: string, figures: Figure[], rankings: Ranking[]): LinkedPart[] {
  const needles = [
    ...figures.map((figure) => ({ needle: figure.printed, part: { type: 'figure', figure } as const })),
    ...rankings.map((ranking) => ({ needle: ranking.scope + ranking.printed, part: { type: 'ranking', ranking } as const })),
  ].sort((a, b) => b.needle.length - a.needle.length);
  const parts: LinkedPart[] = [];
  let rest = text;
  while (rest) {
    let best: { at: number; needle: string; part: LinkedPart } | undefined;
    for (const n of needles) {
      const at = findWhole(rest, n.needle);
      if (at >= 0 && (!best || at < best.at)) best = { at, ...n };
    }
    if (!best) {
      parts.push({ type: 'text', value: rest });
      break;
    }
    if (best.at > 0) parts.push({ type: 'text', value: rest.slice(0, best.at) });
    parts.push(best.part);
    rest = rest.slice(best.at + best.needle.length);
  }
  return parts;
}

/** First match not glued to a preceding digit, so 6个 never matches inside 106个. */
function findWhole(text: string, needle: string): number {
  let at = text.indexOf(needle);
  while (at > 0 && /[0-9.]/.test(text[at - 1]!)) at = text.indexOf(needle, at + 1);
  return at;
}
