/*
 * Checks across entries, after each entry has passed its schema: one rule per collection (and one
 * for the texts the site writes), run in this order. Every problem is reported, never only the first.
 */
import type { ContentSet } from '../collections';
import type { ContentIssue } from '../issue';
import { auditRecord } from './audit';
import { changeLog } from './changes';
import { chartRoles } from './charts';
import { claimTexts } from './claims';
import { checkContext, type Rule } from './context';
import { figureEntries } from './figures';
import { honourEntries } from './honours';
import { paragraphOrder } from './paragraphs';
import { planCoverage, planEntries } from './plans';
import { rankingEntries } from './rankings';
import { sectionEntries } from './sections';

export { claimsOf, renderPlain, type ClaimAt } from './claims';
export type { CheckContext, Rule } from './context';

export const RULES: readonly Rule[] = [
  paragraphOrder,
  figureEntries,
  rankingEntries,
  honourEntries,
  planEntries,
  planCoverage,
  claimTexts,
  sectionEntries,
  chartRoles,
  auditRecord,
  changeLog,
];

/**
 * Every problem across entries. `invalid` holds the ids of entries that failed their schema: they
 * are reported there once, so references to them are not reported again as unknown.
 */
export function checkContent(set: ContentSet, invalid: ReadonlySet<string> = new Set()): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ctx = checkContext(set, invalid, issues);
  for (const rule of RULES) rule(ctx);
  return issues;
}
