import { z } from 'astro/zod';
import { figureId, Kind, Numerals, paragraphId, Phase, Qualifier, Scope, SectionSlug, Status, Unit, Year } from './vocab';

/**
 * One quantity the article states about 2020 or promises for 2021.
 * `printed`, `unit`, `qualifier` and `scope` keep the article's own form;
 * `value` (in base units: 元, 亩, 人, 公里, percent points…) and `decimals` are for computing.
 */
export const Figure = z.strictObject({
  id: figureId,
  /** What it counts, abridged from `quote` (never widened: scope words stay), e.g. 地区生产总值增长. */
  label: z.string().min(1),
  /** The number and unit exactly as printed, e.g. 11.0%, 38.2亿元, 近7000户, 两家, 十七连丰. */
  printed: z.string().min(1),
  unit: Unit,
  qualifier: Qualifier.nullable(),
  scope: Scope.nullable(),
  value: z.number().nonnegative(),
  decimals: z.number().int().min(0).max(3),
  numerals: Numerals,
  kind: Kind,
  status: Status,
  phase: Phase,
  year: Year,
  section: SectionSlug,
  paragraph: paragraphId,
  /** The whole clause that names the indicator and states the number, verbatim from the paragraph. */
  quote: z.string().min(4),
});
export type Figure = z.infer<typeof Figure>;
