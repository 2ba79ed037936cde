import type { Figure } from '../schema';
import { formatMu } from '../lib/magnitude';
import { barChart, figureBar } from './bars';
import type { ChartOptions, ChartSize } from './svg';

/** The chart's title in the article's terms. */
export const LAND_TITLE = '基地与治理面积（亩）';

/**
 * How much land: 10万亩 沙棘, 9万亩 果蔬, 4万亩 水土流失治理, 1.3万亩 有机亚麻, on one linear scale in 亩.
 * Each bar carries its printed value. Steps 1… in the order given.
 */
export function landChart(figures: readonly Figure[], size: ChartSize, options: ChartOptions): string {
  return barChart(
    {
      name: 'land',
      bars: figures.map((f, i) => figureBar(f, i + 1)),
      tickFormat: formatMu,
    },
    size,
    options,
  );
}
