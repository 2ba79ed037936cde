// The QR code printed under each section's heading, a file of its own so that the screen never
// downloads it: the page asks for it lazily, and only print shows it.
import { contentTypeOf } from '../../hosting/headers';
import type { APIRoute, GetStaticPaths } from 'astro';
import { qrSvg } from '../../lib/qr';
import { sectionPath } from '../../lib/links';
import { loadStory } from '../_content';

export const getStaticPaths = (async () => {
  const { sections } = await loadStory();
  return sections.map((s) => ({ params: { slug: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url: self }) => {
  const url = new URL(sectionPath(params.slug!), site).href;
  return new Response(await qrSvg(url), { headers: { 'Content-Type': contentTypeOf(self.pathname) } });
};
