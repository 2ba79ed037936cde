import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../node/files';
import { CONTENT_FILES } from '../schema';

/**
 * The sha256 of everything in the content folder but the change log itself: each file's path and
 * bytes, in sorted order. The newest entry of the change log records it, so that no content
 * changes without a dated entry saying what changed.
 */
export function contentDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const rel of filesUnder(dir)) {
    if (rel !== CONTENT_FILES.changes)
      hash
        .update(`${rel}\n`)
        .update(readFileSync(join(dir, rel)))
        .update('\n');
  }
  return hash.digest('hex');
}
