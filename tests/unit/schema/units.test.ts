import { expect, test } from 'vitest';
import { UNITS } from '../../../src/schema/vocab';
import { baseUnit, inUnit, UNIT_INFO, unitFactor } from '../../../src/schema/units';

test('every unit of the vocabulary — the 16 the article prints — has a factor and a base unit', () => {
  expect([...UNITS].sort()).toEqual(
    ['亿元', '万元', '万亩', '万名', '公里', '户', '家', '个', '座', '处', '名', '人', '条', '连丰', '大', '%'].sort(),
  );
  for (const unit of UNITS) {
    expect(UNIT_INFO[unit].factor, unit).toBeGreaterThan(0);
    expect(UNIT_INFO[unit].base, unit).not.toBe('');
  }
});
test('亿元 is 1e8 元', () => expect([unitFactor('亿元'), baseUnit('亿元')]).toEqual([1e8, '元']));
test('万元 is 1e4 元', () => expect([unitFactor('万元'), baseUnit('万元')]).toEqual([1e4, '元']));
test('万亩 is 1e4 亩', () => expect([unitFactor('万亩'), baseUnit('万亩')]).toEqual([1e4, '亩']));
test('万名 is 1e4 人', () => expect([unitFactor('万名'), baseUnit('万名')]).toEqual([1e4, '人']));
test('units without a magnitude are their own base with factor 1', () => {
  for (const unit of ['公里', '户', '家', '个', '座', '处', '名', '人', '条', '连丰', '大', '%'] as const) {
    expect([unitFactor(unit), baseUnit(unit)], unit).toEqual([1, unit]);
  }
});
test('inUnit(1.19e9, 亿元) is 11.9 exactly', () => expect(inUnit(1.19e9, '亿元')).toBe(11.9));
test('inUnit(8.073e7, 万元) is 8073 exactly', () => expect(inUnit(8.073e7, '万元')).toBe(8073));
