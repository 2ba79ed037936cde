import type { Unit } from './vocab';

/** How one printed unit relates to the base unit that `Figure.value` is stored in. */
export interface UnitInfo {
  /** Multiply a number printed in this unit by `factor` to get base units. */
  readonly factor: number;
  /** The base unit: 元 for 亿元 and 万元, 亩 for 万亩, 人 for 万名; the unit itself otherwise. */
  readonly base: string;
}

export const UNIT_INFO: Readonly<Record<Unit, UnitInfo>> = {
  亿元: { factor: 1e8, base: '元' },
  万元: { factor: 1e4, base: '元' },
  万亩: { factor: 1e4, base: '亩' },
  万名: { factor: 1e4, base: '人' },
  公里: { factor: 1, base: '公里' },
  户: { factor: 1, base: '户' },
  家: { factor: 1, base: '家' },
  个: { factor: 1, base: '个' },
  座: { factor: 1, base: '座' },
  处: { factor: 1, base: '处' },
  名: { factor: 1, base: '名' },
  人: { factor: 1, base: '人' },
  条: { factor: 1, base: '条' },
  连丰: { factor: 1, base: '连丰' },
  大: { factor: 1, base: '大' },
  '%': { factor: 1, base: '%' },
};

/** The factor from `unit` to its base unit (亿元 → 1e8). */
export function unitFactor(unit: Unit): number {
  return UNIT_INFO[unit].factor;
}

/** The base unit `Figure.value` is stored in for a figure printed in `unit` (亿元 → 元); units that share it share a scale. */
export function baseUnit(unit: Unit): string {
  return UNIT_INFO[unit].base;
}

/**
 * A value in base units expressed in the printed unit, free of binary noise:
 * 1.19e9 元 in 亿元 is 11.9, not 11.899999999999999.
 */
export function inUnit(value: number, unit: Unit): number {
  return Number((value / unitFactor(unit)).toPrecision(12));
}
