// The one place that reads the content collections; every route builds from the model this returns.
import { getCollection } from 'astro:content';
import { createStory, type Story } from '../lib/story';

const unwrap = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);

let story: Promise<Story> | undefined;

/** The content model, built once per build. */
export function loadStory(): Promise<Story> {
  story ??= (async () =>
    createStory({
      paragraphs: unwrap(await getCollection('paragraphs')),
      figures: unwrap(await getCollection('figures')),
      rankings: unwrap(await getCollection('rankings')),
      honours: unwrap(await getCollection('honours')),
      plans: unwrap(await getCollection('plans')),
      sections: unwrap(await getCollection('sections')),
      charts: unwrap(await getCollection('charts')),
      source: unwrap(await getCollection('source')),
      changes: unwrap(await getCollection('changes')),
      audit: unwrap(await getCollection('audit')),
    }))();
  return story;
}
