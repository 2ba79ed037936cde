import { format } from 'd3';
import type { Unit } from '../schema';
import { inUnit } from '../schema/units';

/** A step of a magnitude ladder: values of at least `min` are printed divided by `factor`, with `suffix`. */
export interface MagnitudeStep {
  readonly min: number;
  readonly factor: number;
  readonly suffix: string;
}

/** Four significant digits at most, trailing zeros trimmed: 8073, 38.2, 891, 11.9. */
const number = format('.4~r');

const YUAN: readonly MagnitudeStep[] = [
  { min: 1e8, factor: 1e8, suffix: '亿元' },
  { min: 1e4, factor: 1e4, suffix: '万元' },
  { min: 0, factor: 1, suffix: '元' },
];

const MU: readonly MagnitudeStep[] = [
  { min: 1e4, factor: 1e4, suffix: '万亩' },
  { min: 0, factor: 1, suffix: '亩' },
];

/** `v` on the first step of `ladder` it reaches; 0 is printed as a bare 0 (an axis origin). */
export function formatMagnitude(v: number, ladder: readonly MagnitudeStep[]): string {
  if (v === 0) return '0';
  const step = ladder.find((s) => Math.abs(v) >= s.min) ?? ladder[ladder.length - 1];
  if (!step) throw new Error('formatMagnitude needs a non-empty ladder');
  return number(Number((v / step.factor).toPrecision(12))) + step.suffix;
}

/** Money in 元, in 亿元 or 万元 as the article writes it: 3.82e9 → 38.2亿元, 8.073e7 → 8073万元. */
export function formatYuan(v: number): string {
  return formatMagnitude(v, YUAN);
}

/** Land in 亩, in 万亩 as the article writes it: 1e5 → 10万亩, 1.3e4 → 1.3万亩. */
export function formatMu(v: number): string {
  return formatMagnitude(v, MU);
}

/** An axis tick for a value in base units, in the printed unit: 60000 人 on a 万名 axis → 6万名. */
export function formatTick(v: number, unit: Unit): string {
  if (v === 0) return '0';
  return format('~g')(inUnit(v, unit)) + unit;
}
