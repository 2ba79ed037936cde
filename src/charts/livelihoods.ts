import { group } from 'd3';
import type { Figure, Unit } from '../schema';
import { formatTick } from '../lib/magnitude';
import { BAR_DEFAULTS, barBlock, barFrame, defsFor, figureBar, notesBlock, type Bar } from './bars';
import { svgRoot, type ChartOptions, type ChartSize } from './svg';

/** The chart's title in the article's terms. */
export const LIVELIHOODS_TITLE = '民生实事（按单位分组）';

const DEFAULTS = {
  /** Groups in this order; units not listed follow in the order they first appear. */
  unitOrder: ['户', '个', '座', '处', '公里', '人', '万名', '%'] as readonly Unit[],
  groupGap: 14,
  /** Each small multiple gets a short axis: a few ticks are enough to show its scale. */
  tickCount: 3,
  noteScales: '按单位分组：组内同一刻度，各组刻度不同，组间条长不可相比',
  noteApproximate: '虚线端为约数（原文作“近”）',
} as const;

/**
 * What changed for households: small multiples, one per unit (户, 个, 座, 处, 公里, 人, 万名, %). Bars in a
 * group share a scale from zero with its own axis; groups don't share scales, and a note says so.
 * 近7000户 keeps 近 and an open dashed end; 3.35% keeps 控制在. Steps: one per group, in group order.
 */
export function livelihoodsChart(figures: readonly Figure[], size: ChartSize, options: ChartOptions): string {
  const byUnit = group(figures, (f) => f.unit);
  const seen = [...byUnit.keys()];
  const rank = (unit: Unit): number => {
    const i = DEFAULTS.unitOrder.indexOf(unit);
    return i === -1 ? DEFAULTS.unitOrder.length + seen.indexOf(unit) : i;
  };
  const units = [...seen].sort((a, b) => rank(a) - rank(b));

  const bars: Bar[][] = units.map((unit, i) =>
    (byUnit.get(unit) ?? []).map((f) => figureBar(f, i + 1)),
  );
  const all = bars.flat();
  const frame = barFrame(all, size);

  const notes = notesBlock(
    all.some((b) => b.kind === 'approximate') ? [DEFAULTS.noteScales, DEFAULTS.noteApproximate] : [DEFAULTS.noteScales],
    BAR_DEFAULTS.pad,
    frame,
  );
  let y = notes.bottom;
  const blocks: string[] = [];
  units.forEach((unit, i) => {
    const block = barBlock(bars[i] ?? [], y, frame, (v) => formatTick(v, unit), options, DEFAULTS.tickCount);
    blocks.push(block.markup);
    y = block.bottom + DEFAULTS.groupGap;
  });
  const height = y - DEFAULTS.groupGap + BAR_DEFAULTS.pad;
  return svgRoot('livelihoods', size.width, height, options, defsFor(all, options), notes.markup, ...blocks);
}
