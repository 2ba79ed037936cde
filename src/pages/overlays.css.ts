// /overlays.css: the styles of the dialogs and messages the page script opens, fetched by that
// script on the first tap that needs them (see src/client/overlays.ts).
import { contentTypeOf } from '../hosting/headers';
import type { APIRoute } from 'astro';
import css from '../styles/overlays.css?raw';

export const GET: APIRoute = ({ url }) => new Response(css, { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
