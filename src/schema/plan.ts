import { z } from 'astro/zod';
import { figureId, paragraphId, Phase, planId, SectionSlug, Year } from './vocab';

/**
 * One 2021 commitment as the article states it: one or more whole sentences of a paragraph,
 * verbatim, with its numbers as tokens. Together the plans and the 2021 sections' prose hold every
 * sentence of the article's 2021 part, grouped as the article groups them.
 */
export const Plan = z.strictObject({
  id: planId,
  order: z.number().int().nonnegative(),
  section: SectionSlug,
  paragraph: paragraphId,
  /**
   * The article's own heading words for it, where it has them: a heading sentence that opens the
   * plan (推进农业提质扩规) or its lead clause (把科技的力量用得更好). The page sets them in bold; a
   * poster lists them. They begin the rendered text.
   */
  title: z.string().min(1).nullable(),
  /** The article's sentences, verbatim; numbers as tokens. */
  text: z.string().min(1),
  /** The 2021 numbers it names (targets and counted plans), each stated in `text` as a token. */
  targets: z.array(figureId),
  phase: Phase,
  year: Year,
});
export type Plan = z.infer<typeof Plan>;
