/*
 * The chart registry: the one place that chooses how a chart is drawn. Pages, the handout and the
 * share images call `drawChart` with a chart of content/charts.json and a size; the chart's kind
 * and the roles of its entries (validated by the schema) say everything else.
 */
import type { Chart } from '../schema';
import type { Figure, Ranking } from '../schema';
import { renderPlain } from '../schema';
import type { Lookup } from '../lib/lookup';
import { formatMu, formatTick, formatYuan } from '../lib/magnitude';
import { baseUnit } from '../schema/units';
import { barChart, figureBar } from './bars';
import { pairsChart } from './pairs';
import { ranksChart } from './ranks';
import type { ChartSize, DrawnChart } from './svg';
import { unitChart } from './unit-chart';

export { chartEntries } from '../lib/chart-entries';
export type { ChartSize, DrawnChart, Measure } from './svg';

/** The chart's title as a reader reads it (tokens as printed). */
export function chartTitle(chart: Chart, lookup: Lookup): string {
  return renderPlain(chart.title.text, lookup.entryOrUndefined);
}

/**
 * The chart's accessible name: its finding. On the page every number it draws is in the table
 * under it (数据与出处), which screen readers read; the name does not say them all again.
 */
export function chartLabel(chart: Chart, lookup: Lookup): string {
  return `图：${chartTitle(chart, lookup)}`;
}

/** Axis ticks in the unit the bars are printed in: 38.2亿元 and 8073万元 share a 元 scale. */
function tickFormat(figures: readonly Figure[]): (v: number) => string {
  const base = baseUnit(figures[0]!.unit);
  if (base === '元') return formatYuan;
  if (base === '亩') return formatMu;
  const unit = figures[0]!.unit;
  return (v) => formatTick(v, unit);
}

/** Draws `chart` at `size`. `id` prefixes the ids inside, unique per chart on a page. */
export function drawChart(chart: Chart, lookup: Lookup, size: ChartSize, id: string = chart.id): DrawnChart {
  const options = { id, label: chartLabel(chart, lookup) };
  switch (chart.kind) {
    case 'bars': {
      const figures = chart.bars.map(lookup.figure);
      return barChart({ name: chart.id, bars: figures.map((f) => figureBar(f)), tickFormat: tickFormat(figures) }, size, options);
    }
    case 'units':
      return unitChart({ whole: lookup.figure(chart.whole), part: lookup.figure(chart.part) }, size, options);
    case 'ranks':
      return ranksChart(chart.rankings.map(lookup.ranking) as Ranking[], lookup.figureOrUndefined, size, options);
    case 'pairs':
      return pairsChart(
        chart.pairs.map((p) => ({ target: lookup.figure(p.target), before: p.before ? lookup.figure(p.before) : null })),
        size,
        options,
      );
  }
}
