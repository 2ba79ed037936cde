import { growthChart } from '../../charts/growth';
import { landChart } from '../../charts/land';
import { livelihoodsChart } from '../../charts/livelihoods';
import { moneyChart } from '../../charts/money';
import { projectsChart } from '../../charts/projects';
import { rankingsChart } from '../../charts/rankings';
import { targetsChart } from '../../charts/targets';
import type { Chart, Figure, Ranking } from '../../schema';
import type { LoadedContent } from '../load-content';
import { PALETTE } from './palette';

/** The two widths the chart builders draw; the poster takes whichever reads larger in its box. */
export const CHART_WIDTHS = [640, 340] as const;

/** Largest scale a chart is drawn at: its 13–15 px text comes out under 30 px, never shouting. */
export const CHART_MAX_SCALE = 2;

/**
 * The page colours charts through CSS classes; a PNG has no page stylesheet, so the poster carries
 * this one, with the light palette. Only the classes the builders emit are listed.
 */
export const CHART_STYLE = [
  `.mark--muling{fill:${PALETTE.accent}}`,
  `.mark--context{fill:${PALETTE.context}}`,
  `.mark--estimate{stroke:${PALETTE.accent};stroke-width:1.5}`,
  `.mark--target{fill:none;stroke:${PALETTE.accent};stroke-width:2}`,
  `.mark--approximate{fill:none;stroke:${PALETTE.accent};stroke-width:1.5}`,
  `.hatch-line{stroke:${PALETTE.accent};stroke-width:1.5}`,
  `.rule{stroke:${PALETTE.rule};stroke-width:1;fill:none}`,
  `.rule--strong{stroke:${PALETTE.ink2}}`,
  // Scoped to the chart, so that the poster's own text keeps its colours.
  `.chart text{fill:${PALETTE.ink}}`,
  `.t-head,.t-value{font-weight:700}`,
  `.chart .t-axis,.chart .t-note{fill:${PALETTE.ink2}}`,
  `.chart .t-muling{fill:${PALETTE.accent}}`,
].join('');

function byId<T extends { id: string }>(items: readonly T[], ids: readonly string[], what: string): T[] {
  return ids.map((id) => {
    const item = items.find((x) => x.id === id);
    if (!item) throw new Error(`content/charts.json: no ${what} "${id}"`);
    return item;
  });
}

/** The chart's SVG as the story draws it, at `width`; ids prefixed so they stay unique in the poster. */
export function drawChart(chart: Chart, content: LoadedContent, width: number): string {
  const figures: Figure[] = byId(content.figures, chart.figures, 'figure');
  const rankings: Ranking[] = byId(content.rankings, chart.rankings, 'ranking');
  const size = { width };
  const options = { id: `poster-${chart.id}-${width}`, label: chart.title };
  switch (chart.id) {
    case 'growth':
      return growthChart(figures, size, options);
    case 'projects':
      return projectsChart({ total: figures[0]!, part: figures[1]! }, size, options);
    case 'rankings':
      return rankingsChart(rankings, size, options);
    case 'money':
      return moneyChart(figures, size, options);
    case 'land':
      return landChart(figures, size, options);
    case 'livelihoods':
      return livelihoodsChart(figures, size, options);
    case 'targets':
      return targetsChart(figures, size, options);
  }
}

/** The width and height a chart's root <svg> declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('a chart builder returned an <svg> without a width and height');
  return { width, height };
}

export interface PosterChart {
  /** The height the chart takes when its wide drawing fills `width`. */
  height(width: number): number;
  /**
   * The chart in a box at (x, y) no larger than `width` × `maxHeight`: of the wide and the narrow
   * drawing, the one whose text comes out larger, scaled to fit, as a nested <svg>.
   */
  place(x: number, y: number, width: number, maxHeight: number): { markup: string; width: number; height: number };
}

export function chartFor(chart: Chart, content: LoadedContent): PosterChart {
  const drawings = CHART_WIDTHS.map((w) => {
    const svg = drawChart(chart, content, w);
    return { svg, ...svgSize(svg) };
  });
  const wide = drawings[0]!;
  return {
    height: (width) => Math.round((wide.height * width) / wide.width),
    place(x, y, width, maxHeight) {
      let best = wide;
      let bestScale = 0;
      for (const d of drawings) {
        const scale = Math.min(width / d.width, maxHeight / d.height, CHART_MAX_SCALE);
        // Both drawings set text at about the same size, so the larger scale gives the larger text.
        if (scale > bestScale + 0.01) {
          best = d;
          bestScale = scale;
        }
      }
      const w = Math.round(best.width * bestScale);
      const h = Math.round(best.height * bestScale);
      // Re-root the chart: keep its viewBox, place and size it in the poster's coordinates.
      const markup = best.svg.replace(/<svg\b[^>]*>/, (root) => {
        const viewBox = /\sviewBox="([^"]+)"/.exec(root)?.[1] ?? `0 0 ${best.width} ${best.height}`;
        return `<svg class="chart" x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${viewBox}">`;
      });
      return { markup, width: w, height: h };
    },
  };
}
