import type { Figure } from '../schema';
import {
  baseline,
  datum,
  frameOf,
  lineHeight,
  rule,
  svgRoot,
  text,
  textLines,
  type ChartOptions,
  type ChartSize,
  type DrawnChart,
} from './svg';

/** Lengths at scale 1. */
const DEFAULTS = {
  narrow: { columns: 2 },
  wide: { columns: 3 },
  columnGap: 16,
  rowGap: 14,
  ruleGap: 6,
  pad: 2,
} as const;

/**
 * Figures of different units as number tiles, in the order given: each the number as printed, large
 * (近 kept), the article's verb before it where it has one (控制在), and what it counts under it.
 * Nothing is drawn to a length, so nothing invites a comparison the units do not allow.
 */
export function tilesChart(figures: readonly Figure[], size: ChartSize, options: ChartOptions): DrawnChart {
  const f = frameOf(size);
  const { fs, u, width } = f;
  const columns = f.narrow ? DEFAULTS.narrow.columns : DEFAULTS.wide.columns;
  const gap = DEFAULTS.columnGap * u;
  const tileWidth = (width - gap * (columns - 1)) / columns;

  const parts: string[] = [];
  let y = DEFAULTS.pad * u;
  for (let start = 0; start < figures.length; start += columns) {
    const row = figures.slice(start, start + columns);
    const labels = row.map((fig) => f.wrap(fig.label, tileWidth, fs.label));
    const labelLines = Math.max(...labels.map((l) => l.length));
    const numberTop = y + DEFAULTS.ruleGap * u;
    const labelTop = numberTop + lineHeight(fs.big);
    row.forEach((fig, i) => {
      const x = i * (tileWidth + gap);
      const verb = fig.qualifier === '控制在' ? fig.qualifier : '';
      const verbWidth = verb ? f.measure(verb, fs.label) + 3 * u : 0;
      parts.push(
        datum(fig.id, 1, [
          rule(x, y, x + tileWidth, y),
          verb ? text(x, baseline(numberTop, fs.big), verb, 't-label', fs.label) : '',
          text(x + verbWidth, baseline(numberTop, fs.big), fig.printed, 't-big t-accent', fs.big),
          textLines(x, labelTop, labels[i]!, 't-label', fs.label).markup,
        ]),
      );
    });
    y = labelTop + labelLines * lineHeight(fs.label) + DEFAULTS.rowGap * u;
  }
  return svgRoot('tiles', width, y - DEFAULTS.rowGap * u + DEFAULTS.pad * u, options, ...parts);
}
