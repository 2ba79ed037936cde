import type { Figure } from '../schema';
import { barChart, figureBar } from './bars';
import type { ChartOptions, ChartSize } from './svg';

/** The chart's title in the article's terms. */
export const GROWTH_TITLE = '主要指标增速（%）';

const NOTE_ESTIMATE = '斜线条为预计数';

/**
 * How fast the economy grew: 地区生产总值 11.0%（预计）, 规上工业增加值 30.7%（预计）, 一般公共预算收入 12.1%,
 * as horizontal bars from zero. Steps 1, 2, 3 in the order given.
 */
export function growthChart(figures: readonly Figure[], size: ChartSize, options: ChartOptions): string {
  const hasEstimate = figures.some((f) => f.status === 'estimate');
  return barChart(
    {
      name: 'growth',
      bars: figures.map((f, i) => figureBar(f, i + 1)),
      tickFormat: (v) => `${v}%`,
      notes: hasEstimate ? [NOTE_ESTIMATE] : [],
    },
    size,
    options,
  );
}
