import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { Chart, CONTENT_FILES, Figure, Honour, Paragraph, Plan, Ranking, Section, Source } from './schema';

// CONTENT_DIR lets the build tests build the site from a fixture folder.
const dir = process.env.CONTENT_DIR ?? 'content';
const from = (name: keyof typeof CONTENT_FILES) => file(`${dir}/${CONTENT_FILES[name]}`);

export const collections = {
  paragraphs: defineCollection({ loader: from('paragraphs'), schema: Paragraph }),
  figures: defineCollection({ loader: from('figures'), schema: Figure }),
  rankings: defineCollection({ loader: from('rankings'), schema: Ranking }),
  honours: defineCollection({ loader: from('honours'), schema: Honour }),
  plans: defineCollection({ loader: from('plans'), schema: Plan }),
  sections: defineCollection({ loader: from('sections'), schema: Section }),
  charts: defineCollection({ loader: from('charts'), schema: Chart }),
  source: defineCollection({ loader: from('source'), schema: Source }),
};
