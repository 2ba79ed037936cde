import { POSTER } from '../../lib/share';
import type { LoadedContent } from '../load-content';
import { CHART_STYLE, chartFor } from './chart';
import { document, heroBlock, heroBlockHeight, heroSize, hline, lines, masthead, text, type HeroBlockStyle } from './draw';
import type { ShareModel } from './model';
import { PALETTE } from './palette';
import { qrBlock } from './qr';
import { fitHeadline, wrap, wrapGreedy } from './text';

/** The poster's grid, in px of the 1080 × 1920 image. */
const GRID = {
  margin: 80,
  mastheadBaseline: 124,
  mastheadSize: 40,
  kickerSize: 36,
  pointSize: 64,
  pointMin: 54,
  pointLeading: 1.34,
  tagSize: 32,
  labelSize: 42,
  heroGap: 26,
  /** The key figure's size: as large as fits, within these bounds; a chart may take it down to `heroMin`. */
  heroMax: 300,
  heroChart: 240,
  heroMin: 150,
  chartTitleSize: 32,
  noteSize: 24,
  bodySize: 38,
  bodyLeading: 66,
  listSize: 44,
  listGap: 30,
  /** Least space between the blocks of the middle; what is left over is shared between them. */
  minGap: 56,
  maxGap: 120,
  /** The foot, from the bottom: the accent bar, the QR code and its caption. */
  barHeight: 16,
  footPad: 56,
  qrSide: 248,
  qrCaptionSize: 40,
  urlSize: 28,
  sourceSize: 24,
} as const;

/**
 * The Moments poster of one section, 1080 × 1920, as SVG: the share card's content set larger;
 * the section's first chart with its notes, or where it has none its 2021 plans (or description);
 * and a QR code back to the section with 扫码阅读本节. The key figure and the chart share the middle:
 * the figure gives way until the chart fits at full width, then takes back what room is left.
 */
export function posterSvg(model: ShareModel, content: LoadedContent): string {
  const { width, height } = POSTER;
  const g = GRID;
  const left = g.margin;
  const right = width - g.margin;
  const measureWidth = right - left;
  const parts: string[] = [];

  // The head: masthead, the section's heading, its point.
  parts.push(masthead(left, right, g.mastheadBaseline, g.mastheadSize));
  let y = g.mastheadBaseline + 112;
  parts.push(text(left, y, model.heading, { size: g.kickerSize, weight: 700, fill: PALETTE.accent }));
  const point = fitHeadline(model.point, measureWidth, g.pointSize, g.pointMin);
  const leading = Math.round(point.size * g.pointLeading);
  y += 30 + point.size;
  parts.push(lines(left, y, point.lines.slice(0, 3), { size: point.size, weight: 700 }, leading));
  y += (Math.min(point.lines.length, 3) - 1) * leading;
  const middleTop = y + 20;

  // The foot: the way back to the section.
  const footRule = height - g.barHeight - g.footPad - g.qrSide - 36;
  parts.push(foot(model, left, right, footRule));
  const middleBottom = footRule;

  // The middle: the key figure, then the chart, the plans or the description.
  const room = middleBottom - middleTop;
  const heroStyle = (size: number): HeroBlockStyle => ({
    size, tagSize: g.tagSize, labelSize: g.labelSize, gap: g.heroGap, labelWidth: measureWidth,
  });
  let style = heroStyle(heroSize(model.hero, measureWidth, model.chart ? g.heroChart : g.heroMax));
  let section: Block;
  let sheet = '';
  if (model.chart) {
    const chart = chartFor(model.chart, content);
    const title = wrap(model.chart.title, measureWidth, g.chartTitleSize).slice(0, 2);
    const titleLeading = Math.round(g.chartTitleSize * 1.4);
    const notes = model.chart.notes.flatMap((n) => wrapGreedy(n, measureWidth, g.noteSize));
    const noteLeading = Math.round(g.noteSize * 1.5);
    const chrome = 28 + g.chartTitleSize + (title.length - 1) * titleLeading + 28 + 20 + notes.length * noteLeading;
    // The key figure gives way (down to heroMin) until the chart fits at full width.
    const free = (s: HeroBlockStyle) => room - 3 * g.minGap - heroBlockHeight(model, s) - chrome;
    while (style.size > g.heroMin && free(style) < chart.height(measureWidth)) style = heroStyle(style.size - 2);
    const box = free(style);
    if (box < chart.height(measureWidth) / 2) {
      throw new Error(`share images: the ${model.chart.id} chart is too tall for the poster of section "${model.slug}"`);
    }
    const placed = chart.place(0, 0, measureWidth, box);
    section = {
      height: chrome + placed.height,
      draw(top) {
        let y = top;
        const out = [hline(left, right, y, PALETTE.rule, 2)];
        y += 28 + g.chartTitleSize;
        out.push(lines(left, y, title, { size: g.chartTitleSize, weight: 700 }, titleLeading));
        y += (title.length - 1) * titleLeading + 28;
        out.push(chart.place(left, y, measureWidth, box).markup);
        y += placed.height + 20 + g.noteSize;
        out.push(lines(left, y, notes, { size: g.noteSize, fill: PALETTE.grey }, noteLeading));
        return out.join('');
      },
    };
    sheet = CHART_STYLE;
  } else if (model.plans.length) {
    section = listBlock(model.plans, model.part, left, measureWidth);
  } else {
    const body = wrapGreedy(model.description, measureWidth, g.bodySize);
    section = {
      height: 50 + g.bodySize + (body.length - 1) * g.bodyLeading,
      draw: (top) =>
        hline(left, left + 96, top, PALETTE.accent, 6) +
        lines(left, top + 50 + g.bodySize, body, { size: g.bodySize, fill: PALETTE.ink2 }, g.bodyLeading),
    };
  }
  // Room left over goes first to the key figure, up to its largest size.
  const largest = heroSize(model.hero, measureWidth, g.heroMax);
  const fits = (s: HeroBlockStyle) => heroBlockHeight(model, s) + section.height + 3 * g.maxGap <= room;
  while (style.size < largest && fits(heroStyle(style.size + 2))) style = heroStyle(style.size + 2);
  // Then even gaps above, between and below, no wider than maxGap; what is left centres the middle.
  const heroHeight = heroBlockHeight(model, style);
  if (heroHeight + section.height + 2 * g.minGap > room) {
    // Overlapping text would be a broken poster; better a build that says which one.
    throw new Error(`share images: the poster of section "${model.slug}" does not fit its content in 1080 × 1920`);
  }
  const slack = Math.max(0, room - heroHeight - section.height - 3 * g.minGap);
  const gap = g.minGap + Math.min(Math.floor(slack / 3), g.maxGap - g.minGap);
  const top = middleTop + gap + Math.floor((room - heroHeight - section.height - 3 * gap) / 2);
  parts.push(heroBlock(left, top, model, style).markup);
  parts.push(section.draw(top + heroHeight + gap));

  return document(width, height, parts.join(''), sheet);
}

