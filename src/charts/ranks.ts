import { group, max } from 'd3';
import type { Figure, Ranking } from '../schema';
import { labelWithStatus } from '../lib/wording';
import {
  baseline,
  centredBaseline,
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
  badgePadX: 8,
  badgeHeight: 26,
  badgeRadius: 4,
  labelGap: 10,
  rowGap: 8,
  headGap: 6,
  groupGap: 14,
  pad: 2,
} as const;

/**
 * How Muling places, by scope: a group per scope in the order given (the widest first), each row a
 * badge with the place as printed — 首位, 第一, 第三, 第二名 — beside its indicator. There is no
 * axis: the article gives no field sizes, so no place may read as last, or as a share of a field.
 * First places are filled, the others outlined; the words say the place in every case.
 */
export function ranksChart(
  rankings: readonly Ranking[],
  figureOf: (id: string) => Figure | undefined,
  size: ChartSize,
  options: ChartOptions,
): DrawnChart {
  const f = frameOf(size);
  const { fs, u, width } = f;
  const padX = DEFAULTS.badgePadX * u;
  const badgeHeight = Math.max(DEFAULTS.badgeHeight * u, lineHeight(fs.value));
  const badgeWidth = (max(rankings, (r) => f.measure(r.printed, fs.value, true)) ?? 0) + 2 * padX;
  const labelX = badgeWidth + DEFAULTS.labelGap * u;

  const parts: string[] = [];
  let y = DEFAULTS.pad * u;
  [...group(rankings, (r) => r.scope)].forEach(([scope, rows], g) => {
    if (g > 0) y += DEFAULTS.groupGap * u;
    parts.push(text(0, baseline(y, fs.label), scope, 't-head', fs.label));
    y += lineHeight(fs.label);
    parts.push(rule(0, y, width, y));
    y += DEFAULTS.headGap * u;
    for (const r of rows) {
      const lines = f.wrap(labelWithStatus(r, figureOf), width - labelX, fs.label);
      const labelHeight = lines.length * lineHeight(fs.label);
      const rowHeight = Math.max(labelHeight, badgeHeight);
      const middle = y + rowHeight / 2;
      const first = r.place === 1;
      parts.push(
        datum(r.id, g + 1, [
          el('rect', {
            class: first ? 'mark mark--badge-first' : 'mark mark--badge',
            x: u,
            y: middle - badgeHeight / 2,
            width: badgeWidth - 2 * u,
            height: badgeHeight,
            rx: DEFAULTS.badgeRadius * u,
          }),
          text(
            badgeWidth / 2,
            centredBaseline(middle, fs.value),
            r.printed,
            first ? 't-value t-on-accent' : 't-value t-accent',
            fs.value,
            'middle',
          ),
          textLines(labelX, middle - labelHeight / 2, lines, 't-label', fs.label).markup,
        ]),
      );
      y += rowHeight + DEFAULTS.rowGap * u;
    }
    y -= DEFAULTS.rowGap * u;
  });
  return svgRoot('ranks', width, y + DEFAULTS.pad * u, options, ...parts);
}
