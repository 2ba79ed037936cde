import type { Figure, Ranking } from '../schema';
import { labelWithStatus, printedPlace } from '../lib/wording';
import {
  baseline,
  datum,
  el,
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
  columnGap: 12,
  /** Between two indicators that share a place. */
  itemGap: 4,
  rowGap: 10,
  pad: 2,
  minLabelChars: 10,
} as const;

/**
 * How Muling places, as a ranked list in the article's words: one row per place, each place with
 * its scope (全国第三, 全省第一, 牡丹江市首位), in the order given — the widest scope first — and
 * beside it every indicator the article ranks there (预计 where the ranked figure is an estimate).
 * Every place is set alike: the article gives no field sizes, so no place is drawn on an axis or
 * made to look stronger or weaker than another.
 */
export function ranksChart(
  rankings: readonly Ranking[],
  figureOf: (id: string) => Figure | undefined,
  size: ChartSize,
  options: ChartOptions,
): DrawnChart {
  const f = frameOf(size);
  const { fs, u, width } = f;
  const rows = new Map<string, Ranking[]>();
  for (const r of rankings) rows.set(printedPlace(r), [...(rows.get(printedPlace(r)) ?? []), r]);
  const placeWidth = Math.max(...[...rows.keys()].map((place) => f.measure(place, fs.value, true)));
  // Places beside their indicators where that leaves the indicators ten characters a line; else above them.
  const beside = width - placeWidth - DEFAULTS.columnGap * u >= fs.label * DEFAULTS.minLabelChars;
  const labelX = beside ? placeWidth + DEFAULTS.columnGap * u : 0;
  const labelWidth = width - labelX;

  const parts: string[] = [];
  // Where a line box must start for its baseline to sit `drop` below the box's top.
  const drop = (size: number) => baseline(0, size);
  let y = DEFAULTS.pad * u;
  [...rows].forEach(([place, members], i) => {
    if (i > 0) {
      y += (DEFAULTS.rowGap / 2) * u;
      parts.push(rule(0, y, width, y));
      y += (DEFAULTS.rowGap / 2) * u;
    }
    const rowTop = y;
    parts.push(el('g', { class: 'place' }, text(0, baseline(rowTop, fs.value), place, 't-value t-accent', fs.value)));
    // Beside: the first indicator's first line sits on the place's baseline, the others under it.
    // Above: the indicators start on the line under the place.
    let top = beside ? rowTop + drop(fs.value) - drop(fs.label) : rowTop + lineHeight(fs.value);
    for (const r of members) {
      const lines = f.wrap(labelWithStatus(r, figureOf), labelWidth, fs.label);
      parts.push(datum(r.id, 1, [textLines(labelX, top, lines, 't-label', fs.label).markup]));
      top += lines.length * lineHeight(fs.label) + DEFAULTS.itemGap * u;
    }
    y = Math.max(rowTop + lineHeight(fs.value), top - DEFAULTS.itemGap * u);
  });
  return svgRoot('ranks', width, y + DEFAULTS.pad * u, options, ...parts);
}
