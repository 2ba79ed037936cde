import type { AstroIntegration } from 'astro';
import { EARLY_SCRIPT } from '../client/mode';

/**
 * Puts the 长辈模式 script in the <head> of every page, inline, so the reader's choice applies
 * before the first paint; Astro adds its hash to each page's Content-Security-Policy.
 */
export default function mode(): AstroIntegration {
  return {
    name: 'mode',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', EARLY_SCRIPT),
    },
  };
}
