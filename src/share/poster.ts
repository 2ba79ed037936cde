import { el } from '../charts/svg';
import { qrSvg } from '../lib/qr';
import { POSTER } from '../lib/share';
import { chartCss, LIGHT } from '../styles/palette';
import { bar, heroSize, keyBlock, keySide, type KeyStyle, line, lines, masthead, svgDocument } from './draw';
import type { ShareModel } from './model';
import { fitLine, fitLines, titleLines, type Typesetter, wrap } from './typeset';

/** The poster's grid, in px of the 1080 × 1920 image. */
export const POSTER_GRID = {
  margin: 60,
  mastheadBaseline: 96,
  mastheadFs: 36,
  headingFs: 36,
  pointMax: 58,
  pointMin: 46,
  /** A poster without a key figure sets its point large in the middle instead. */
  leadMax: 96,
  leadMin: 56,
  leadOneLine: 72,
  tagFs: 34,
  labelFs: 40,
  heroMax: 300,
  heroMin: 96,
  /**
   * Charts are drawn at twice their page size, so that their smallest text (14 px on the page)
   * is 28 px on the poster, and across the measure, where the builders draw their wide layout.
   */
  chartScale: 2,
  chartTitleFs: 32,
  noteFs: 26,
  /** The plans: as large as the room allows, down to `listFs`. */
  listMax: 52,
  listFs: 44,
  /** Room between the blocks of the middle: what a layout should leave, the least it may, and the most. */
  easyGap: 44,
  minGap: 28,
  maxGap: 120,
  qrSide: 232,
  qrCaptionFs: 42,
  urlFs: 28,
  sourceFs: 25,
  barHeight: 16,
} as const;

const overflow = (model: ShareModel, what: string) => new Error(`poster of section "${model.slug}": ${what} does not fit 1080 × 1920`);

/** A block of the poster's middle: its height, and its markup once placed at `top`. */
interface Block {
  readonly height: number;
  draw(top: number): string;
}

/**
 * The Moments poster of a section, 1080 × 1920, as SVG: the share card's content set larger; the
 * section's first chart, drawn by the chart registry, or its 2021 plans; and a QR code back to the
 * section with 扫码阅读本节. Nothing is ever drawn over anything else: a layout that does not fit
 * stops the build with the section's name.
 */
export async function poster(model: ShareModel, t: Typesetter): Promise<string> {
  const { width, height } = POSTER;
  const g = POSTER_GRID;
  const left = g.margin;
  const right = width - g.margin;
  const measure = right - left;
  const out: string[] = [];

  const head = masthead(t, model.masthead, left, right, g.mastheadBaseline, g.mastheadFs);
  out.push(head.markup);
  const heading = fitLines(t, model.heading, measure, { max: g.headingFs, min: 28, maxLines: 2, bold: true });
  if (!heading) throw overflow(model, 'the heading');
  const headingLeading = Math.round(heading.fs * 1.35);
  let y = head.bottom + 46 + Math.round(t.ink(heading.lines[0]!, heading.fs, true).ascent);
  out.push(lines(left, y, heading.lines, { fs: heading.fs, bold: true, fill: 'accentInk' }, headingLeading));
  y += (heading.lines.length - 1) * headingLeading + Math.round(heading.fs * 0.15);

  const foot = await footBlock(model, t, left, right);
  out.push(foot.markup);
  const middle = model.key ? keyMiddle(model, t, y, foot.top) : leadMiddle(model, t, y, foot.top);
  out.push(middle);
  return svgDocument(width, height, t, ...out);
}

/**
 * The blocks of the middle, placed between `top` and `bottom`: what room is left is shared between
 * the gaps, up to a point, and the rest centres them. Null where they do not fit.
 */
function place(blocks: readonly Block[], top: number, bottom: number, minGap: number): string | null {
  const g = POSTER_GRID;
  const gaps = blocks.length + 1;
  const slack = bottom - top - blocks.reduce((h, b) => h + b.height, 0) - gaps * minGap;
  if (slack < 0) return null;
  const gap = minGap + Math.min(Math.floor(slack / gaps), g.maxGap - minGap);
  let y = top + gap + Math.floor((slack - (gap - minGap) * gaps) / 2);
  return blocks
    .map((b) => {
      const markup = b.draw(y);
      y += b.height + gap;
      return markup;
    })
    .join('');
}

/** Lines of bold text as a block, its first line's ink at the block's top. */
function textBlock(t: Typesetter, left: number, ls: readonly string[], fs: number, leading: number): Block {
  const ascent = Math.round(t.ink(ls[0]!, fs, true).ascent);
  return {
    height: ascent + (ls.length - 1) * leading + Math.round(fs * 0.12),
    draw: (top) => lines(left, top + ascent, ls, { fs, bold: true }, leading),
  };
}

