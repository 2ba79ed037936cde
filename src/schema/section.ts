import { z } from 'astro/zod';
import { ChartId, Claim, figureId, honourId, paragraphId, planId, rankingId, SectionSlug, Year } from './vocab';

/** One of the article's key-figure bullets (数读2020), with its figures as tokens. */
export const Bullet = z.strictObject({
  paragraph: paragraphId,
  /** The bullet's text with tokens; rendered, it must equal the paragraph's text exactly. */
  text: z.string().min(1),
  /** The figure shown large for this bullet on the first screen. */
  lead: figureId,
});
export type Bullet = z.infer<typeof Bullet>;

/**
 * A section of the story. Its texts are web copy, not the article reprinted: claims whose tokens
 * render a figure, ranking or honour as printed, linked to the paragraph of 原文 that states it.
 */
export const Section = z.strictObject({
  /** The slug: the section's URL is /s/<id>/ and its anchor on the story is #<id>. */
  id: SectionSlug,
  order: z.number().int().nonnegative(),
  heading: z.string().min(1),
  /** A short name for the section bar's chip. */
  short: z.string().min(1).max(4),
  /** The year the section is about: 2020's results or 2021's plans. */
  year: Year,
  /** The story's own headline, on the opening section only (the story's first screen and title). */
  headline: Claim.nullable(),
  /** The finding, stated with its number: the headline of the section page and its share card. */
  point: Claim,
  /** For search results and other apps' link previews (og:description). */
  description: Claim,
  /** The figure shown large at the top of the section and on its share image; none for a section without a number of its own year. */
  keyFigure: z.union([figureId, rankingId]).nullable(),
  prose: z.array(Claim),
  /** The opening section's key-figure bullets, in the article's order. */
  bullets: z.array(Bullet),
  figures: z.array(figureId),
  rankings: z.array(rankingId),
  honours: z.array(honourId),
  plans: z.array(planId),
  paragraphs: z.array(paragraphId).min(1),
  charts: z.array(ChartId),
});
export type Section = z.infer<typeof Section>;
