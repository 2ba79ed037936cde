import type { ScaleLinear } from 'd3';
import { clampCentre, lineHeight, rule, text, type Frame } from './svg';

const DEFAULTS = {
  tickLength: 4,
  /** Least room between two tick labels; a label that would come closer is left out. */
  labelGap: 8,
} as const;

/**
 * A bottom axis: a scale line at `y` from the scale's range start to end, ticks, and tick labels kept
 * inside the frame and apart from each other. Returns the markup and the height it takes below `y`.
 */
export function bottomAxis(
  x: ScaleLinear<number, number>,
  tickCount: number,
  format: (v: number) => string,
  y: number,
  frame: Frame,
): { markup: string; height: number } {
  const [x0, x1] = x.range() as [number, number];
  const fs = frame.fs.axis;
  const tick = DEFAULTS.tickLength * frame.u;
  const parts = [rule(x0, y, x1, y)];
  let lastRight = -Infinity;
  for (const t of x.ticks(tickCount)) {
    const label = format(t);
    const w = frame.measure(label, fs);
    const cx = clampCentre(x(t), w, frame.width);
    parts.push(rule(x(t), y, x(t), y + tick));
    if (cx - w / 2 < lastRight + DEFAULTS.labelGap * frame.u) continue;
    parts.push(text(cx, y + tick + fs * 1.1, label, 't-axis', fs, 'middle'));
    lastRight = cx + w / 2;
  }
  return { markup: parts.join(''), height: tick + lineHeight(fs) };
}
