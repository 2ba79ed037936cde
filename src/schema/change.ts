import { z } from 'astro/zod';

/**
 * One entry of the site's change log: its publication, and every later update or correction.
 * These dates are the site's own; the article's date stays unknown.
 */
export const Change = z.strictObject({
  id: z.string().regex(/^change-[0-9]{3}$/, 'a change id looks like change-001'),
  /** Beijing time with its offset, e.g. 2026-12-01T18:00:00+08:00. */
  date: z.iso.datetime({ offset: true }).refine((d) => d.endsWith('+08:00'), 'give the time in Beijing time, ending +08:00'),
  kind: z.enum(['发布', '更新', '更正']),
  /** What changed, in one sentence. */
  summary: z.string().min(1),
  /** Ids of the sections, figures, rankings, honours or plans it touches. */
  touches: z.array(z.string().min(1)),
  /** The sha256 of content/ (this file aside) after the change: see src/loader/digest.ts. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 digest in hex'),
});
export type Change = z.infer<typeof Change>;