/**
 * The point under the heading, then the key figure and the chart (or the plans). The figure gives
 * way to the chart: it shrinks; then the point shrinks; then the figure moves beside its words.
 */
function keyMiddle(model: ShareModel, t: Typesetter, top: number, bottom: number): string {
  const g = POSTER_GRID;
  const left = g.margin;
  const measure = POSTER.width - 2 * g.margin;
  const key = model.key!;
  const second = model.chart
    ? chartBlock(model, t, left, measure)
    : model.plans.length
      ? listBlock(model, t, left, measure, g.listFs)
      : null;
  const style = (size: number): KeyStyle => ({ size, tagFs: g.tagFs, labelFs: g.labelFs, gap: 22, width: measure });
  // Beside the figure, its words are set a little smaller: this is the layout for a tall chart.
  const sideStyle = (size: number) => ({ ...style(size), tagFs: 28, labelFs: 34, gap: 14, minColumn: 320, columnGap: 48 });
  const layouts: Array<(size: number) => Block | null> = [
    (size) => {
      const height = keyBlock(t, left, 0, key, style(size)).height;
      return { height, draw: (at) => keyBlock(t, left, at, key, style(size)).markup };
    },
    (size) => {
      const drawn = keySide(t, left, 0, key, sideStyle(size));
      return drawn && { height: drawn.height, draw: (at) => keySide(t, left, at, key, sideStyle(size))!.markup };
    },
  ];
  const most = heroSize(t, key, measure, g.heroMax);
  // Room to breathe first; then the figure beside its words; only then tighter gaps.
  const tries = [...layouts.map((layout) => [layout, g.easyGap] as const), ...layouts.map((layout) => [layout, g.minGap] as const)];
  for (const [layout, minGap] of tries) {
    for (let pointFs: number = g.pointMax; pointFs >= g.pointMin; pointFs -= 2) {
      const point = fitLines(t, model.point, measure, { max: pointFs, min: pointFs, maxLines: 3, bold: true });
      if (!point) continue;
      const head = textBlock(t, left, point.lines, point.fs, Math.round(point.fs * 1.32));
      const pointMarkup = head.draw(top + 24);
      const rest = top + 24 + head.height;
      for (let size = most; size >= g.heroMin; size -= 2) {
        const figure = layout(size);
        if (!figure) continue;
        const placed = place(second ? [figure, second] : [figure], rest, bottom, minGap);
        if (placed !== null) return pointMarkup + placed;
      }
    }
  }
  throw overflow(model, `the key figure with the ${model.chart ? `${model.chart.id} chart` : 'plans'}`);
}

/** A section without a key figure leads with its point, set large, then its chart or its plans. */
function leadMiddle(model: ShareModel, t: Typesetter, top: number, bottom: number): string {
  const g = POSTER_GRID;
  const left = g.margin;
  const measure = POSTER.width - 2 * g.margin;
  // The largest size that fits, breaking between clauses where some size allows it.
  for (let fs: number = g.leadMax; fs >= g.leadMin; fs -= 2) {
    const fit = fitLines(t, model.point, measure, { max: fs, min: g.leadMin, maxLines: 4, bold: true, oneLineMin: g.leadOneLine });
    if (!fit) break;
    fs = fit.fs;
    const lead = textBlock(t, left, fit.lines, fit.fs, Math.round(fit.fs * 1.3));
    for (let listFs = g.listMax; listFs >= g.listFs; listFs -= 2) {
      const second = model.chart
        ? chartBlock(model, t, left, measure)
        : model.plans.length
          ? listBlock(model, t, left, measure, listFs)
          : null;
      const placed = place(second ? [lead, second] : [lead], top, bottom, g.minGap);
      if (placed !== null) return placed;
      if (model.chart || !model.plans.length) break;
    }
  }
  throw overflow(model, 'the point');
}

