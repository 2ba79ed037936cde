import { describe, expect, test } from 'vitest';
import type { Figure, Unit } from '../../../src/schema';
import { formatFigure, toFixedDecimal, type PrintableFigure } from '../../../src/lib/format';
import { baseUnit } from '../../../src/schema/units';
import { realContent } from '../../content';

/** [as printed, value in base units as written here, value, unit, decimals, numerals, qualifier] */
type Row = [string, string, number, Unit, number, Figure['numerals'], Figure['qualifier']];

// Every printed form of a number in the article.
const TABLE: Row[] = [
  ['11.0%', '11', 11, '%', 1, 'arabic', '预计'],
  ['30.7%', '30.7', 30.7, '%', 1, 'arabic', '预计'],
  ['12.1%', '12.1', 12.1, '%', 1, 'arabic', null],
  ['38.2亿元', '3.82e9', 3.82e9, '亿元', 1, 'arabic', null],
  ['11.9亿元', '1.19e9', 1.19e9, '亿元', 1, 'arabic', null],
  ['8073万元', '8.073e7', 8.073e7, '万元', 0, 'arabic', null],
  ['2960万元', '2.96e7', 2.96e7, '万元', 0, 'arabic', null],
  ['891万元', '8.91e6', 8.91e6, '万元', 0, 'arabic', null],
  ['十七连丰', '17', 17, '连丰', 0, 'hanzi', null],
  ['两家', '2', 2, '家', 0, 'hanzi', null],
  ['两条', '2', 2, '条', 0, 'hanzi', null],
  ['10万亩', '1e5', 1e5, '万亩', 0, 'arabic', null],
  ['9万亩', '9e4', 9e4, '万亩', 0, 'arabic', null],
  ['1.3万亩', '1.3e4', 1.3e4, '万亩', 1, 'arabic', null],
  ['4万亩', '4e4', 4e4, '万亩', 0, 'arabic', null],
  ['106个', '106', 106, '个', 0, 'arabic', null],
  ['16个', '16', 16, '个', 0, 'arabic', null],
  ['12户', '12', 12, '户', 0, 'arabic', null],
  ['8户', '8', 8, '户', 0, 'arabic', null],
  ['8个', '8', 8, '个', 0, 'arabic', null],
  ['2924人', '2924', 2924, '人', 0, 'arabic', null],
  ['3.35%', '3.35', 3.35, '%', 2, 'arabic', '控制在'],
  ['13个', '13', 13, '个', 0, 'arabic', null],
  ['20.6公里', '20.6', 20.6, '公里', 1, 'arabic', null],
  ['近7000户', '7000', 7000, '户', 0, 'arabic', '近'],
  ['254户', '254', 254, '户', 0, 'arabic', null],
  ['389户', '389', 389, '户', 0, 'arabic', null],
  ['49座', '49', 49, '座', 0, 'arabic', null],
  ['628户', '628', 628, '户', 0, 'arabic', null],
  ['77处', '77', 77, '处', 0, 'arabic', null],
  ['5.2万名', '5.2e4', 5.2e4, '万名', 1, 'arabic', null],
  ['10户', '10', 10, '户', 0, 'arabic', '力争'],
  ['30户', '30', 30, '户', 0, 'arabic', '力争'],
  ['五大', '5', 5, '大', 0, 'hanzi', null],
  ['十大', '10', 10, '大', 0, 'hanzi', null],
];

const base: PrintableFigure = { value: 1, unit: '个', decimals: 0, numerals: 'arabic', qualifier: null };

describe('formatFigure', () => {
  for (const [printed, written, value, unit, decimals, numerals, qualifier] of TABLE) {
    test(`formatFigure renders ${printed} from ${written} ${baseUnit(unit)}`, () => {
      expect(formatFigure({ value, unit, decimals, numerals, qualifier })).toBe(printed);
    });
  }

  test('formatFigure reproduces the printed form of each of the 35 figures of the content from its value, unit and decimals', () => {
    const { figures } = realContent().content;
    expect(figures).toHaveLength(35);
    for (const f of figures) expect(formatFigure(f), f.id).toBe(f.printed);
  });

  test('formatFigure with no qualifier prints the number and unit alone', () => {
    expect(formatFigure(base)).toBe('1个');
  });

  test('formatFigure puts 近 in front of the number', () => {
    expect(formatFigure({ ...base, value: 7000, unit: '户', qualifier: '近' })).toBe('近7000户');
  });

  test('formatFigure leaves 预计, 力争 and 控制在 out of the number, where the article has them apart', () => {
    for (const qualifier of ['预计', '力争', '控制在'] as const) {
      expect(formatFigure({ ...base, qualifier })).toBe('1个');
    }
  });

  test('formatFigure keeps trailing zeros the decimals ask for (11.0%)', () => {
    expect(formatFigure({ ...base, value: 11, unit: '%', decimals: 1 })).toBe('11.0%');
  });

  test('formatFigure writes hanzi numerals only when numerals is hanzi', () => {
    expect(formatFigure({ ...base, value: 17, unit: '连丰' })).toBe('17连丰');
    expect(formatFigure({ ...base, value: 17, unit: '连丰', numerals: 'hanzi' })).toBe('十七连丰');
  });

  test('formatFigure divides by the unit factor before rounding (0.113e9 元 is 1.1亿元 at one decimal)', () => {
    expect(formatFigure({ ...base, value: 0.113e9, unit: '亿元', decimals: 1 })).toBe('1.1亿元');
    expect(formatFigure({ ...base, value: 0.113e9, unit: '万元', decimals: 0 })).toBe('11300万元');
  });
});

describe('toFixedDecimal', () => {
  test('toFixedDecimal(3.35, 2) is 3.35', () => expect(toFixedDecimal(3.35, 2)).toBe('3.35'));
  test('toFixedDecimal(1.005, 2) rounds the decimal digits up to 1.01', () => expect(toFixedDecimal(1.005, 2)).toBe('1.01'));
  test('toFixedDecimal(3.35, 1) rounds half up to 3.4', () => expect(toFixedDecimal(3.35, 1)).toBe('3.4'));
  test('toFixedDecimal(11.899999999999999, 1) is 11.9', () => expect(toFixedDecimal(11.899999999999999, 1)).toBe('11.9'));
  test('toFixedDecimal(11, 1) is 11.0', () => expect(toFixedDecimal(11, 1)).toBe('11.0'));
});
