// The one place that reads the content collections; every route builds from the model this returns.
import { getCollection } from 'astro:content';
import { createStory, type Story } from '../lib/story';
import { COLLECTION_NAMES, type ContentSet } from '../schema';

let story: Promise<Story> | undefined;

/** The content model, built once per build from every collection of the registry. */
export function loadStory(): Promise<Story> {
  story ??= (async () => {
    const entries = await Promise.all(
      COLLECTION_NAMES.map(async (name) => [name, (await getCollection(name)).map((entry) => entry.data)] as const),
    );
    return createStory(Object.fromEntries(entries) as ContentSet);
  })();
  return story;
}
