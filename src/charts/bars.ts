import { max, scaleLinear, type ScaleLinear } from 'd3';
import type { Figure } from '../schema';
import { printedOnMark } from '../lib/wording';
import { bottomAxis } from './axis';
import { barMark, markKind, type MarkKind } from './marks';
import {
  centredBaseline,
  datum,
  el,
  frameOf,
  hatchPattern,
  lineHeight,
  rule,
  svgRoot,
  text,
  textLines,
  type ChartOptions,
  type ChartSize,
  type DrawnChart,
  type Frame,
} from './svg';

/** One bar of a horizontal bar chart. */
export interface Bar {
  readonly key: string;
  readonly step: number;
  readonly label: string;
  readonly value: number;
  /** The printed value with its status word, shown at the end of the bar. */
  readonly valueLabel: string;
  readonly kind: MarkKind;
}

/** A figure as a bar: its printed value (with 预计/目标/控制在) and its kind of mark. */
export function figureBar(f: Figure, step = 1, label = f.label): Bar {
  return { key: f.id, step, label, value: f.value, valueLabel: printedOnMark(f), kind: markKind(f) };
}

/** Lengths at scale 1; every one is multiplied by the frame's scale. */
export const BAR_DEFAULTS = {
  narrow: { barHeight: 18, labelGap: 3, rowGap: 14, tickCount: 3 },
  wide: { barHeight: 20, labelGap: 12, rowGap: 12, tickCount: 5, labelShare: 0.4 },
  valueGap: 6,
  noteGap: 10,
  axisGap: 6,
  pad: 2,
} as const;

/** Where bars go at a given width: shared by every chart drawn with bar rows. */
export interface BarFrame extends Frame {
  readonly barHeight: number;
  readonly labelGap: number;
  readonly rowGap: number;
  readonly tickCount: number;
  /** Wide only: the right edge of the label column. */
  readonly labelColumn: number;
  /** Where bars start (zero) and where the longest bar ends, leaving room for its value label. */
  readonly x0: number;
  readonly x1: number;
}

/**
 * The frame for a set of bars: narrow puts each label above its bar and lets bars use the full
 * width; wide keeps the labels in a right-aligned column on the left.
 */
export function barFrame(bars: readonly Bar[], size: ChartSize): BarFrame {
  const f = frameOf(size);
  const u = f.u;
  const layout = f.narrow ? BAR_DEFAULTS.narrow : BAR_DEFAULTS.wide;
  const valueRoom = (max(bars, (b) => f.measure(b.valueLabel, f.fs.value, true)) ?? 0) + (BAR_DEFAULTS.valueGap + BAR_DEFAULTS.pad) * u;
  const labelColumn = f.narrow
    ? 0
    : Math.min(max(bars, (b) => f.measure(b.label, f.fs.label)) ?? 0, f.width * BAR_DEFAULTS.wide.labelShare);
  return {
    ...f,
    barHeight: layout.barHeight * u,
    labelGap: layout.labelGap * u,
    rowGap: layout.rowGap * u,
    tickCount: layout.tickCount,
    labelColumn,
    x0: f.narrow ? BAR_DEFAULTS.pad * u : labelColumn + BAR_DEFAULTS.wide.labelGap * u,
    x1: f.width - valueRoom,
  };
}

/** Notes drawn at the top of a chart, wrapped to its width; returns markup and the y below them. */
export function notesBlock(notes: readonly string[], top: number, frame: Frame): { markup: string; bottom: number } {
  let y = top;
  let markup = '';
  for (const note of notes) {
    const block = textLines(0, y, frame.wrap(note, frame.width, frame.fs.note), 't-note', frame.fs.note);
    markup += block.markup;
    y += block.height;
  }
  return { markup, bottom: notes.length ? y + BAR_DEFAULTS.noteGap * frame.u : top };
}

