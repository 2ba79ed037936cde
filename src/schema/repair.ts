import { z } from 'astro/zod';

export const REPAIR_KINDS = [
  'duplicate-paragraph',
  'tail-fragment',
  'column-break',
  'duplicate-list-item',
  'bold-markup',
  'misread',
  'doubled-word',
  'photo-caption',
  'photo-credit',
  'layout-mark',
] as const;

/**
 * One step of the repair log. Applied in order to the raw extraction: the `occurrence`-th match of
 * `find` (counting from 1) becomes `replace`. Applying every step gives the cleaned text exactly.
 */
export const Repair = z.strictObject({
  id: z.string().regex(/^fix-[0-9]{2,3}$/),
  kind: z.enum(REPAIR_KINDS),
  find: z.string().min(1),
  replace: z.string(),
  occurrence: z.number().int().min(1).default(1),
  where: z.string().min(1),
  why: z.string().min(1),
});
export type Repair = z.infer<typeof Repair>;
