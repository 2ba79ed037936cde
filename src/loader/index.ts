import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { filesUnder } from '../node/files';
import type { CollectionName } from '../schema';
import { type Content, ContentError, contentDir, readContent } from './read';

export { ContentError, contentDir, readContent, type Content } from './read';
export { contentDigest } from './digest';

let cached: { stamp: string; content: Content } | undefined;

/** Which files are there, how big and when last written: enough to know the content is unchanged. */
function stamp(dir: string): string {
  const parts = filesUnder(dir).map((rel) => {
    const s = statSync(join(dir, rel));
    return `${rel}:${s.size}:${s.mtimeMs}`;
  });
  return [dir, ...parts].join('|');
}

/**
 * The validated content, read once per build. Bad content throws a ContentError that lists every
 * problem, so the build stops whatever Astro has cached from an earlier build.
 */
export function validatedContent(dir = contentDir()): Content {
  if (!existsSync(dir))
    throw new ContentError([{ file: dir, entry: '(folder)', field: '(folder)', message: 'the content folder does not exist' }]);
  const now = stamp(dir);
  if (cached?.stamp === now) return cached.content;
  const { content, issues } = readContent(dir);
  if (issues.length) throw new ContentError(issues);
  cached = { stamp: now, content };
  return content;
}

/** How each collection names its entries: by id, or by where the audited text lives. */
const keyOf = (entry: Record<string, unknown>) => String(entry.id ?? entry.at);

/**
 * An Astro loader for one collection of the validated content. Every build reads the files again
 * (a content cache from an earlier build is cleared, never trusted) and stops on any problem.
 */
export function contentLoader(name: CollectionName): Loader {
  return {
    name: `shudu-content:${name}`,
    load: async ({ store, watcher }) => {
      const content = validatedContent();
      store.clear();
      for (const entry of content[name] as unknown as Record<string, unknown>[]) store.set({ id: keyOf(entry), data: entry });
      watcher?.add(contentDir());
    },
  };
}
