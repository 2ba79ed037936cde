// The handout's page margins, as print draws them on every A4 page: the source on the left, the
// site's address and the page number under it, and on the right one QR code to the whole story.
// Set in the handout's own bundled face (the margin boxes use the page's fonts), so the PDF holds
// no other font.
import { contentTypeOf } from '../../hosting/headers';
import type { APIRoute } from 'astro';
import { articleName } from '../../lib/wording';
import { loadStory } from '../_content';

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

export const GET: APIRoute = async ({ site, url }) => {
  const { source } = await loadStory();
  const host = site?.host ?? '';
  const box = "font-family:'Shudu Sans';font-size:8pt;line-height:1.45;vertical-align:middle";
  const css =
    '@page{' +
    `@bottom-left{content:${cssString(`来源：${articleName(source)}`)} "\\A" ${cssString(`${host} · 第 `)} counter(page) " / " counter(pages) " 页";white-space:pre;${box}}` +
    `@bottom-right{content:url(/handout/qr.svg);${box}}` +
    '}\n';
  return new Response(css, { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
};
