import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { addressOf, headersFile } from '../hosting/headers';
import { builtFiles } from '../node/files';

/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages) into the built site, from the table in
 * src/hosting/headers.ts. Registered last, so that it sees the files other integrations add.
 */
export default function hostingHeaders(): AstroIntegration {
  return {
    name: 'hosting-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { root, files } = builtFiles(dir);
        const text = headersFile(files.filter((file) => file !== '_headers').map(addressOf));
        writeFileSync(join(root, '_headers'), text);
        logger.info(`_headers: ${text.split('\n').filter((line) => line.startsWith('/')).length} rules`);
      },
    },
  };
}
