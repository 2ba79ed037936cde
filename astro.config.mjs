// @ts-check
import { defineConfig } from 'astro/config';
import cspPerPage from './src/integrations/csp-per-page.ts';
import handoutPdf from './src/integrations/handout-pdf.ts';
import hostingHeaders from './src/integrations/hosting-headers.ts';
import mode from './src/integrations/mode.ts';
import pageScript from './src/integrations/page-script.ts';
import palette from './src/integrations/palette.ts';
import { siteUrl } from './src/settings.mjs';

// The one public-address setting: canonical URLs, Open Graph tags, share images and QR codes all
// derive from it. Unset, it is a placeholder; `npm run build:publish` refuses to build for that.
const site = siteUrl();

export default defineConfig({
  site,
  // scripts/build.mjs builds into a scratch folder and swaps it in only when the build succeeds.
  outDir: process.env.OUT_DIR ?? 'dist',
  // Tests point this at a scratch folder to build with a cold (or deliberately warm) content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // The stylesheet is in the page (its hash in the CSP): no request stands between the HTML and
  // the first paint. Print styles come later, from /print.css with media="print".
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A strict Content-Security-Policy on every page: no inline script or style unless Astro hashed it,
  // nothing from another origin. (The host adds frame-ancestors as a header: src/hosting/headers.ts.)
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // pageScript lowers the page script's priority; cspPerPage trims each page's policy before the handout is printed from its page; hostingHeaders
  // comes last: `_headers` lists files the others write.
  integrations: [palette(), mode(), pageScript(), cspPerPage(), handoutPdf(), hostingHeaders()],
  // Dynamic imports (the overlays, the scroll steps) load on demand; Vite's preload helper would
  // add a kilobyte to every page for nothing.
  vite: { build: { modulePreload: false } },
  devToolbar: { enabled: false },
});
