// /sitemap.xml: every page of the site at its public address (the `site` setting, SITE_URL).
import { contentTypeOf } from '../hosting/headers';
import type { APIRoute } from 'astro';
import { CHANGES_PAGE, DATA_PAGE, sectionPath, YUANWEN_PATH } from '../lib/links';
import { loadStory } from './_content';

/** The pages besides the sections, in reading order: the story, 原文, the A4 handout, the data, the log. */
const PAGES = ['/', YUANWEN_PATH, '/handout/', DATA_PAGE, CHANGES_PAGE];

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site, url }) => {
  if (!site) throw new Error('sitemap.xml: set `site` (SITE_URL); a sitemap lists absolute addresses');
  const { sections, changes } = await loadStory();
  // The site's own last change, from the log (never the clock), so that rebuilds are identical.
  const lastmod = changes[changes.length - 1]!.date;
  const paths = [...PAGES.slice(0, 1), ...sections.map((s) => sectionPath(s.id)), ...PAGES.slice(1)];
  const urls = paths.map((p) => `  <url><loc>${xml(new URL(p, site).href)}</loc><lastmod>${lastmod}</lastmod></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
};
