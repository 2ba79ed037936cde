/*
 * The content collections: each one's file in content/ and its schema, in one list. The loader
 * reads them, Astro's content config defines them, the pages load them and the content types below
 * follow from it: adding a collection is adding a line here.
 */
import type { z } from 'astro/zod';
import { AuditEntry } from './audit';
import { Change } from './change';
import { Chart } from './chart';
import { Figure } from './figure';
import { Honour } from './honour';
import { Paragraph } from './paragraph';
import { Plan } from './plan';
import { Ranking } from './ranking';
import { Repair } from './repair';
import { Section } from './section';
import { Source } from './source';

export const COLLECTIONS = {
  paragraphs: { file: 'article/paragraphs.json', schema: Paragraph },
  repairs: { file: 'article/repairs.json', schema: Repair },
  figures: { file: 'figures.json', schema: Figure },
  rankings: { file: 'rankings.json', schema: Ranking },
  honours: { file: 'honours.json', schema: Honour },
  plans: { file: 'plans.json', schema: Plan },
  sections: { file: 'sections.json', schema: Section },
  charts: { file: 'charts.json', schema: Chart },
  source: { file: 'source.json', schema: Source },
  changes: { file: 'changes.json', schema: Change },
  audit: { file: 'audit.json', schema: AuditEntry },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Every collection's validated entries. */
export type ContentSet = { [K in CollectionName]: z.infer<(typeof COLLECTIONS)[K]['schema']>[] };

/** Where each file lives, relative to the content folder (errors name these files): the collections and the raw article. */
export const CONTENT_FILES = {
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].file])) as {
    [K in CollectionName]: (typeof COLLECTIONS)[K]['file'];
  }),
  raw: 'article/raw.txt',
} as const;
