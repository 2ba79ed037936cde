// The handout's one QR code, in every page's margin: the whole story, 23 mm square (its modules, inside the quiet zone, 20 mm).
import { contentTypeOf } from '../../hosting/headers';
import type { APIRoute } from 'astro';
import { qrSvg } from '../../lib/qr';

export const GET: APIRoute = async ({ site, url: self }) => {
  const url = new URL('/', site).href;
  return new Response(await qrSvg(url, { label: `二维码：完整的数读2020，${url}`, size: '23mm' }), {
    headers: { 'Content-Type': contentTypeOf(self.pathname) },
  });
};
