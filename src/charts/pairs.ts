import { max } from 'd3';
import { type Figure, PHASE_YEAR } from '../schema';
import { yearLabel } from '../lib/wording';
import { formatTick } from '../lib/magnitude';
import { BAR_DEFAULTS, barBlock, barFrame, defsFor, figureBar, type Bar } from './bars';
import { frameOf, svgRoot, textLines, type ChartOptions, type ChartSize, type DrawnChart } from './svg';

export interface Pair {
  readonly target: Figure;
  /** The 2020 count the article gives for the same thing, if it gives one. */
  readonly before: Figure | null;
}

/**
 * 2021 targets beside their 2020 counterparts, on one scale: the 2020 result a solid grey bar, the
 * target a dashed outline with 目标; each row says its year and kind. Where the article gives no
 * 2020 count, the chart says so instead of drawing one.
 */
export function pairsChart(pairs: readonly Pair[], size: ChartSize, options: ChartOptions): DrawnChart {
  const rows: Bar[] = pairs.flatMap(({ target, before }, i) => [
    ...(before ? [{ ...figureBar(before, i + 1, `${yearLabel(before)} ${before.label}`), kind: 'before' as const }] : []),
    figureBar(target, i + 1, `${yearLabel(target)} ${target.label}`),
  ]);
  const frame = barFrame(rows, size);
  const { fs, u } = frameOf(size);
  const domainMax = max(rows, (b) => b.value) ?? 1;
  const unit = pairs[0]!.target.unit;
  let y = BAR_DEFAULTS.pad * u;
  const parts: string[] = [];
  pairs.forEach(({ target, before }, i) => {
    const bars = rows.filter((b) => b.step === i + 1);
    if (!before) {
      const missing = `${yearLabel({ phase: 'result', year: PHASE_YEAR.result })} ${target.label}：原文未给出`;
      const note = textLines(0, y, frame.wrap(missing, frame.width, fs.note), 't-note', fs.note);
      parts.push(note.markup);
      y += note.height + frame.labelGap;
    }
    const block = barBlock(bars, y, frame, (v) => formatTick(v, unit), options, domainMax, i === pairs.length - 1);
    parts.push(block.markup);
    y = block.bottom + frame.rowGap;
  });
  return svgRoot('pairs', size.width, y - frame.rowGap + BAR_DEFAULTS.pad * u, options, defsFor(rows, options, u), ...parts);
}
