import type { Figure } from './figure';
import type { Honour } from './honour';
import type { Ranking } from './ranking';

/** Anything a token can name. */
export type Entry = Figure | Ranking | Honour;

export const isFigure = (e: Entry): e is Figure => e.id.startsWith('f-');
export const isRanking = (e: Entry): e is Ranking => e.id.startsWith('r-');

/**
 * The words an entry prints as in running text, exactly as the article has them: a figure's number
 * and unit (近 included), a ranking's scope and place where the article prints them together
 * (全省第一; but 第二名 in "在全省绩效评价中位列第二名"), an honour's title.
 */
export function printedText(e: Entry): string {
  if (isFigure(e)) return e.printed;
  if (isRanking(e)) return e.quote.includes(`${e.scope}${e.printed}`) ? `${e.scope}${e.printed}` : e.printed;
  return e.title;
}

/** What an entry measures or names, for checks against the words around it. */
export function labelOf(e: Entry): string {
  if (isFigure(e) || isRanking(e)) return e.label;
  return e.title;
}
