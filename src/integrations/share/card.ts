import { SHARE_IMAGE } from '../../lib/share';
import {
  document, hero, heroBlock, heroBlockHeight, heroRise, heroSink, heroSize, heroWidth, hline, lines, masthead, tags, text,
  type HeroBlockStyle,
} from './draw';
import type { ShareModel } from './model';
import { PALETTE } from './palette';
import { fitHeadline, wrap } from './text';

/** The share card's grid, in px of the 1200 × 630 image. */
const CARD = {
  margin: 64,
  mastheadBaseline: 64,
  mastheadSize: 28,
  kickerSize: 26,
  pointSize: 42,
  pointMin: 36,
  pointLeading: 56,
  tagSize: 22,
  heroMax: 200,
  /** Side by side: the figure's largest size, the gap to the column beside it and that column's least width. */
  heroSide: 260,
  sideGap: 36,
  sideMin: 300,
  labelSize: 30,
  gap: 20,
  footerSize: 20,
  footerBaseline: 598,
} as const;

/**
 * The share image of one section, 1200 × 630, as SVG: masthead, the section's heading and point,
 * the key figure large as printed with its year, status word and label, the source and the URL.
 */
export function shareImageSvg(model: ShareModel): string {
  const { width, height } = SHARE_IMAGE;
  const c = CARD;
  const left = c.margin;
  const right = width - c.margin;
  const measureWidth = right - left;
  const parts: string[] = [];

  parts.push(masthead(left, right, c.mastheadBaseline, c.mastheadSize, model.shortUrl));

  let y = c.mastheadBaseline + 74;
  parts.push(text(left, y, model.heading, { size: c.kickerSize, weight: 700, fill: PALETTE.accent }));
  y += c.pointLeading + 2;
  const point = fitHeadline(model.point, measureWidth, c.pointSize, c.pointMin);
  const shown = point.lines.slice(0, 2);
  parts.push(lines(left, y, shown, { size: point.size, weight: 700 }, c.pointLeading));
  y += (shown.length - 1) * c.pointLeading;

  // The key figure takes what is left between the point and the footer.
  const footerRule = c.footerBaseline - 38;
  const zoneTop = y + 40;
  const zoneBottom = footerRule - 30;
  const zone = zoneBottom - zoneTop;
  const rise = heroRise(model.hero) + heroSink(model.hero);

  // Side by side where the figure leaves room: the figure as large as the zone allows, its year,
  // status word and label in a column beside it.
  const sideSize = heroSize(model.hero, measureWidth, Math.min(c.heroSide, Math.floor(zone / rise)));
  const sideX = left + Math.round(heroWidth(model.hero, sideSize)) + c.sideGap;
  if (right - sideX >= c.sideMin) {
    const baseline = zoneTop + Math.round((zone + sideSize * (heroRise(model.hero) - heroSink(model.hero))) / 2);
    parts.push(hero(left - sideSize * 0.04, baseline, model.hero, sideSize));
    // The column sits on the figure's baseline: label last, year and status word above it.
    const label = wrap(model.label, right - sideX, c.labelSize);
    const leading = Math.round(c.labelSize * 1.4);
    const labelTop = baseline - (label.length - 1) * leading;
    parts.push(lines(sideX, labelTop, label, { size: c.labelSize, fill: PALETTE.ink2 }, leading));
    parts.push(tags(sideX, labelTop - c.labelSize - c.gap, model, c.tagSize).markup);
  } else {
    const base: HeroBlockStyle = { size: 0, tagSize: c.tagSize, labelSize: c.labelSize, gap: c.gap, labelWidth: measureWidth };
    const byHeight = Math.floor((zone - heroBlockHeight(model, base)) / rise);
    const style = { ...base, size: heroSize(model.hero, measureWidth, Math.min(c.heroMax, byHeight)) };
    const block = heroBlockHeight(model, style);
    parts.push(heroBlock(left, zoneTop + Math.round((zone - block) / 2), model, style).markup);
  }

  parts.push(hline(left, right, footerRule, PALETTE.rule, 1));
  parts.push(text(left, c.footerBaseline, model.source, { size: c.footerSize, fill: PALETTE.grey }));
  return document(width, height, parts.join(''));
}
