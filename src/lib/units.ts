import { UNIT_INFO, type Unit } from '../schema';

export { UNIT_INFO };

/** The factor from `unit` to its base unit (亿元 → 1e8). */
export function unitFactor(unit: Unit): number {
  return UNIT_INFO[unit].factor;
}

/** The base unit `Figure.value` is stored in for a figure printed in `unit` (亿元 → 元). */
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
