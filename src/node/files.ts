import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Rewrites every page (.html) of the built site in `dir` in place with `rewrite`, for the build
 * steps that finish what Astro wrote. Returns how many pages there are, how many changed, and how
 * many characters the rewrite took off in all (negative when it added).
 */
export function rewritePages(dir: URL, rewrite: (html: string) => string): { pages: number; changed: number; saved: number } {
  const { root, files } = builtFiles(dir);
  const pages = files.filter((name) => name.endsWith('.html'));
  let changed = 0;
  let saved = 0;
  for (const name of pages) {
    const file = join(root, name);
    const html = readFileSync(file, 'utf8');
    const rewritten = rewrite(html);
    if (rewritten === html) continue;
    writeFileSync(file, rewritten);
    changed++;
    saved += html.length - rewritten.length;
  }
  return { pages: pages.length, changed, saved };
}
