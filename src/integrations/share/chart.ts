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
  `text{fill:${PALETTE.ink};font-family:'Noto Sans SC'}`,
  `.t-head,.t-value{font-weight:700}`,
  `.t-axis,.t-note{fill:${PALETTE.ink2}}`,
  `.t-muling{fill:${PALETTE.accent}}`,
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

/**
 * The chart fitted into a box of `box.width` × `box.height`: the drawing (wide or narrow) whose
 * text comes out largest, scaled to fit, as a nested <svg> placed at (x, y). Returns the markup
 * and the size it takes.
 */
export function fitChart(
  chart: Chart, content: LoadedContent, box: { x: number; y: number; width: number; height: number },
): { markup: string; width: number; height: number } {
  let best: { svg: string; scale: number; width: number; height: number } | undefined;
  for (const w of CHART_WIDTHS) {
    const svg = drawChart(chart, content, w);
    const size = svgSize(svg);
    const scale = Math.min(box.width / size.width, box.height / size.height);
    // Text is about the same size at either width, so the larger scale gives the larger text.
    if (!best || scale > best.scale) best = { svg, scale, ...size };
  }
  const { svg, scale, width, height } = best!;
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  // Re-root the chart: keep its viewBox, place it and size it in the poster's coordinates.
  const markup = svg.replace(/<svg\b[^>]*>/, (root) => {
    const viewBox = /\sviewBox="([^"]+)"/.exec(root)?.[1] ?? `0 0 ${width} ${height}`;
    return `<svg x="${box.x}" y="${box.y}" width="${w}" height="${h}" viewBox="${viewBox}">`;
  });
  return { markup, width: w, height: h };
}
