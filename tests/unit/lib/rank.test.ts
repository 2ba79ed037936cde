// A place in words, as the article prints it: the loader rebuilds every ranking's printed place from
// its place and style with these, and reports a ranking whose words and place disagree.
import { describe, expect, it } from 'vitest';
import { formatRanking, rankStyle, rankWords } from '../../../src/lib/rank';
import { realContent } from '../../content';

describe('rankWords', () => {
  it('writes 1 in each style as 首位, 第一 and 第一名', () => {
    expect(rankWords(1, 'shouwei')).toBe('首位');
    expect(rankWords(1, 'di')).toBe('第一');
    expect(rankWords(1, 'diming')).toBe('第一名');
  });
  it('writes 3 as 第三 and 2 as 第二名, never 第两名', () => {
    expect(rankWords(3, 'di')).toBe('第三');
    expect(rankWords(2, 'diming')).toBe('第二名');
    expect(rankWords(2, 'di')).toBe('第二');
  });
  it('writes places past ten in hanzi: 第十二名', () => {
    expect(rankWords(12, 'diming')).toBe('第十二名');
  });
  it('refuses 首位 for any place but the first', () => {
    expect(() => rankWords(2, 'shouwei')).toThrow(RangeError);
  });
});

describe('rankStyle', () => {
  it('reads 首位 as shouwei, 第三 as di, 第二名 as diming', () => {
    expect(rankStyle('首位')).toBe('shouwei');
    expect(rankStyle('第三')).toBe('di');
    expect(rankStyle('第二名')).toBe('diming');
  });
  it('refuses what is not a place as the article prints one: 前三, 第3, 第三位', () => {
    expect(() => rankStyle('前三')).toThrow(/not a place/);
    expect(() => rankStyle('第3')).toThrow(/not a place/);
    expect(() => rankStyle('第三位')).toThrow(/not a place/);
  });
});

describe('formatRanking', () => {
  it('is the scope, then the place rebuilt in the printed style (牡丹江市首位, 全省第二名)', () => {
    expect(formatRanking({ scope: '牡丹江市', place: 1, printed: '首位' })).toBe('牡丹江市首位');
    expect(formatRanking({ scope: '全省', place: 2, printed: '第二名' })).toBe('全省第二名');
    expect(formatRanking({ scope: '全国', place: 3, printed: '第三' })).toBe('全国第三');
  });
  it('says what the place gives, not what is printed, when the two disagree (place 3 printed 第二名 reads 全省第三名)', () => {
    expect(formatRanking({ scope: '全省', place: 3, printed: '第二名' })).toBe('全省第三名');
    expect(() => formatRanking({ scope: '全省', place: 2, printed: '首位' })).toThrow(RangeError);
  });
});

describe('the rankings of the real content', () => {
  // Every place the article prints, with its scope: what the loader rebuilds from place and style.
  const PLACES: Array<[id: string, place: number, printed: string]> = [
    ['r-gdp-growth-city', 1, '牡丹江市首位'],
    ['r-industry-growth-city', 1, '牡丹江市首位'],
    ['r-revenue-growth-city', 1, '牡丹江市首位'],
    ['r-investment-city', 1, '牡丹江市首位'],
    ['r-signed-projects-province', 1, '全省第一'],
    ['r-big-projects-count-city', 1, '牡丹江市第一名'],
    ['r-big-projects-investment-city', 1, '牡丹江市第一名'],
    ['r-ecology-national', 3, '全国第三'],
    ['r-ecology-province', 1, '全省第一'],
    ['r-poverty-province', 2, '全省第二名'],
  ];

  it('are the ten places the article prints, each rebuilt from its place in its printed style', () => {
    const { rankings } = realContent().content;
    expect(rankings.map((r) => [r.id, r.place, formatRanking(r)])).toEqual(PLACES);
  });
});
