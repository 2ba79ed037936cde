import { max, scaleLinear, type ScaleLinear } from 'd3';
import { bottomAxis } from './axis';
import type { Figure } from '../schema';
import { barMark, markKind, valueLabel, type MarkKind } from './marks';
import {
  centredBaseline, datum, el, fontSizes, hatchPattern, isNarrow, lineHeight, rule, svgRoot, text, textLines, textWidth,
  wrapText, type ChartOptions, type ChartSize, type FontSizes,
} from './svg';

/** One bar of a horizontal bar chart. */
export interface Bar {
  readonly key: string;
  readonly step: number;
  readonly label: string;
  readonly value: number;
  /** The printed value with its qualifier word, shown at the end of the bar. */
  readonly valueLabel: string;
  readonly kind: MarkKind;
}

/** A figure as a bar: its printed value (with 预计/目标/控制在 words) and its kind of mark. */
export function figureBar(f: Figure, step: number): Bar {
  return { key: f.id, step, label: f.label, value: f.value, valueLabel: valueLabel(f), kind: markKind(f) };
}

export interface BarChartSpec {
  /** The chart's name: its class is chart--{name}. */
  readonly name: string;
  readonly bars: readonly Bar[];
  /** Axis tick text for a value in base units. */
  readonly tickFormat: (v: number) => string;
  /** Lines of explanation drawn above the bars (what hatching or dashes mean). */
  readonly notes?: readonly string[];
}

export const BAR_DEFAULTS = {
  narrow: { barHeight: 18, labelGap: 3, rowGap: 14, tickCount: 3 },
  wide: { barHeight: 20, labelGap: 12, rowGap: 12, tickCount: 5, labelShare: 0.4 },
  valueGap: 6,
  noteGap: 10,
  axisGap: 6,
  pad: 2,
} as const;

/** Where bars go at a given width: shared by every chart drawn with bar rows. */
export interface BarFrame {
  readonly narrow: boolean;
  readonly width: number;
  readonly fs: FontSizes;
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
  const narrow = isNarrow(size);
  const fs = fontSizes(size);
  const layout = narrow ? BAR_DEFAULTS.narrow : BAR_DEFAULTS.wide;
  const valueRoom = (max(bars, (b) => textWidth(b.valueLabel, fs.value)) ?? 0) + BAR_DEFAULTS.valueGap + BAR_DEFAULTS.pad;
  const labelColumn = narrow
    ? 0
    : Math.min(max(bars, (b) => textWidth(b.label, fs.label)) ?? 0, size.width * BAR_DEFAULTS.wide.labelShare);
  return {
    narrow,
    width: size.width,
    fs,
    barHeight: layout.barHeight,
    labelGap: layout.labelGap,
    rowGap: layout.rowGap,
    tickCount: layout.tickCount,
    labelColumn,
    x0: narrow ? BAR_DEFAULTS.pad : labelColumn + BAR_DEFAULTS.wide.labelGap,
    x1: size.width - valueRoom,
  };
}

/** Notes drawn at the top of a chart, wrapped to its width; returns markup and the y below them. */
export function notesBlock(notes: readonly string[], top: number, frame: BarFrame): { markup: string; bottom: number } {
  let y = top;
  let markup = '';
  for (const note of notes) {
    const block = textLines(0, y, wrapText(note, frame.width, frame.fs.note), 't-note', frame.fs.note);
    markup += block.markup;
    y += block.height;
  }
  return { markup, bottom: notes.length ? y + BAR_DEFAULTS.noteGap : top };
}

/** One bar with its label and value label, in its datum group, starting at `top`; returns the y of the next row. */
export function barRow(
  bar: Bar, top: number, x: ScaleLinear<number, number>, frame: BarFrame, options: ChartOptions,
): { markup: string; next: number } {
  const { fs, barHeight, x0 } = frame;
  const children: string[] = [];
  let barTop: number;
  let next: number;
  if (frame.narrow) {
    const label = textLines(0, top, wrapText(bar.label, frame.width, fs.label), 't-label', fs.label);
    children.push(label.markup);
    barTop = top + label.height + frame.labelGap;
    next = barTop + barHeight + frame.rowGap;
    // The zero line is drawn per bar, so that it never runs through the labels above the bars.
    children.push(rule(x0, barTop - 2, x0, barTop + barHeight + 2));
  } else {
    const lines = wrapText(bar.label, frame.labelColumn, fs.label);
    const labelHeight = lines.length * lineHeight(fs.label);
    const rowHeight = Math.max(labelHeight, barHeight);
    barTop = top + (rowHeight - barHeight) / 2;
    children.push(textLines(frame.labelColumn, top + (rowHeight - labelHeight) / 2, lines, 't-label', fs.label, 'end').markup);
    next = top + rowHeight + frame.rowGap;
  }
  const end = x(bar.value);
  children.push(barMark(bar.kind, x0, barTop, end - x0, barHeight, options));
  children.push(text(end + BAR_DEFAULTS.valueGap, centredBaseline(barTop + barHeight / 2, fs.value), bar.valueLabel, 't-value', fs.value));
  return { markup: datum(bar.key, bar.step, children), next };
}

/**
 * Rows of bars on one scale and an axis under them, from `top`; the scale runs from zero to the
 * largest value. Returns markup and the y below the axis.
 */
export function barBlock(
  bars: readonly Bar[], top: number, frame: BarFrame, tickFormat: (v: number) => string, options: ChartOptions,
  tickCount: number = frame.tickCount,
): { markup: string; bottom: number } {
  const x = scaleLinear()
    .domain([0, max(bars, (b) => b.value) ?? 1])
    .range([frame.x0, frame.x1]);
  let y = top;
  let rows = '';
  for (const bar of bars) {
    const row = barRow(bar, y, x, frame, options);
    rows += row.markup;
    y = row.next;
  }
  const axisY = y - frame.rowGap + BAR_DEFAULTS.axisGap;
  const zero = frame.narrow ? '' : rule(frame.x0, top, frame.x0, axisY);
  const axis = bottomAxis(x, tickCount, tickFormat, axisY, frame.width, frame.fs.axis);
  return { markup: zero + rows + axis.markup, bottom: axisY + axis.height };
}

/** The hatch pattern, defined once, when any bar is an estimate. */
export function defsFor(bars: readonly Bar[], options: ChartOptions): string {
  return bars.some((b) => b.kind === 'estimate') ? el('defs', {}, hatchPattern(options)) : '';
}

/** Horizontal bars on one linear scale from zero, each labelled with its printed value. */
export function barChart(spec: BarChartSpec, size: ChartSize, options: ChartOptions): string {
  const frame = barFrame(spec.bars, size);
  const notes = notesBlock(spec.notes ?? [], BAR_DEFAULTS.pad, frame);
  const block = barBlock(spec.bars, notes.bottom, frame, spec.tickFormat, options);
  const height = block.bottom + BAR_DEFAULTS.pad;
  return svgRoot(spec.name, size.width, height, options, defsFor(spec.bars, options), notes.markup, block.markup);
}
