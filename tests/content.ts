// The real content, read and validated the way the build reads it, for tests that need the model.
// Never a hand-made copy: a test on a copy proves nothing about what the site publishes.
import { join } from 'node:path';
import { readContent, type Content } from '../src/loader';
import { createStory, type Story } from '../src/lib/story';

export const ROOT = new URL('../', import.meta.url).pathname;
export const CONTENT_DIR = join(ROOT, 'content');

let cached: { content: Content; story: Story } | undefined;

/** The validated content and the story model built from it (fails if the content has problems). */
export function realContent(): { content: Content; story: Story } {
  if (!cached) {
    const { content, issues } = readContent(CONTENT_DIR);
    if (issues.length) throw new Error(`the content has ${issues.length} problem(s); run the build to see them`);
    cached = { content, story: createStory(content) };
  }
  return cached;
}

/** A deep copy of the content set, to change one thing and check what the checks say. */
export function copyOfContent(): Content {
  return structuredClone(realContent().content);
}
