// /print.css: the print stylesheet, loaded with media="print" so the screen never waits for it,
// and the page's margin boxes, which carry the source on every printed page.
import type { APIRoute } from 'astro';
import print from '../styles/print.css?raw';
import { LIGHT } from '../styles/palette';
import { articleName } from '../lib/wording';
import { loadStory } from './_content';

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

export const GET: APIRoute = async ({ site }) => {
  const { source } = await loadStory();
  const margin = `font-size:8pt;color:${LIGHT.ink2};vertical-align:top;padding-top:2mm`;
  const page =
    `@page{@bottom-left{content:${cssString(`来源：${articleName(source)} · ${site?.host ?? ''}`)};${margin}}` +
    `@bottom-right{content:counter(page) " / " counter(pages);${margin}}}`;
  return new Response(`${page}\n${print}`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
