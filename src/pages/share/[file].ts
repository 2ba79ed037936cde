// Each section's share image (og:image) and Moments poster, drawn from the content model. All of
// them are drawn on the first request and handed out one per file.
import { contentTypeOf } from '../../hosting/headers';
import type { APIRoute, GetStaticPaths } from 'astro';
import { posterPath, shareImagePath } from '../../lib/share';
import { sharePngs } from '../../share';
import { loadStory } from '../_content';

const fileOf = (path: string) => path.slice('/share/'.length);

export const getStaticPaths = (async () => {
  const { sections } = await loadStory();
  return sections.flatMap((s) =>
    [shareImagePath(s.id), posterPath(s.id)].map((path) => ({ params: { file: fileOf(path) }, props: { path } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  if (!site) throw new Error('share images: set `site` (SITE_URL); posters carry the absolute address in their QR codes');
  const png = (await sharePngs(await loadStory(), site)).get((props as { path: string }).path);
  if (!png) throw new Error(`share images: nothing drawn for ${(props as { path: string }).path}`);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
};
