import { z } from 'astro/zod';
import { ChartId, Claim, figureId, rankingId, SectionSlug } from './vocab';

const common = {
  id: ChartId,
  section: SectionSlug,
  /** The finding, in the article's terms; claims nothing the article does not. */
  title: Claim,
  /** Notes printed under the chart (what hatching means, that a field size is not given). */
  notes: z.array(Claim),
  /**
   * Scroll steps, for a chart that changes as the reader scrolls: step n shows the marks of
   * steps ≤ n and stresses those of step n. Without JS they read as notes under the chart.
   */
  steps: z.array(Claim),
};

/**
 * Each chart says what kind of chart it is and the role of every entry in it. The registry
 * (src/charts/index.ts) draws any chart from this; nothing else chooses a builder.
 */
export const Chart = z.discriminatedUnion('kind', [
  /** Horizontal bars on one linear scale from zero (growth rates, money, land). */
  z.strictObject({ ...common, kind: z.literal('bars'), bars: z.array(figureId).min(1) }),
  /** A unit chart: one square per item of the whole, the part first, in the accent colour. */
  z.strictObject({ ...common, kind: z.literal('units'), whole: figureId, part: figureId }),
  /** Places by scope, each as printed: no axis, no field size. */
  z.strictObject({ ...common, kind: z.literal('ranks'), rankings: z.array(rankingId).min(1) }),
  /** 2021 targets, each beside its 2020 counterpart where the article gives one. */
  z.strictObject({
    ...common,
    kind: z.literal('pairs'),
    pairs: z.array(z.strictObject({ target: figureId, before: figureId.nullable() })).min(1),
  }),
]);
export type Chart = z.infer<typeof Chart>;
export type ChartKind = Chart['kind'];