/** A block of the middle: its height, and its markup once placed at `top`. */
interface Block {
  readonly height: number;
  draw(top: number): string;
}

/** The section's plans as a numbered list, under a short accent rule and the year they are for. */
function listBlock(items: readonly string[], year: string | null, left: number, width: number): Block {
  const g = GRID;
  const indent = Math.round(g.listSize * 1.6);
  const rows = items.map((item) => wrap(item, width - indent, g.listSize));
  const leading = Math.round(g.listSize * 1.35);
  const head = 50 + (year ? g.tagSize + 34 : 0);
  const height = head + rows.reduce((h, r) => h + r.length * leading + g.listGap, -g.listGap) + g.listSize - leading;
  return {
    height,
    draw(top) {
      const out = [hline(left, left + 96, top, PALETTE.accent, 6)];
      if (year) out.push(text(left, top + 36 + g.tagSize, `${year}年`, { size: g.tagSize, weight: 700, fill: PALETTE.ink2 }));
      let y = top + head + g.listSize;
      rows.forEach((row, i) => {
        out.push(text(left, y, String(i + 1), { size: g.listSize, weight: 700, fill: PALETTE.accent }));
        out.push(lines(left + indent, y, row, { size: g.listSize, weight: 700 }, leading));
        y += row.length * leading + g.listGap;
      });
      return out.join('');
    },
  };
}

/** The QR code to the section with its caption, the URL and the source, under a rule at `top`. */
function foot(model: ShareModel, left: number, right: number, top: number): string {
  const g = GRID;
  const out: string[] = [hline(left, right, top, PALETTE.ink, 3)];
  const qr = qrBlock(model.url, left, top + 36, g.qrSide);
  out.push(qr.markup);
  const tx = left + qr.side + 44;
  let y = top + 36 + 24 + g.qrCaptionSize;
  out.push(text(tx, y, '扫码阅读本节', { size: g.qrCaptionSize, weight: 700 }));
  y += 52;
  out.push(text(tx, y, model.shortUrl, { size: g.urlSize, fill: PALETTE.ink2 }));
  y += 66;
  out.push(lines(tx, y, wrap(model.source, right - tx, g.sourceSize), { size: g.sourceSize, fill: PALETTE.grey }, Math.round(g.sourceSize * 1.5)));
  out.push(hline(0, POSTER.width, POSTER.height - g.barHeight, PALETTE.accent, g.barHeight));
  return out.join('');
}
