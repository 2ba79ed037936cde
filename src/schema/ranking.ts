import { z } from 'astro/zod';
import { figureId, paragraphId, Phase, rankingId, Scope, SectionSlug, Year } from './vocab';

/** One place for one indicator in one scope. "均居牡丹江市首位" over four indicators is four rankings. */
export const Ranking = z.strictObject({
  id: rankingId,
  /** The indicator in the article's words, e.g. 一般公共预算收入增长. */
  indicator: z.string().min(1),
  /** The indicator abridged for charts and cards, never widened (scope words stay). */
  label: z.string().min(1),
  scope: Scope,
  place: z.number().int().min(1),
  /** The place as printed: 首位, 第一, 第一名, 第三, 第二名. */
  printed: z.string().min(1),
  phase: Phase,
  year: Year,
  section: SectionSlug,
  paragraph: paragraphId,
  quote: z.string().min(4),
  /**
   * The article's own name for the indicators that share this ranking's phrase, where it gives one:
   * "从关键指标上看，…均居牡丹江市首位" calls the four 关键指标. A text may name them by it.
   */
  collective: z.string().min(1).nullable(),
  /** The figure this ranking is about, where the article gives one (its status carries over: 预计). */
  figure: figureId.nullable(),
});
export type Ranking = z.infer<typeof Ranking>;
