import { z } from 'astro/zod';
import { ChartId, figureId, honourId, paragraphId, planId, rankingId, SectionSlug } from './vocab';

/**
 * A section of the story. Prose is web copy, not the article reprinted: short paragraphs in which
 * `{{f-…}}`, `{{r-…}}` and `{{h-…}}` tokens render a figure, ranking or honour as printed, linked
 * to the paragraph of 原文 that states it.
 */
export const Section = z.strictObject({
  /** The slug: the section's URL is /s/<id>/ and its anchor on the story is #<id>. */
  id: SectionSlug,
  order: z.number().int().nonnegative(),
  heading: z.string().min(1),
  part: z.enum(['2020', '2021']).nullable(),
  /** The section's point, for the share card: "数读2020｜穆棱…" + this. */
  point: z.string().min(1),
  description: z.string().min(1).max(160),
  /** The figure shown large at the top of the section and on its share image. */
  keyFigure: z.union([figureId, rankingId]),
  prose: z.array(z.string().min(1)).min(1),
  figures: z.array(figureId),
  rankings: z.array(rankingId),
  honours: z.array(honourId),
  plans: z.array(planId),
  paragraphs: z.array(paragraphId).min(1),
  charts: z.array(ChartId),
});
export type Section = z.infer<typeof Section>;
