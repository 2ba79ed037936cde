import type { Figure } from '../schema';
import { hanzi } from './hanzi';
import { inUnit } from '../schema/units';

/** The fields a figure needs to be printed again from its normalised value. */
export type PrintableFigure = Pick<Figure, 'value' | 'unit' | 'decimals' | 'numerals' | 'qualifier'>;

/**
 * `x` with exactly `decimals` decimals, rounding half away from zero on the decimal digits a reader
 * sees rather than on the binary value (3.35 stays 3.35; 1.005 becomes 1.01, not 1.00).
 */
export function toFixedDecimal(x: number, decimals: number): string {
  const shifted = Number(`${x}e${decimals}`);
  if (!Number.isFinite(shifted)) return x.toFixed(decimals);
  return (Math.round(shifted) / 10 ** decimals).toFixed(decimals);
}

/**
 * A figure as the article prints it, rebuilt from its value in base units:
 * 11.0%, 38.2亿元, 8073万元, 近7000户, 两家, 十七连丰.
 * Only 近 is part of the printed number; 预计, 力争 and 控制在 stand apart from it in the text.
 */
export function formatFigure(f: PrintableFigure): string {
  const n = inUnit(f.value, f.unit);
  const number = f.numerals === 'hanzi' ? hanzi(n) : toFixedDecimal(n, f.decimals);
  return (f.qualifier === '近' ? '近' : '') + number + f.unit;
}
