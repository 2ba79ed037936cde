import type { AstroIntegration } from 'astro';
import { rewritePages } from '../node/files';

/**
 * Marks a page's bundled script `fetchpriority="low"`. The script only adds to a page that reads
 * whole without it (share, poster, 长辈模式, scroll steps), so it must not compete with what the
 * reader sees first: at its default (high) priority a browser fetches it alongside the document,
 * and Lighthouse counts it as holding up the first paint. Astro writes the tag and offers no
 * attribute for it, so the built page gets it.
 */
export function lowerScriptPriority(html: string): string {
  return html.replace(/<script type="module" src="/g, '<script type="module" fetchpriority="low" src="');
}

/** Lowers the page script's priority on every built page (see lowerScriptPriority). */
export default function pageScript(): AstroIntegration {
  return {
    name: 'page-script',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { changed: pages } = rewritePages(dir, lowerScriptPriority);
        logger.info(`the page script loads at low priority on ${pages} pages`);
      },
    },
  };
}
