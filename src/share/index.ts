/*
 * Share images (1200 × 630, for other apps' link previews) and Moments posters (1080 × 1920) of
 * every section, drawn from the content model. Nothing here reads content or knows about Astro:
 * the pages hand in the story and the public address.
 */
import { posterPath, shareImagePath } from '../lib/share';
import type { Story } from '../lib/story';
import { card } from './card';
import { shareModel } from './model';
import { poster } from './poster';
import { renderPngs } from './render';
import { bundledTypesetter, type Typesetter } from './typeset';

export { card, CARD } from './card';
export { poster, POSTER_GRID } from './poster';
export { shareModel, type ShareModel, type KeyFigure, type Tag } from './model';
export { renderPngs } from './render';
export { bundledTypesetter, type Typesetter } from './typeset';

/** Every section's card and poster as SVG, by site path, in reading order. */
export async function shareSvgs(story: Story, site: string | URL, t: Typesetter = bundledTypesetter()): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const section of story.sections) {
    const model = shareModel(story, section.id, site);
    out.set(shareImagePath(section.id), card(model, t));
    out.set(posterPath(section.id), await poster(model, t));
  }
  return out;
}

const built = new WeakMap<Story, Map<string, Promise<Map<string, Buffer>>>>();

/**
 * Every image as PNG, by site path. Drawn once per story and address — each image's endpoint asks
 * for its own, and all of them share one cut of the fonts and one round of rendering.
 */
export function sharePngs(story: Story, site: string | URL): Promise<Map<string, Buffer>> {
  const bySite = built.get(story) ?? new Map<string, Promise<Map<string, Buffer>>>();
  built.set(story, bySite);
  const key = String(site);
  let images = bySite.get(key);
  if (!images) {
    images = (async () => {
      const svgs = await shareSvgs(story, site);
      const pngs = await renderPngs([...svgs.values()]);
      return new Map([...svgs.keys()].map((path, i) => [path, pngs[i]!]));
    })();
    bySite.set(key, images);
  }
  return images;
}
