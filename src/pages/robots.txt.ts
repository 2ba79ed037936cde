// /robots.txt: everything may be crawled; the sitemap's address must be absolute, so it is built
// from the `site` setting (SITE_URL) rather than kept in public/.
import { contentTypeOf } from '../hosting/headers';
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site, url }) => {
  if (!site) throw new Error('robots.txt: set `site` (SITE_URL); the Sitemap line needs an absolute address');
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
  return new Response(body, { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
};
