import { chartEntries, chartTitle, drawChart, type ChartSize, type DrawnChart } from '../charts';
import { sectionPath } from '../lib/links';
import type { Story } from '../lib/story';
import { mastheadName, planName, printedParts, printedPlace, printedText, sourceLine, statusWord, tags, yearLabel } from '../lib/wording';
import { type Entry, isFigure, isRanking, labelOf, renderPlain, type SectionSlug, tokenIds, type Year } from '../schema';

/** A run of the key figure: the number itself large, 近, its unit or a ranking's scope smaller. */
export interface Run {
  readonly text: string;
  readonly lead: boolean;
}

/**
 * A word beside the key figure: its year (2020年), a target's or plan's year (2021年目标, drawn
 * in a dashed box as the charts draw targets), or 预计 (boxed, so no one takes it for a result).
 */
export interface Tag {
  readonly text: string;
  readonly kind: 'year' | 'later' | 'estimate';
}

export interface KeyFigure {
  readonly entry: Entry;
  /** Exactly as the article prints it (a ranking with its scope). */
  readonly printed: string;
  /** `printed`, cut where the type size changes; joined, the runs spell `printed`. */
  readonly runs: readonly Run[];
  /** What it counts. */
  readonly label: string;
  /** Written in hanzi (两条, a ranking's 第三) rather than digits: set smaller, since ideographs at numeral size shout. */
  readonly hanzi: boolean;
  readonly tags: readonly Tag[];
}

export interface ShareChart {
  readonly id: string;
  readonly title: string;
  readonly notes: readonly string[];
  readonly entries: readonly Entry[];
  /** The chart as the registry draws it at `size`. */
  draw(size: ChartSize): DrawnChart;
}

/** Everything a section's share card and poster say, resolved from the story. */
export interface ShareModel {
  readonly slug: SectionSlug;
  /** 数读2020 · 穆棱 */
  readonly masthead: string;
  readonly heading: string;
  readonly year: Year;
  /** The section's finding, as plain text. */
  readonly point: string;
  readonly key: KeyFigure | null;
  /** The section's first chart, which the poster draws. */
  readonly chart: ShareChart | null;
  /** The titles of the section's 2021 plans, in order, which a poster without a chart lists. */
  readonly plans: readonly string[];
  /** What the plans are, in time: 2021年计划. */
  readonly plansLabel: string;
  /** What the point and key figure state: what the card's source line speaks for (the plans, where this is empty). */
  readonly entries: readonly Entry[];
  /** The card's source line, for what it shows. */
  readonly cardSource: string;
  /** The poster's source line: the card's entries and the chart's (or the plans'). */
  readonly posterSource: string;
  /** The section's absolute URL, which the QR code encodes. */
  readonly url: string;
  /** The URL as a reader would type it: no scheme. */
  readonly shortUrl: string;
}

/** The key figure cut into runs: 近|7000|户, 11.0|%, 两|条, 全国|第三. */
function runsOf(e: Entry): Run[] {
  if (isRanking(e))
    return [
      { text: e.scope, lead: false },
      { text: e.printed, lead: true },
    ];
  if (!isFigure(e)) return [{ text: printedText(e), lead: true }];
  const { approx, number, unit } = printedParts(e);
  return [...(approx ? [{ text: approx, lead: false }] : []), { text: number, lead: true }, ...(unit ? [{ text: unit, lead: false }] : [])];
}

function keyFigure(e: Entry, year: Year, story: Story): KeyFigure {
  const printed = isRanking(e) ? printedPlace(e) : printedText(e);
  const runs = runsOf(e);
  // Typesetting may change sizes, never the words.
  if (runs.map((r) => r.text).join('') !== printed) throw new Error(`${e.id}: the share image would not print "${printed}" as printed`);
  const words = tags(e, { year, always: true }, story.lookup.figureOrUndefined);
  return {
    entry: e,
    printed,
    runs,
    label: labelOf(e),
    hanzi: isFigure(e) ? e.numerals === 'hanzi' : true,
    tags: words.map((text) => ({
      text,
      kind: text === statusWord('estimate') ? 'estimate' : text === yearLabel(e) && e.phase !== 'result' ? 'later' : 'year',
    })),
  };
}

/** The share model of section `slug`, its URLs on `site` (the one public address). */
export function shareModel(story: Story, slug: SectionSlug, site: string | URL): ShareModel {
  const view = story.view(slug);
  const { section } = view;
  const { lookup } = story;
  const point = renderPlain(section.point.text, lookup.entryOrUndefined);
  const key = view.key ? keyFigure(view.key, view.year, story) : null;
  // A point without a number of its own (城乡, 民生) restates the section's plans: that is what it speaks for.
  const stated = [...new Set([...(view.key ? [view.key] : []), ...tokenIds(section.point.text).map(lookup.entry)])];
  const entries: readonly { phase: Entry['phase']; year: Year }[] = stated.length ? stated : view.plans;
  const first = view.charts[0];
  const chart: ShareChart | null = first
    ? {
        id: first.id,
        title: chartTitle(first, lookup),
        notes: first.notes.map((n) => renderPlain(n.text, lookup.entryOrUndefined)),
        entries: chartEntries(first, lookup),
        draw: (size) => drawChart(first, lookup, size, `share-${first.id}`),
      }
    : null;
  const url = new URL(sectionPath(slug), site);
  return {
    slug,
    masthead: mastheadName(story.source),
    heading: section.heading,
    year: view.year,
    point,
    key,
    chart,
    plans: view.plans.map((p) => planName(p, lookup.entryOrUndefined)),
    plansLabel: [...new Set(view.plans.map(yearLabel))].join('、'),
    entries: stated,
    cardSource: sourceLine(story.source, entries),
    posterSource: sourceLine(story.source, [...entries, ...(chart ? chart.entries : view.plans)]),
    url: url.href,
    shortUrl: `${url.host}${url.pathname}`,
  };
}
