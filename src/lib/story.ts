import type { Chart, ContentSet, Entry, Honour, Plan, Section, Source, Year } from '../schema';
import { tokenIds } from '../schema';
import { chartEntries } from './chart-entries';
import { createLookup, type Lookup } from './lookup';

/** One section with everything it shows resolved. */
export interface SectionView {
  section: Section;
  /** 1-based place in the story: section N of `count`. */
  number: number;
  count: number;
  year: Year;
  key: Entry | null;
  charts: Chart[];
  honours: Honour[];
  plans: Plan[];
  /** Every entry the section states in its text (prose, bullets, plans) or lists. */
  entries: Entry[];
  /** Everything the section shows — its entries, its charts' and its plans — for its source line and data file. */
  shown: Array<Entry | Plan>;
  previous: Section | null;
  next: Section | null;
}

/**
 * The content model every surface uses: pages, share images, the handout and the open data. Every
 * collection of the registry, with paragraphs, sections and plans in reading order, changes oldest
 * first, and the article's record as one entry.
 */
export interface Story extends Omit<ContentSet, 'source'> {
  source: Source;
  lookup: Lookup;
  view(slug: string): SectionView;
  /** Where the 2020 and 2021 parts of the article begin: their label (2020) and heading. */
  parts: Array<{ year: Year; title: string; sections: Section[] }>;
}

/**
 * Builds the model from the collections. getCollection() sorts by id, so reading order comes from
 * the explicit order fields here, once.
 */
export function createStory(c: ContentSet): Story {
  const paragraphs = [...c.paragraphs].sort((a, b) => a.order - b.order);
  const sections = [...c.sections].sort((a, b) => a.order - b.order);
  const plans = [...c.plans].sort((a, b) => a.order - b.order);
  const changes = [...c.changes].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const source = c.source[0];
  if (!source) throw new Error('content/source.json has no entry');
  const lookup = createLookup({ ...c, paragraphs, plans, sections });

  const views = new Map<string, SectionView>();
  sections.forEach((section, i) => {
    const charts = section.charts.map(lookup.chart);
    const sectionPlans = section.plans.map(lookup.plan);
    const ids = new Set([
      ...section.prose.flatMap((p) => tokenIds(p.text)),
      ...section.bullets.flatMap((b) => tokenIds(b.text)),
      ...sectionPlans.flatMap((p) => tokenIds(p.text)),
      ...section.figures,
      ...section.rankings,
      ...section.honours,
    ]);
    views.set(section.id, {
      section,
      number: i + 1,
      count: sections.length,
      year: section.year,
      key: section.keyFigure ? lookup.entry(section.keyFigure) : null,
      charts,
      honours: section.honours.map(lookup.honour),
      plans: sectionPlans,
      entries: [...ids].map(lookup.entry),
      shown: [
        ...new Set<Entry | Plan>([...[...ids].map(lookup.entry), ...charts.flatMap((c) => chartEntries(c, lookup)), ...sectionPlans]),
      ],
      previous: sections[i - 1] ?? null,
      next: sections[i + 1] ?? null,
    });
  });

  // The article's part headings: "2020" followed by its title block, then the sections of that year.
  const parts = ([2020, 2021] as const).map((year) => {
    const label = paragraphs.findIndex((p) => p.kind === 'heading' && p.section === null && p.text === String(year));
    const title = paragraphs[label + 1]?.kind === 'heading' ? paragraphs[label + 1]!.text : '';
    return { year, title, sections: sections.filter((s) => s.year === year && s.bullets.length === 0) };
  });

  return {
    ...c,
    source,
    paragraphs,
    sections,
    plans,
    changes,
    lookup,
    view(slug) {
      const v = views.get(slug);
      if (!v) throw new Error(`no section "${slug}"`);
      return v;
    },
    parts,
  };
}
