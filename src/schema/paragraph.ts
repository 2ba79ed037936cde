import { z } from 'astro/zod';
import { paragraphId, SectionSlug } from './vocab';

/**
 * One block of the cleaned article, in reading order. Headings are blocks too, so that the
 * cleaned text can be rebuilt from this collection alone and compared with the repair log's output.
 */
export const Paragraph = z.strictObject({
  id: paragraphId,
  order: z.number().int().nonnegative(),
  kind: z.enum(['kicker', 'headline', 'heading', 'subheading', 'bullet', 'paragraph', 'byline']),
  /** The story section this block belongs to; null for blocks that belong to the whole page. */
  section: SectionSlug.nullable(),
  text: z.string().min(1),
});
export type Paragraph = z.infer<typeof Paragraph>;
