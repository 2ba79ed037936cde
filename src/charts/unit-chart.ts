import { range, scaleBand } from 'd3';
import type { Figure } from '../schema';
import {
  baseline,
  el,
  frameOf,
  lineHeight,
  round,
  roundNumbers,
  svgRoot,
  text,
  type ChartOptions,
  type ChartSize,
  type DrawnChart,
} from './svg';

export interface UnitsData {
  /** 全年开复工各类项目 106个. */
  readonly whole: Figure;
  /** 其中省市百大项目 16个: drawn first, in the accent colour. */
  readonly part: Figure;
}

/** Lengths at scale 1. */
const DEFAULTS = {
  narrow: { columns: 12 },
  wide: { columns: 20 },
  /** Share of a cell's step left empty between squares. */
  padding: 0.16,
  swatch: 14,
  swatchGap: 6,
  gridGap: 10,
  pad: 2,
} as const;

/**
 * A unit chart: one square per item of the whole, the part first in the accent colour, on two band
 * scales (columns and rows). The squares of each group are one path: the same pixels with one
 * element instead of one per square (106 squares would otherwise be 106 elements). The whole is
 * step 1, the part step 2, for a chart that steps from the whole to the part.
 */
export function unitChart(data: UnitsData, size: ChartSize, options: ChartOptions): DrawnChart {
  const f = frameOf(size);
  const { width, fs, u } = f;
  const columns = f.narrow ? DEFAULTS.narrow.columns : DEFAULTS.wide.columns;
  const whole = Math.round(data.whole.value);
  const part = Math.round(data.part.value);

  // The key, in words: the whole with its number, then the part with its swatch and number.
  const parts: string[] = [];
  let y = DEFAULTS.pad * u;
  const gap = DEFAULTS.swatchGap * u;
  parts.push(text(0, baseline(y, fs.value), data.whole.label, 't-label', fs.label));
  parts.push(text(f.measure(data.whole.label, fs.label) + gap, baseline(y, fs.value), data.whole.printed, 't-value', fs.value));
  y += lineHeight(fs.value);
  const swatch = DEFAULTS.swatch * u;
  const partX = swatch + gap;
  // The part's key comes with the part (step 2): while the chart shows only the whole, it waits.
  parts.push(
    el(
      'g',
      { class: 'datum datum--key', 'data-step': 2 },
      el('rect', { class: 'mark mark--reported', x: 0, y: y + (lineHeight(fs.value) - swatch) / 2, width: swatch, height: swatch }),
      text(partX, baseline(y, fs.value), data.part.label, 't-label', fs.label),
      text(partX + f.measure(data.part.label, fs.label) + gap, baseline(y, fs.value), data.part.printed, 't-value', fs.value),
    ),
  );
  y += lineHeight(fs.value) + DEFAULTS.gridGap * u;

  // The grid: the part first (reading order), then the rest.
  const rows = Math.ceil(whole / columns);
  // Square cells: with no outer padding, n bands span (n - padding) steps.
  const step = width / (columns - DEFAULTS.padding);
  const gridHeight = (rows - DEFAULTS.padding) * step;
  const x = scaleBand<number>().domain(range(columns)).range([0, width]).paddingInner(DEFAULTS.padding).paddingOuter(0);
  const yBand = scaleBand<number>().domain(range(rows)).range([0, gridHeight]).paddingInner(DEFAULTS.padding).paddingOuter(0);
  const side = { w: x.bandwidth(), h: yBand.bandwidth() };
  const squares = (from: number, to: number) => {
    let d = '';
    for (let i = from; i < to; i++) d += `M${x(i % columns)} ${yBand(Math.floor(i / columns))}h${side.w}v${side.h}h${-side.w}z`;
    return el('path', { d: roundNumbers(d) });
  };
  parts.push(
    el(
      'g',
      { transform: `translate(0,${round(y)})` },
      el('g', { class: 'datum mark--context', 'data-step': 1 }, squares(part, whole)),
      el('g', { class: 'datum datum--part mark--reported', 'data-step': 2 }, squares(0, part)),
    ),
  );
  y += gridHeight + DEFAULTS.pad * u;
  return svgRoot('units', width, y, options, ...parts);
}
