import { z } from 'astro/zod';
import { figureId, paragraphId, planId, SectionSlug } from './vocab';

/** One 2021 commitment: what the article says Muling will do, with its targets and named projects. */
export const Plan = z.strictObject({
  id: planId,
  order: z.number().int().nonnegative(),
  section: SectionSlug,
  /** A short heading in the article's words, e.g. 把科技的力量用得更好. */
  title: z.string().min(1),
  /** One sentence for the web; states nothing the paragraph does not. */
  summary: z.string().min(1),
  targets: z.array(figureId),
  /** Named projects and works, as printed. */
  projects: z.array(z.string().min(1)),
  paragraph: paragraphId,
  quote: z.string().min(4),
});
export type Plan = z.infer<typeof Plan>;
