import { SHARE_IMAGE } from '../lib/share';
import { bar, heroInk, heroSize, keyBlock, keySide, type KeyStyle, line, lines, masthead, svgDocument } from './draw';
import type { ShareModel } from './model';
import { fitLine, fitLines, largest, type Typesetter } from './typeset';

/** The share card's grid, in px of the 1200 × 630 image. */
export const CARD = {
  margin: 64,
  mastheadBaseline: 62,
  mastheadFs: 28,
  headingFs: 26,
  /** The point: one line from `pointMax` down to `pointMin`, else two balanced lines. */
  pointMax: 42,
  pointMin: 34,
  /** A card without a key figure sets its point large instead. */
  leadMax: 72,
  leadMin: 44,
  leadOneLine: 56,
  tagFs: 24,
  labelFs: 30,
  heroMax: 230,
  heroMin: 90,
  sourceFs: 20,
  /** Least room between blocks. */
  gap: 28,
} as const;

/** Why a card cannot be drawn: a build that says which section is better than overlapping text. */
const overflow = (model: ShareModel, what: string) => new Error(`share card of section "${model.slug}": ${what} does not fit 1200 × 630`);

/**
 * The share image of a section, 1200 × 630, as SVG, for other apps' link previews: masthead and
 * short URL, the section's heading and point, the key figure large with its tags and label (or,
 * where the section has no number of its own, the point set large), and the source line.
 */
export function card(model: ShareModel, t: Typesetter): string {
  const { width, height } = SHARE_IMAGE;
  const c = CARD;
  const left = c.margin;
  const right = width - c.margin;
  const measure = right - left;
  const out: string[] = [];

  const head = masthead(t, model.masthead, left, right, c.mastheadBaseline, c.mastheadFs, model.shortUrl);
  out.push(head.markup);
  const headingFs = fitLine(t, model.heading, measure, c.headingFs, 20, true);
  if (headingFs === null) throw overflow(model, 'the heading');
  let y = head.bottom + c.gap + Math.round(t.ink(model.heading, headingFs, true).ascent);
  out.push(line(left, y, model.heading, { fs: headingFs, bold: true, fill: 'accentInk' }));

  // The foot: a rule and the source line, on the bottom margin.
  const sourceFs = fitLine(t, model.cardSource, measure, c.sourceFs, 14);
  if (sourceFs === null) throw overflow(model, 'the source line');
  const sourceBaseline = height - Math.round(c.margin * 0.55);
  const footRule = sourceBaseline - Math.round(sourceFs * 1.9);
  out.push(bar(left, footRule, measure, 1, 'rule'), line(left, sourceBaseline, model.cardSource, { fs: sourceFs, fill: 'ink2' }));
  const bottom = footRule - c.gap;

  if (!model.key) {
    // No number of its own: the point is the card's message, as large as the room allows.
    const top = y + c.gap;
    for (let fs: number = c.leadMax; fs >= c.leadMin; fs -= 2) {
      const fit = fitLines(t, model.point, measure, { max: fs, min: c.leadMin, maxLines: 3, bold: true, oneLineMin: c.leadOneLine });
      if (!fit) break;
      fs = fit.fs;
      const leading = Math.round(fit.fs * 1.3);
      const ink = t.ink(fit.lines[0]!, fit.fs, true);
      const blockHeight = Math.round(ink.ascent) + (fit.lines.length - 1) * leading + Math.round(fit.fs * 0.12);
      if (blockHeight > bottom - top) continue;
      const baseline = top + Math.round((bottom - top - blockHeight) / 2) + Math.round(ink.ascent);
      out.push(lines(left, baseline, fit.lines, { fs: fit.fs, bold: true }, leading));
      return svgDocument(width, height, t, ...out);
    }
    throw overflow(model, 'the point');
  }

  const point = fitLines(t, model.point, measure, { max: c.pointMax, min: c.pointMin, maxLines: 2, bold: true });
  if (!point) throw overflow(model, 'the point');
  const leading = Math.round(point.fs * 1.3);
  y += c.gap + Math.round(point.fs * 1.1);
  out.push(lines(left, y, point.lines, { fs: point.fs, bold: true }, leading));
  y += (point.lines.length - 1) * leading + Math.round(point.fs * 0.15);

  // The key figure takes the room left between the point and the foot: beside its tags and label
  // where the figure leaves room for them, else above them.
  const top = y + c.gap;
  const room = bottom - top;
  const key = model.key;
  const style = (size: number): KeyStyle => ({ size, tagFs: c.tagFs, labelFs: c.labelFs, gap: 16, width: measure });
  const sideStyle = (size: number) => ({ ...style(size), minColumn: 300, columnGap: 40 });
  const unit = heroInk(t, key.runs, 100);
  const tallest = Math.min(c.heroMax, Math.floor((room * 100) / (unit.ascent + unit.descent)));
  // The larger of the figure beside its words and the figure above them; beside where they tie.
  const side = largest(heroSize(t, key, measure, tallest), c.heroMin, (size) => {
    const drawn = keySide(t, left, 0, key, sideStyle(size));
    return drawn !== null && drawn.height <= room;
  });
  const stacked = largest(heroSize(t, key, measure, c.heroMax), c.heroMin, (size) => keyBlock(t, left, 0, key, style(size)).height <= room);
  if (side !== null && (stacked === null || side >= stacked * 0.85)) {
    const h = keySide(t, left, 0, key, sideStyle(side))!.height;
    out.push(keySide(t, left, top + Math.round((room - h) / 2), key, sideStyle(side))!.markup);
    return svgDocument(width, height, t, ...out);
  }
  if (stacked !== null) {
    const h = keyBlock(t, left, 0, key, style(stacked)).height;
    out.push(keyBlock(t, left, top + Math.round((room - h) / 2), key, style(stacked)).markup);
    return svgDocument(width, height, t, ...out);
  }
  throw overflow(model, 'the key figure');
}
