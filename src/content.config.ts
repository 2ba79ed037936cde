import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import type { Loader } from 'astro/loaders';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './schema';
import { contentLoader } from './loader';

/** One Astro collection per entry of the registry (src/schema/collections.ts), read by the project's loader. */
type Collections = { [K in CollectionName]: CollectionConfig<(typeof COLLECTIONS)[K]['schema'], Loader> };

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: contentLoader(name), schema: COLLECTIONS[name].schema })]),
) as Collections;
