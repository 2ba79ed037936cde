import { z } from 'astro/zod';
import { ChartId, figureId, rankingId, SectionSlug } from './vocab';

/** One chart of the story: which figures it draws and how it is titled, in the article's terms. */
export const Chart = z.strictObject({
  id: ChartId,
  section: SectionSlug,
  /** Says what the chart shows in the article's own terms; claims nothing the article does not. */
  title: z.string().min(1),
  /** The reader's question the chart answers. */
  question: z.string().min(1),
  figures: z.array(figureId),
  rankings: z.array(rankingId),
  /** Notes printed under the chart, e.g. what 预计 means or that groups do not share a scale. */
  notes: z.array(z.string().min(1)),
  /**
   * Scroll steps: short texts (with {{…}} tokens) that each make one point. Step n reveals the
   * marks whose data-step ≤ n and stresses those equal to n. Without JS they read as a list.
   */
  steps: z.array(z.string().min(1)),
});
export type Chart = z.infer<typeof Chart>;
