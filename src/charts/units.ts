import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Figure } from '../schema';
import { plotMarkup } from './plot-svg';
import { baseline, el, frameOf, lineHeight, round, svgRoot, text, type ChartOptions, type ChartSize, type DrawnChart } from './svg';

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
 * A unit chart: one square per item of the whole, the part first in the accent colour. The squares
 * are drawn by Plot's cell mark on a server-side document (classes given through its public
 * `className` option), then rewritten under the chart rules by plotMarkup. The whole is step 1,
 * the part step 2, for a chart that steps from the whole to the part.
 */
export function unitsChart(data: UnitsData, size: ChartSize, options: ChartOptions): DrawnChart {
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
  parts.push(el('rect', { class: 'mark mark--reported', x: 0, y: y + (lineHeight(fs.value) - swatch) / 2, width: swatch, height: swatch }));
  parts.push(text(partX, baseline(y, fs.value), data.part.label, 't-label', fs.label));
  parts.push(text(partX + f.measure(data.part.label, fs.label) + gap, baseline(y, fs.value), data.part.printed, 't-value', fs.value));
  y += lineHeight(fs.value) + DEFAULTS.gridGap * u;

  // The grid, by Plot: the part first (reading order), then the rest.
  const rows = Math.ceil(whole / columns);
  // Square cells: with no outer padding, n bands span (n - padding) steps.
  const step = width / (columns - DEFAULTS.padding);
  const gridHeight = (rows - DEFAULTS.padding) * step;
  const cells = Array.from({ length: whole }, (_, i) => ({ column: i % columns, row: Math.floor(i / columns), isPart: i < part }));
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const plotted = Plot.plot({
    document: document as unknown as Document,
    width,
    height: gridHeight,
    margin: 0,
    x: { type: 'band', domain: range(columns), paddingInner: DEFAULTS.padding, paddingOuter: 0, round: false, axis: null },
    y: { type: 'band', domain: range(rows), paddingInner: DEFAULTS.padding, paddingOuter: 0, round: false, axis: null },
    marks: [
      Plot.cell(cells.filter((c) => !c.isPart), { x: 'column', y: 'row', className: 'datum step-1 mark--context' }),
      Plot.cell(cells.filter((c) => c.isPart), { x: 'column', y: 'row', className: 'datum datum--part step-2 mark--reported' }),
    ],
  });
  parts.push(el('g', { transform: `translate(0,${round(y)})` }, plotMarkup(plotted, { idPrefix: `${options.id}-plot` })));
  y += gridHeight + DEFAULTS.pad * u;
  return svgRoot('units', width, y, options, ...parts);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
