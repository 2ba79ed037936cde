import { group, max } from 'd3';
import type { Ranking, Scope } from '../schema';
import { rankWords } from '../lib/rank';
import {
  baseline, centredBaseline, datum, el, fontSizes, isNarrow, lineHeight, rule, svgRoot, text, textLines, textWidth,
  wrapText, type ChartOptions, type ChartSize,
} from './svg';

/** The chart's title in the article's terms. */
export const RANKINGS_TITLE = '穆棱的名次（按范围）';

const DEFAULTS = {
  /** Scroll steps by scope: the prefecture first, then the province, then the nation. */
  stepByScope: { 牡丹江市: 1, 牡丹江地区: 1, 全省: 2, 全国: 3 } as Readonly<Record<Scope, number>>,
  narrow: { labelShare: 0.46 },
  wide: { labelShare: 0.42 },
  labelGap: 12,
  /** A place column is never wider than this, so that the printed place stays near its dot. */
  maxColumnWidth: 80,
  rowGap: 6,
  minRowHeight: 26,
  dotRadius: 7,
  headGap: 4,
  groupGap: 16,
  pad: 2,
  note: '名次均为原文所载；原文未给出参评数量',
} as const;

/**
 * How Muling places, by scope: a group of rows per scope (in the order the data gives), each row the
 * indicator and a dot at its place on a short place axis 第一…第N, where N is the lowest place in the
 * data. No field sizes: the article gives none. The place as printed closes each row, in a column of
 * its own so that it never sits on the axis.
 */
export function rankingsChart(rankings: readonly Ranking[], size: ChartSize, options: ChartOptions): string {
  const { width } = size;
  const fs = fontSizes(size);
  const share = isNarrow(size) ? DEFAULTS.narrow.labelShare : DEFAULTS.wide.labelShare;
  const places = max(rankings, (r) => r.place) ?? 1;

  const labelColumn = Math.min(max(rankings, (r) => textWidth(r.label, fs.label)) ?? 0, width * share);
  const valueColumn = max(rankings, (r) => textWidth(r.printed, fs.value)) ?? 0;
  const axisStart = labelColumn + DEFAULTS.labelGap;
  const room = width - DEFAULTS.pad - valueColumn - DEFAULTS.labelGap - axisStart;
  const columnWidth = Math.min(room / places, DEFAULTS.maxColumnWidth);
  const valueX = axisStart + columnWidth * places + DEFAULTS.labelGap;
  const centre = (place: number): number => axisStart + (place - 0.5) * columnWidth;
  const first = centre(1);
  const last = centre(places);

  const parts: string[] = [];
  let y = DEFAULTS.pad;
  for (const [scope, rows] of group(rankings, (r) => r.scope)) {
    // The scope heading, with the place axis beside it.
    const headHeight = lineHeight(fs.label);
    parts.push(text(0, baseline(y, fs.label), scope, 't-head', fs.label));
    for (let place = 1; place <= places; place++) {
      parts.push(text(centre(place), baseline(y, fs.axis), rankWords(place, 'di'), 't-axis', fs.axis, 'middle'));
    }
    y += headHeight + DEFAULTS.headGap;

    for (const r of rows) {
      const lines = wrapText(r.label, labelColumn, fs.label);
      const labelHeight = lines.length * lineHeight(fs.label);
      const rowHeight = Math.max(labelHeight, DEFAULTS.minRowHeight);
      const middle = y + rowHeight / 2;
      const children = [
        textLines(0, y + (rowHeight - labelHeight) / 2, lines, 't-label', fs.label).markup,
        rule(first, middle, last, middle),
        ...Array.from({ length: places }, (_, i) => rule(centre(i + 1), middle - 4, centre(i + 1), middle + 4)),
        el('circle', { class: 'mark mark--muling', cx: centre(r.place), cy: middle, r: DEFAULTS.dotRadius }),
        text(valueX, centredBaseline(middle, fs.value), r.printed, 't-value', fs.value),
      ];
      parts.push(datum(r.id, DEFAULTS.stepByScope[scope], children));
      y += rowHeight + DEFAULTS.rowGap;
    }
    y += DEFAULTS.groupGap - DEFAULTS.rowGap;
  }

  const note = textLines(0, y - DEFAULTS.groupGap / 2, wrapText(DEFAULTS.note, width, fs.note), 't-note', fs.note);
  parts.push(note.markup);
  const height = y - DEFAULTS.groupGap / 2 + note.height + DEFAULTS.pad;
  return svgRoot('rankings', width, height, options, ...parts);
}
