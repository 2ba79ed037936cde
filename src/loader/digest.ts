import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONTENT_FILES } from '../schema';

/**
 * The sha256 of everything in the content folder but the change log itself: each file's path and
 * bytes, in sorted order. The newest entry of the change log records it, so that no content
 * changes without a dated entry saying what changed.
 */
export function contentDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (statSync(path).isDirectory()) walk(path);
      else if (rel !== CONTENT_FILES.changes) hash.update(`${rel}\n`).update(readFileSync(path)).update('\n');
    }
  };
  walk(dir);
  return hash.digest('hex');
}
