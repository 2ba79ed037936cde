import { expect, test } from 'vitest';
import { formatRanking, rankStyle, rankWords } from '../../../src/lib/rank';
import { realContent } from '../../content';

const { rankings } = realContent().content;

test('rankWords(1, shouwei) is 首位', () => expect(rankWords(1, 'shouwei')).toBe('首位'));
test('rankWords(1, di) is 第一', () => expect(rankWords(1, 'di')).toBe('第一'));
test('rankWords(1, diming) is 第一名', () => expect(rankWords(1, 'diming')).toBe('第一名'));
test('rankWords(3, di) is 第三', () => expect(rankWords(3, 'di')).toBe('第三'));
test('rankWords(2, diming) is 第二名, never 第两名', () => expect(rankWords(2, 'diming')).toBe('第二名'));
test('rankWords refuses 首位 for any place but the first', () => expect(() => rankWords(2, 'shouwei')).toThrow(RangeError));
test('rankStyle(首位) is shouwei', () => expect(rankStyle('首位')).toBe('shouwei'));
test('rankStyle(第三) is di', () => expect(rankStyle('第三')).toBe('di'));
test('rankStyle(第二名) is diming', () => expect(rankStyle('第二名')).toBe('diming'));
test('rankStyle refuses what is not a place', () => expect(() => rankStyle('前三')).toThrow());

test('rankWords reproduces every printed place from its place and style', () => {
  for (const r of rankings) expect(rankWords(r.place, rankStyle(r.printed)), r.id).toBe(r.printed);
});
test('formatRanking is the scope then the place as printed (牡丹江市首位, 全省第二名)', () => {
  const printed = rankings.map(formatRanking);
  expect(printed).toContain('牡丹江市首位');
  expect(printed).toContain('全省第二名');
  expect(printed).toContain('全国第三');
  expect(printed).toContain('全省第一');
  expect(printed).toContain('牡丹江市第一名');
  for (const r of rankings) expect(formatRanking(r), r.id).toBe(r.scope + r.printed);
});
