import type { Figure } from '../figure';
import type { Honour } from '../honour';
import type { ContentIssue } from '../issue';
import type { Paragraph } from '../paragraph';
import type { Plan } from '../plan';
import type { Entry } from '../printed';
import type { Ranking } from '../ranking';
import type { Section } from '../section';
import type { ContentSet } from '../collections';
import { CONTENT_FILES } from '../collections';
import { PHASE_YEAR, type Phase, type Year } from '../vocab';

/**
 * What every rule is handed: the content, its entries by id, and the way to report a problem.
 * Problems are collected, never thrown, so one run lists everything to fix.
 */
export interface CheckContext {
  readonly set: ContentSet;
  readonly paragraphs: ReadonlyMap<string, Paragraph>;
  readonly figures: ReadonlyMap<string, Figure>;
  readonly rankings: ReadonlyMap<string, Ranking>;
  readonly honours: ReadonlyMap<string, Honour>;
  readonly plans: ReadonlyMap<string, Plan>;
  readonly sections: ReadonlyMap<string, Section>;
  /** A figure, ranking or honour by id. */
  entryOf(id: string): Entry | undefined;
  add(file: string, entry: string, field: string, message: string): void;
  /**
   * Reports a reference to `id` that resolves to nothing, unless `id` names an entry that failed its
   * schema: that entry was reported there once, and is not reported again as unknown.
   */
  dangling(file: string, entry: string, field: string, message: string, id: string): void;
}

/** A rule: one kind of check across entries. */
export type Rule = (ctx: CheckContext) => void;

export function checkContext(set: ContentSet, invalid: ReadonlySet<string>, issues: ContentIssue[]): CheckContext {
  const add = (file: string, entry: string, field: string, message: string) => void issues.push({ file, entry, field, message });
  const byId = <T extends { id: string }>(items: readonly T[], file: string) => {
    const map = new Map<string, T>();
    for (const item of items) {
      if (map.has(item.id)) add(file, item.id, 'id', 'duplicate id: another entry in this file has the same id');
      else map.set(item.id, item);
    }
    return map;
  };
  const paragraphs = byId(set.paragraphs, CONTENT_FILES.paragraphs);
  const figures = byId(set.figures, CONTENT_FILES.figures);
  const rankings = byId(set.rankings, CONTENT_FILES.rankings);
  const honours = byId(set.honours, CONTENT_FILES.honours);
  const plans = byId(set.plans, CONTENT_FILES.plans);
  const sections = byId(set.sections, CONTENT_FILES.sections);
  byId(set.charts, CONTENT_FILES.charts);
  byId(set.changes, CONTENT_FILES.changes);
  return {
    set,
    paragraphs,
    figures,
    rankings,
    honours,
    plans,
    sections,
    entryOf: (id) => figures.get(id) ?? rankings.get(id) ?? honours.get(id),
    add,
    dangling: (file, entry, field, message, id) => {
      if (!invalid.has(id)) add(file, entry, field, message);
    },
  };
}

/** The one pair of words a label may swap for the article's: the rate (增速) of what grew (增长). */
const normaliseWords = (s: string) => s.replace(/增速/g, '增长');

/** The characters that carry meaning: punctuation, spaces and brackets aside. */
const meaningful = (s: string) => [...normaliseWords(s)].filter((c) => /[\p{L}\p{N}]/u.test(c));

/** The characters of `label` that `text` lacks. */
export function missingChars(label: string, text: string): string[] {
  const have = new Set(meaningful(text));
  return [...new Set(meaningful(label).filter((c) => !have.has(c)))];
}

/**
 * Words that narrow what a number counts. Where a quote has one, the label keeps it: a label may
 * abridge its quote but never widen it (农村危桥, not 危桥).
 */
const SCOPE_WORDS = ['农村', '城镇', '城区', '其中', '省市', '国家重点生态功能区', '历史遗留'] as const;

/** A quote is verbatim in its paragraph, holds what it must, and sits in the entry's section. */
export function checkQuote(
  ctx: CheckContext,
  file: string,
  entry: { id: string; paragraph: string; quote: string; section: string },
  must: readonly string[],
): void {
  const paragraph = ctx.paragraphs.get(entry.paragraph);
  if (!paragraph) {
    ctx.dangling(file, entry.id, 'paragraph', `unknown paragraph "${entry.paragraph}"`, entry.paragraph);
    return;
  }
  if (!paragraph.text.includes(entry.quote)) ctx.add(file, entry.id, 'quote', `does not occur verbatim in paragraph ${entry.paragraph}`);
  for (const word of must) {
    if (!entry.quote.includes(word)) ctx.add(file, entry.id, 'quote', `does not contain "${word}" as printed`);
  }
  if (paragraph.section !== entry.section) {
    ctx.add(file, entry.id, 'section', `is "${entry.section}" but paragraph ${entry.paragraph} belongs to "${paragraph.section}"`);
  }
}

/** A label abridges its quote: no word the quote lacks, no scope word of the quote dropped. */
export function checkLabel(ctx: CheckContext, file: string, id: string, field: string, label: string, quote: string): void {
  const extra = missingChars(label, quote);
  if (extra.length)
    ctx.add(
      file,
      id,
      field,
      `"${label}" says "${extra.join('')}", which its quote does not: a label abridges the article's words, never adds to them`,
    );
  for (const word of SCOPE_WORDS) {
    if (quote.includes(word) && !label.includes(word))
      ctx.add(file, id, field, `"${label}" drops "${word}" from its quote: keep the scope words`);
  }
}

/** Years and phases are data that every label, status word and source line is derived from: they agree. */
export function checkPhase(ctx: CheckContext, file: string, e: { id: string; phase: Phase; year: Year }): void {
  if (PHASE_YEAR[e.phase] !== e.year) ctx.add(file, e.id, 'year', `a ${e.phase} belongs to ${PHASE_YEAR[e.phase]}, not ${e.year}`);
}
