import { z } from 'astro/zod';

/**
 * One line of the fact-check record: a text the site writes, as a reader reads it, the article's
 * words that support it, and the verdict. The build fails when a text changes after its check, so
 * the record always describes what the site says now.
 */
export const AuditEntry = z.strictObject({
  /** Where the text lives, e.g. sections/jichu/prose/1, charts/growth/title, plans/plan-tech/text. */
  at: z.string().min(1),
  /** The text as rendered (tokens replaced by the figures as printed). */
  text: z.string().min(1),
  /** The article's own words that support it, quoted verbatim from the paragraphs it rests on. */
  support: z.array(z.string().min(1)).min(1),
  verdict: z.enum(['supported', 'corrected']),
  /** For a corrected text: what the check found wrong before. */
  note: z.string().min(1).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
