import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every file under `dir`, as paths relative to it with `/` between folders (as in an address):
 * depth first, each folder's names in sorted order, so that the list is the same on every machine.
 */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, ...path.split('/'))).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('');
  return out;
}

/** The built site's folder (as Astro hands it to a build step) and every file in it. */
export function builtFiles(dir: URL): { root: string; files: string[] } {
  const root = fileURLToPath(dir);
  return { root: root.endsWith(sep) ? root : root + sep, files: filesUnder(root) };
}