/** One bar with its label and value label, in its datum group, starting at `top`; returns the y of the next row. */
export function barRow(
  bar: Bar,
  top: number,
  x: ScaleLinear<number, number>,
  frame: BarFrame,
  options: ChartOptions,
): { markup: string; next: number } {
  const { fs, barHeight, x0 } = frame;
  const children: string[] = [];
  let barTop: number;
  let next: number;
  if (frame.narrow) {
    const label = textLines(0, top, frame.wrap(bar.label, frame.width, fs.label), 't-label', fs.label);
    children.push(label.markup);
    barTop = top + label.height + frame.labelGap;
    next = barTop + barHeight + frame.rowGap;
    // The zero line is drawn per bar, so that it never runs through the labels above the bars.
    children.push(rule(x0, barTop - 2 * frame.u, x0, barTop + barHeight + 2 * frame.u));
  } else {
    const lines = frame.wrap(bar.label, frame.labelColumn, fs.label);
    const labelHeight = lines.length * lineHeight(fs.label);
    const rowHeight = Math.max(labelHeight, barHeight);
    barTop = top + (rowHeight - barHeight) / 2;
    children.push(textLines(frame.labelColumn, top + (rowHeight - labelHeight) / 2, lines, 't-label', fs.label, 'end').markup);
    next = top + rowHeight + frame.rowGap;
  }
  const end = x(bar.value);
  children.push(barMark(bar.kind, x0, barTop, end - x0, barHeight, options, frame.u));
  children.push(
    text(end + BAR_DEFAULTS.valueGap * frame.u, centredBaseline(barTop + barHeight / 2, fs.value), bar.valueLabel, 't-value', fs.value),
  );
  return { markup: datum(bar.key, bar.step, children), next };
}

/**
 * Rows of bars on one scale and an axis under them, from `top`; the scale runs from zero to
 * `domainMax` (the largest value by default). Returns markup and the y below the axis.
 */
export function barBlock(
  bars: readonly Bar[],
  top: number,
  frame: BarFrame,
  tickFormat: (v: number) => string,
  options: ChartOptions,
  domainMax: number = max(bars, (b) => b.value) ?? 1,
  withAxis = true,
): { markup: string; bottom: number } {
  const x = scaleLinear().domain([0, domainMax]).range([frame.x0, frame.x1]);
  let y = top;
  let rows = '';
  for (const bar of bars) {
    const row = barRow(bar, y, x, frame, options);
    rows += row.markup;
    y = row.next;
  }
  const axisY = y - frame.rowGap + BAR_DEFAULTS.axisGap * frame.u;
  const zero = frame.narrow ? '' : rule(frame.x0, top, frame.x0, axisY);
  if (!withAxis) return { markup: zero + rows, bottom: y - frame.rowGap };
  const axis = bottomAxis(x, frame.tickCount, tickFormat, axisY, frame);
  return { markup: zero + rows + axis.markup, bottom: axisY + axis.height };
}

/** The hatch pattern, defined once, when any bar is an estimate. */
export function defsFor(bars: readonly Bar[], options: ChartOptions, u = 1): string {
  return bars.some((b) => b.kind === 'estimate') ? el('defs', {}, hatchPattern(options, u)) : '';
}

export interface BarChartSpec {
  /** The chart's name: its class is chart--{name}. */
  readonly name: string;
  readonly bars: readonly Bar[];
  /** Axis tick text for a value in base units. */
  readonly tickFormat: (v: number) => string;
}

/** Horizontal bars on one linear scale from zero, each labelled with its printed value. */
export function barChart(spec: BarChartSpec, size: ChartSize, options: ChartOptions): DrawnChart {
  const frame = barFrame(spec.bars, size);
  const block = barBlock(spec.bars, BAR_DEFAULTS.pad * frame.u, frame, spec.tickFormat, options);
  const height = block.bottom + BAR_DEFAULTS.pad * frame.u;
  return svgRoot(spec.name, size.width, height, options, defsFor(spec.bars, options, frame.u), block.markup);
}
