import { type Entry, type Figure, type Paragraph, type Plan, printedText, type Ranking } from '../schema';
import type { FigureRecord, RankingRecord, TargetRecord } from '../schema/open-data';
import { entryHref } from './links';
import { planName, printedNumber } from './wording';
import { baseUnit } from '../schema/units';

/** The absolute address of the words of 原文 that state an entry. */
export function sourceUrl(entryId: string, site: URL | string): string {
  return new URL(entryHref(entryId), site).href;
}

export function figureRecord(f: Figure, site: URL | string): FigureRecord {
  return {
    id: f.id,
    label: f.label,
    printed: f.printed,
    number: printedNumber(f),
    unit: f.unit,
    qualifier: f.qualifier,
    scope: f.scope,
    value: f.value,
    baseUnit: baseUnit(f.unit),
    decimals: f.decimals,
    numerals: f.numerals,
    kind: f.kind,
    status: f.status,
    phase: f.phase,
    year: f.year,
    section: f.section,
    paragraph: f.paragraph,
    sourceUrl: sourceUrl(f.id, site),
    quote: f.quote,
  };
}

export function rankingRecord(r: Ranking, site: URL | string): RankingRecord {
  return {
    id: r.id,
    indicator: r.indicator,
    label: r.label,
    scope: r.scope,
    place: r.place,
    printed: r.printed,
    phase: r.phase,
    year: r.year,
    section: r.section,
    paragraph: r.paragraph,
    sourceUrl: sourceUrl(r.id, site),
    quote: r.quote,
    collective: r.collective,
    figure: r.figure,
  };
}

/** Every 2021 number (a target or a number in a plan), each with the first plan (in plan order) that lists it. */
export function targetRecords(
  figures: Figure[],
  plans: Plan[],
  site: URL | string,
  entry: (id: string) => Entry | undefined,
): TargetRecord[] {
  return figures
    .filter((f) => f.phase !== 'result')
    .map((f) => {
      const plan = plans.find((p) => p.targets.includes(f.id));
      return { ...figureRecord(f, site), plan: plan?.id ?? null, planTitle: plan ? planName(plan, entry) : null };
    });
}

/**
 * Entries in the order a reader meets them in the article: by paragraph, then by where the quote
 * stands in it (ties by id), so the files read like the article rather than like an index.
 */
export function inReadingOrder<T extends { id: string; paragraph: string; quote: string }>(entries: T[], paragraphs: Paragraph[]): T[] {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  // Where the entry's own words stand: its quote's place in the paragraph, then its printed words'
  // place in the quote (one quote may state two: 危房389户、危桥49座).
  const key = (e: T) => {
    const p = byId.get(e.paragraph);
    const words = 'printed' in e ? printedText(e as unknown as Entry) : '';
    const at = p ? p.text.indexOf(e.quote) + Math.max(0, e.quote.indexOf(words)) : -1;
    return [p?.order ?? Infinity, at] as const;
  };
  return [...entries].sort((a, b) => {
    const [ao, ai] = key(a);
    const [bo, bi] = key(b);
    return ao - bo || ai - bi || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
