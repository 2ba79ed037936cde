import { z } from 'astro/zod';
import { figureId, paragraphId, rankingId, Scope, SectionSlug, Year } from './vocab';

/** One place for one indicator in one scope. "均居牡丹江市首位" over four indicators is four rankings. */
export const Ranking = z.strictObject({
  id: rankingId,
  /** The indicator in the article's words, e.g. 一般公共预算收入增速. */
  indicator: z.string().min(1),
  label: z.string().min(1),
  scope: Scope,
  place: z.number().int().min(1),
  /** The place as printed: 首位, 第一, 第一名, 第三, 第二名. */
  printed: z.string().min(1),
  year: Year,
  section: SectionSlug,
  paragraph: paragraphId,
  quote: z.string().min(4),
  /** The figure this ranking is about, where the article gives one. */
  figure: figureId.nullable(),
});
export type Ranking = z.infer<typeof Ranking>;
