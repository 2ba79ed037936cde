import type { AstroIntegration } from 'astro';
import { pageCss, paperCss } from '../styles/palette';

/** The stylesheets generated from the one palette: `virtual:palette.css` (pages), `virtual:paper.css` (the handout). */
const MODULES: Record<string, () => string> = {
  'virtual:palette.css': pageCss,
  'virtual:paper.css': paperCss,
};

/**
 * Serves the design tokens of src/styles/palette.ts to the pages as CSS, so that no colour is
 * written twice: Vite bundles these like any stylesheet (and Astro hashes them for the CSP).
 */
export default function palette(): AstroIntegration {
  return {
    name: 'palette',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'shudu-palette',
                resolveId: (id: string) => (id in MODULES ? `\0${id}` : undefined),
                load: (id: string) => (id.startsWith('\0') && id.slice(1) in MODULES ? MODULES[id.slice(1)]!() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
