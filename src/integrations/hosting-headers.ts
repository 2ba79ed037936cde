import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addressOf, headersFile } from '../hosting/headers';

/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages) into the built site, from the table in
 * src/hosting/headers.ts. Registered last, so that it sees the files other integrations add.
 */
export default function hostingHeaders(): AstroIntegration {
  return {
    name: 'hosting-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .filter((file) => file !== '_headers');
        const text = headersFile(files.map(addressOf));
        writeFileSync(join(root, '_headers'), text);
        logger.info(`_headers: ${text.split('\n').filter((line) => line.startsWith('/')).length} rules`);
      },
    },
  };
}
