import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Figure } from '../schema';
import { plotMarkup } from './plot-svg';
import {
  baseline, el, fontSizes, isNarrow, lineHeight, svgRoot, text, textLines, textWidth, wrapText, type Attrs,
  type ChartOptions, type ChartSize,
} from './svg';

/** The chart's title in the article's terms. */
export const PROJECTS_TITLE = '全年开复工各类项目';

export interface ProjectsData {
  /** 全年开复工各类项目 106个. */
  readonly total: Figure;
  /** 其中省市百大项目 16个: drawn first, in the accent colour. */
  readonly part: Figure;
}

const DEFAULTS = {
  narrow: { columns: 12 },
  wide: { columns: 20 },
  /** Share of a cell's step left empty between squares. */
  padding: 0.16,
  swatch: 14,
  swatchGap: 6,
  legendGap: 8,
  gridGap: 10,
  pad: 2,
  note: '每格代表1个项目',
} as const;

/**
 * How much was built: a unit chart of 106 squares, one per project started or resumed, of which the
 * 16 省市百大项目 come first in the accent colour. The squares are drawn by Plot's cell mark on a
 * server-side document, then rewritten under the chart rules (see plot-svg.ts). Steps: the grey
 * squares are step 1 (f-projects), the 16 step 2 (f-big-projects, class datum--part).
 */
export function projectsChart(data: ProjectsData, size: ChartSize, options: ChartOptions): string {
  const { width } = size;
  const fs = fontSizes(size);
  const columns = isNarrow(size) ? DEFAULTS.narrow.columns : DEFAULTS.wide.columns;
  const total = Math.round(data.total.value);
  const part = Math.round(data.part.value);
  if (part > total) throw new RangeError(`${data.part.id} (${part}) is larger than ${data.total.id} (${total})`);

  // Legend: the whole in words, then the part with its swatch.
  const parts: string[] = [];
  let y = DEFAULTS.pad;
  const totalLabel = data.total.label;
  parts.push(text(0, baseline(y, fs.value), totalLabel, 't-label', fs.label));
  parts.push(text(textWidth(totalLabel, fs.label) + DEFAULTS.swatchGap, baseline(y, fs.value), data.total.printed, 't-value', fs.value));
  y += lineHeight(fs.value);
  const partLabel = data.part.label.startsWith('其中') ? data.part.label : `其中${data.part.label}`;
  const swatchTop = y + (lineHeight(fs.value) - DEFAULTS.swatch) / 2;
  const partX = DEFAULTS.swatch + DEFAULTS.swatchGap;
  parts.push(el('rect', { class: 'legend-mark mark--muling', x: 0, y: swatchTop, width: DEFAULTS.swatch, height: DEFAULTS.swatch }));
  parts.push(text(partX, baseline(y, fs.value), partLabel, 't-label', fs.label));
  parts.push(text(partX + textWidth(partLabel, fs.label) + DEFAULTS.swatchGap, baseline(y, fs.value), data.part.printed, 't-value', fs.value));
  y += lineHeight(fs.value) + DEFAULTS.gridGap;

  // The grid, by Plot: the part first (reading order), then the rest.
  const rows = Math.ceil(total / columns);
  // Square cells: with no outer padding, n bands span (n - padding) steps.
  const step = width / (columns - DEFAULTS.padding);
  const gridHeight = (rows - DEFAULTS.padding) * step;
  const cells = Array.from({ length: total }, (_, i) => ({ column: i % columns, row: Math.floor(i / columns), isPart: i < part }));
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const plotted = Plot.plot({
    document: document as unknown as Document,
    width,
    height: gridHeight,
    margin: 0,
    x: { type: 'band', domain: range(columns), paddingInner: DEFAULTS.padding, paddingOuter: 0, round: false, axis: null },
    y: { type: 'band', domain: range(rows), paddingInner: DEFAULTS.padding, paddingOuter: 0, round: false, axis: null },
    marks: [
      Plot.cell(cells.filter((c) => !c.isPart), { x: 'column', y: 'row' }),
      Plot.cell(cells.filter((c) => c.isPart), { x: 'column', y: 'row' }),
    ],
  });

  // Plot writes one <g aria-label="cell"> per mark, in mark order: the rest, then the part.
  const groups = [
    { key: data.total.id, step: 1, group: 'datum', mark: 'mark mark--context' },
    { key: data.part.id, step: 2, group: 'datum datum--part', mark: 'mark mark--muling' },
  ];
  let markIndex = -1;
  const decorate = (node: Element): Attrs | undefined => {
    if (node.tagName.toLowerCase() === 'g' && node.getAttribute('aria-label') === 'cell') {
      const g = groups[++markIndex];
      if (!g) throw new Error('Plot drew more cell marks than the chart asked for');
      return { class: g.group, 'data-key': g.key, 'data-step': g.step };
    }
    if (node.tagName.toLowerCase() === 'rect') return { class: groups[markIndex]?.mark };
    return undefined;
  };
  const grid = plotMarkup(plotted, { idPrefix: `${options.id}-plot`, decorate });
  if (markIndex !== groups.length - 1) throw new Error(`Plot drew ${markIndex + 1} cell marks, not ${groups.length}`);
  parts.push(el('g', { transform: `translate(0,${y})` }, grid));
  y += gridHeight + DEFAULTS.legendGap;

  const note = textLines(0, y, wrapText(DEFAULTS.note, width, fs.note), 't-note', fs.note);
  parts.push(note.markup);
  y += note.height + DEFAULTS.pad;

  return svgRoot('projects', width, y, options, ...parts);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
