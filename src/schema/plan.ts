import { z } from 'astro/zod';
import { figureId, paragraphId, Phase, planId, SectionSlug, Year } from './vocab';

/** One 2021 commitment: what the article says Muling will do, with the targets it names. */
export const Plan = z.strictObject({
  id: planId,
  order: z.number().int().nonnegative(),
  section: SectionSlug,
  /** A short heading in the article's words, e.g. 把科技的力量用得更好. */
  title: z.string().min(1),
  /**
   * Everything the paragraph commits to, in one or two sentences close to its words (every named
   * work with its goal); figures as tokens. It rests on `paragraph`.
   */
  summary: z.string().min(1),
  targets: z.array(figureId),
  phase: Phase,
  year: Year,
  paragraph: paragraphId,
  quote: z.string().min(4),
});
export type Plan = z.infer<typeof Plan>;
