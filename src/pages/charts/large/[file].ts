// The charts drawn again for large text (长辈模式), as standalone SVG files with their own colours
// (light and dark) and font. The page loads them only when the mode shows them.
import { contentTypeOf } from '../../../hosting/headers';
import type { APIRoute, GetStaticPaths } from 'astro';
import { drawChart } from '../../../charts';
import { PAGE_CHART } from '../../../charts/sizes';
import { CHART_IDS } from '../../../schema';
import { standaloneChartCss } from '../../../styles/palette';
import { loadStory } from '../../_content';

export const getStaticPaths = (() => CHART_IDS.map((id) => ({ params: { file: `${id}.svg` }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, url }) => {
  const { id } = props as { id: string };
  const { lookup } = await loadStory();
  const drawn = drawChart(lookup.chart(id), lookup, PAGE_CHART.large, `large-${id}`);
  // A file of its own: its own stylesheet, since no page stylesheet reaches an image.
  const svg = drawn.svg.replace(/^<svg([^>]*)>/, `<svg$1><style>${standaloneChartCss()}</style>`);
  return new Response(svg, { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
};
