import type { Figure } from '../schema';
import { formatTick } from '../lib/magnitude';
import { barChart, figureBar } from './bars';
import type { ChartOptions, ChartSize } from './svg';

/** The chart's title in the article's terms. */
export const TARGETS_TITLE = '2021年目标（力争）';

const NOTE_TARGET = '虚线框为2021年目标（原文：力争）';

/**
 * What is promised for 2021: 新增高新技术企业 10户, 科技型中小企业 30户 (力争), as dashed outlines
 * labelled 目标, with a note that keeps the article's 力争. Steps 1… in the order given.
 */
export function targetsChart(figures: readonly Figure[], size: ChartSize, options: ChartOptions): string {
  const unit = figures[0]?.unit ?? '户';
  return barChart(
    {
      name: 'targets',
      bars: figures.map((f, i) => figureBar(f, i + 1)),
      tickFormat: (v) => formatTick(v, unit),
      notes: [NOTE_TARGET],
    },
    size,
    options,
  );
}