/** The chart with its title above and its notes below, at the scale that keeps its text ≥ 28 px. */
function chartBlock(model: ShareModel, t: Typesetter, left: number, measure: number): Block {
  const g = POSTER_GRID;
  const chart = model.chart!;
  const drawn = chart.draw({ width: measure, scale: g.chartScale, measure: t.measure });
  const title = titleLines(t, chart.title, measure, g.chartTitleFs, true);
  const titleLeading = Math.round(g.chartTitleFs * 1.35);
  const titleAscent = Math.round(t.ink(title[0]!, g.chartTitleFs, true).ascent);
  const notes = chart.notes.flatMap((n) => wrap(t, n, measure, g.noteFs));
  const noteLeading = Math.round(g.noteFs * 1.5);
  const titleHeight = 2 + 30 + titleAscent + (title.length - 1) * titleLeading + Math.round(g.chartTitleFs * 0.15);
  const chartTop = titleHeight + 28;
  const notesTop = chartTop + drawn.height + 20;
  const height =
    notesTop + (notes.length ? Math.round(g.noteFs * 0.9) + (notes.length - 1) * noteLeading + Math.round(g.noteFs * 0.15) : 0);
  return {
    height,
    draw: (top) =>
      bar(left, top, measure, 2, 'rule') +
      lines(left, top + 32 + titleAscent, title, { fs: g.chartTitleFs, bold: true }, titleLeading) +
      // Placed at the size it was drawn: its viewBox is its own, so 1 unit is 1 px of the poster.
      el(
        'svg',
        {
          x: left,
          y: top + chartTop,
          width: drawn.width,
          height: drawn.height,
          viewBox: `0 0 ${drawn.width} ${drawn.height}`,
          class: 'chart',
        },
        el(
          'style',
          {},
          chartCss((token) => LIGHT[token]),
        ),
        drawn.body,
      ) +
      lines(left, top + notesTop + Math.round(g.noteFs * 0.9), notes, { fs: g.noteFs, fill: 'ink2' }, noteLeading),
  };
}

/** The section's 2021 plans as a numbered list, under a short accent rule and their year. */
function listBlock(model: ShareModel, t: Typesetter, left: number, measure: number, fs: number): Block {
  const g = POSTER_GRID;
  const indent = Math.round(fs * 1.5);
  const rows = model.plans.map((p) => titleLines(t, p, measure - indent, fs, true));
  const leading = Math.round(fs * 1.3);
  const rowGap = Math.round(fs * 0.55);
  const labelAscent = Math.round(t.ink(model.plansLabel, g.tagFs, true).ascent);
  const head = 6 + 30 + labelAscent + 40;
  const ascent = Math.round(fs * 0.88);
  const height =
    head + ascent + rows.reduce((h, r) => h + (r.length - 1) * leading, 0) + (rows.length - 1) * (leading + rowGap) + Math.round(fs * 0.12);
  return {
    height,
    draw(top) {
      const out = [
        bar(left, top, 96, 6, 'accent'),
        line(left, top + 36 + labelAscent, model.plansLabel, { fs: g.tagFs, bold: true, fill: 'ink2' }),
      ];
      let y = top + head + ascent;
      rows.forEach((row, i) => {
        out.push(line(left, y, String(i + 1), { fs, bold: true, fill: 'accentInk' }));
        out.push(lines(left + indent, y, row, { fs, bold: true }, leading));
        y += row.length * leading + rowGap;
      });
      return out.join('');
    },
  };
}

/** The way back to the section: the QR code, 扫码阅读本节, the short URL and the source, on the bottom. */
async function footBlock(model: ShareModel, t: Typesetter, left: number, right: number): Promise<{ markup: string; top: number }> {
  const g = POSTER_GRID;
  const { height } = POSTER;
  const qrTop = height - g.barHeight - 40 - g.qrSide;
  const ruleTop = qrTop - 36;
  const textX = left + g.qrSide + 40;
  const column = right - textX;
  const out = [bar(left, ruleTop, right - left, 3, 'ink')];
  // The code as the page prints it (black on white, with its quiet zone), scaled into its square.
  out.push(
    el(
      'svg',
      { x: left, y: qrTop, width: g.qrSide, height: g.qrSide },
      await qrSvg(model.url, { margin: 4, label: `二维码：${model.url}` }),
    ),
  );
  let y = qrTop + 12 + Math.round(t.ink('扫码阅读本节', g.qrCaptionFs, true).ascent);
  out.push(line(textX, y, '扫码阅读本节', { fs: g.qrCaptionFs, bold: true }));
  const urlFs = fitLine(t, model.shortUrl, column, g.urlFs, 16);
  if (urlFs === null) throw overflow(model, 'the short URL');
  y += Math.round(g.qrCaptionFs * 1.4);
  out.push(line(textX, y, model.shortUrl, { fs: urlFs, fill: 'ink2' }));
  const source = titleLines(t, model.posterSource, column, g.sourceFs, false, 0);
  if (source.length > 3) throw overflow(model, 'the source line');
  y += Math.round(g.urlFs * 2.3);
  out.push(lines(textX, y, source, { fs: g.sourceFs, fill: 'ink2' }, Math.round(g.sourceFs * 1.5)));
  out.push(bar(0, height - g.barHeight, POSTER.width, g.barHeight, 'accent'));
  return { markup: out.join(''), top: ruleTop };
}
