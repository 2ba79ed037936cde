import { expect, test } from 'vitest';
import { hanzi } from '../../../src/lib/hanzi';

test('hanzi(2) is 两, as in 两家 and 两条', () => expect(hanzi(2)).toBe('两'));
test('hanzi(1) is 一', () => expect(hanzi(1)).toBe('一'));
test('hanzi(10) is 十', () => expect(hanzi(10)).toBe('十'));
test('hanzi(17) is 十七', () => expect(hanzi(17)).toBe('十七'));
test('hanzi(12) is 十二: 两 only for a count of two', () => expect(hanzi(12)).toBe('十二'));
test('hanzi(20) is 二十', () => expect(hanzi(20)).toBe('二十'));
test('hanzi(22) is 二十二', () => expect(hanzi(22)).toBe('二十二'));
test('hanzi(99) is 九十九', () => expect(hanzi(99)).toBe('九十九'));
test('hanzi refuses 0, 100 and fractions', () => {
  expect(() => hanzi(0)).toThrow(RangeError);
  expect(() => hanzi(100)).toThrow(RangeError);
  expect(() => hanzi(1.5)).toThrow(RangeError);
});
