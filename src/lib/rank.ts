import type { Ranking } from '../schema';
import { hanzi } from './hanzi';

/** The three ways the article prints a place: 首位, 第一 (第三), 第一名 (第二名). */
export const RANK_STYLES = ['shouwei', 'di', 'diming'] as const;
export type RankStyle = (typeof RANK_STYLES)[number];

/** Ordinal numerals keep 二 (第二, never 第两). */
function ordinal(place: number): string {
  return place === 2 ? '二' : hanzi(place);
}

/** A place in words: rankWords(1, 'shouwei') is 首位, rankWords(3, 'di') is 第三, rankWords(2, 'diming') is 第二名. */
export function rankWords(place: number, style: RankStyle): string {
  if (style === 'shouwei') {
    if (place !== 1) throw new RangeError(`首位 means first place, not place ${place}`);
    return '首位';
  }
  return `第${ordinal(place)}${style === 'diming' ? '名' : ''}`;
}

/** The style of a printed place: 首位 → shouwei, 第三 → di, 第二名 → diming. */
export function rankStyle(printed: string): RankStyle {
  if (printed === '首位') return 'shouwei';
  if (/^第[一二三四五六七八九十]+名$/.test(printed)) return 'diming';
  if (/^第[一二三四五六七八九十]+$/.test(printed)) return 'di';
  throw new Error(`not a place as the article prints one: ${printed}`);
}

/** A ranking with its scope, rebuilt from its place in the printed style: 牡丹江市首位, 全省第二名. */
export function formatRanking(r: Pick<Ranking, 'place' | 'printed' | 'scope'>): string {
  return r.scope + rankWords(r.place, rankStyle(r.printed));
}
