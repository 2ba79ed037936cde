import { defineCollection } from 'astro:content';
import { AuditEntry, Change, Chart, Figure, Honour, Paragraph, Plan, Ranking, Section, Source } from './schema';
import { contentLoader } from './loader';

export const collections = {
  paragraphs: defineCollection({ loader: contentLoader('paragraphs'), schema: Paragraph }),
  figures: defineCollection({ loader: contentLoader('figures'), schema: Figure }),
  rankings: defineCollection({ loader: contentLoader('rankings'), schema: Ranking }),
  honours: defineCollection({ loader: contentLoader('honours'), schema: Honour }),
  plans: defineCollection({ loader: contentLoader('plans'), schema: Plan }),
  sections: defineCollection({ loader: contentLoader('sections'), schema: Section }),
  charts: defineCollection({ loader: contentLoader('charts'), schema: Chart }),
  source: defineCollection({ loader: contentLoader('source'), schema: Source }),
  changes: defineCollection({ loader: contentLoader('changes'), schema: Change }),
  audit: defineCollection({ loader: contentLoader('audit'), schema: AuditEntry }),
};
