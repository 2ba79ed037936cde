// Helpers for tests that read the real built site in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');
/**
 * The public address the site in dist/ was built for: SITE_URL, as the build reads it, or the
 * placeholder a build without it uses. Written here, not asked of the code that builds the site.
 */
export const SITE = (process.env.SITE_URL || 'https://shudu2020.example.org').replace(/\/+$/, '');

export function distFile(path: string): string {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return file;
}

export function page(path: string): Document {
  return parseHTML(readFileSync(distFile(path), 'utf8')).document as unknown as Document;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

/** Text with whitespace collapsed, as a reader sees it. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, '');
}
