import type { Figure } from '../schema';
import { formatYuan } from '../lib/magnitude';
import { barChart, figureBar } from './bars';
import type { ChartOptions, ChartSize } from './svg';

/** The chart's title in the article's terms. */
export const MONEY_TITLE = '招商引资到位资金与惠企资金（元）';

/**
 * How much money, of which kind: 招商引资到位 38.2亿元 down to 创业贷款 891万元, on ONE linear scale in 元.
 * The small sums are short bars by design; each still carries its printed value. Steps 1… in order.
 */
export function moneyChart(figures: readonly Figure[], size: ChartSize, options: ChartOptions): string {
  return barChart(
    {
      name: 'money',
      bars: figures.map((f, i) => figureBar(f, i + 1)),
      tickFormat: formatYuan,
    },
    size,
    options,
  );
}
