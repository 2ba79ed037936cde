import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every file of the built site, for the build steps that run once Astro has written it: the site's
 * folder, and each file's path inside it with `/` between folders (as in an address).
 */
export function builtFiles(dir: URL): { root: string; files: string[] } {
  const root = fileURLToPath(dir);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return { root, files };
}
