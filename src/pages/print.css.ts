// /print.css, loaded with media="print" so the screen never waits for it: the light palette (paper
// is light whatever the screen's scheme), the print stylesheet, the page's margin boxes (the source
// on every printed page) and, under each section's heading, its QR code and short address — drawn
// here, so the screen downloads none of it.
import { contentTypeOf } from '../hosting/headers';
import type { APIRoute } from 'astro';
import print from '../styles/print.css?raw';
import { LIGHT, printPaletteCss } from '../styles/palette';
import { articleName } from '../lib/wording';
import { qrPath, sectionPath } from '../lib/links';
import { loadStory } from './_content';

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

export const GET: APIRoute = async ({ site, url }) => {
  const { source, sections } = await loadStory();
  const margin = `font-size:8pt;color:${LIGHT.ink2};vertical-align:top;padding-top:2mm`;
  const page =
    `@page{@bottom-left{content:${cssString(`来源：${articleName(source)} · ${site?.host ?? ''}`)};${margin}}` +
    `@bottom-right{content:counter(page) " / " counter(pages);${margin}}}`;
  const qr = sections
    .map((s) => {
      const url = new URL(sectionPath(s.id), site);
      return `[data-section="${s.id}"] :is(h1,h2)[id$="-h"]::after{content:${cssString(`扫码或访问 ${url.host}${url.pathname}`)};background-image:url(${qrPath(s.id)})}`;
    })
    .join('\n');
  return new Response(`${printPaletteCss()}\n${page}\n${print}\n${qr}\n`, { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
};
