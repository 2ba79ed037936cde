// The open-data files: what each holds, its rows, and the zod schema its JSON Schema comes from.
// The endpoints ([...file].ts) write them; the data page (/data/) lists them with their columns.
import { z } from 'astro/zod';
import {
  DataFileHead,
  type Figure,
  FigureRecord,
  isFigure,
  isRanking,
  type Ranking,
  RankingRecord,
  type SectionRow,
  TargetRecord,
} from '../../schema';
import { figureRecord, inReadingOrder, rankingRecord, sourceUrl, targetRecords } from '../../lib/open-data';
import { baseUnit } from '../../schema/units';
import { articleName, labelWithStatus, printedPlace, statusOf } from '../../lib/wording';
import type { License } from '../../lib/license';
import type { SectionView, Story } from '../../lib/story';

export const DATASETS = [
  {
    name: 'figures',
    title: '数字',
    description: '原文里的每一个数字：原文印出的样子、换算后的数值、性质、年份与时段、出处与原句。',
    schema: FigureRecord,
    rows: (s: Story, site: URL) => inReadingOrder(s.figures, s.paragraphs).map((f) => figureRecord(f, site)),
  },
  {
    name: 'rankings',
    title: '名次',
    description: '每个名次一行：指标、范围（全国、全省、牡丹江市……）、名次、出处与原句。',
    schema: RankingRecord,
    rows: (s: Story, site: URL) => inReadingOrder(s.rankings, s.paragraphs).map((r) => rankingRecord(r, site)),
  },
  {
    name: 'targets',
    title: '2021年目标与计划中的数',
    description: '2021年的目标（力争）与计划中的数，以及提出它的计划。列同“数字”，另加 plan 与 planTitle。',
    schema: TargetRecord,
    rows: (s: Story, site: URL) => targetRecords(inReadingOrder(s.figures, s.paragraphs), s.plans, site, s.lookup.entryOrUndefined),
  },
] as const;

export type Dataset = (typeof DATASETS)[number];

export const dataPath = (name: string, format: 'csv' | 'json') => `/data/${name}.${format}`;
export const schemaPath = (name: string) => `/data/schema/${name}.json`;

/** What a data file says about itself. */
export function fileHead(title: string, s: Story, license: License): z.infer<typeof DataFileHead> {
  return { title: `数读2020 · ${title}`, source: articleName(s.source), license: license.name, licenseUrl: license.url };
}

/** The columns of a dataset, in file order, with their notes (the schema's descriptions). */
export function columnsOf(schema: z.ZodObject): Array<{ name: string; note: string }> {
  return Object.entries(schema.shape).map(([name, field]) => ({ name, note: (field as z.ZodType).description ?? '' }));
}

/** A JSON data file: its head, then its rows. */
export const jsonFileSchema = (rows: z.ZodType) => DataFileHead.extend({ rows: z.array(rows).describe('数据，一行一条') });

/** The JSON Schema of a JSON data file, generated from its zod schema. */
export function jsonSchemaOf(name: string, title: string, description: string, rows: z.ZodType, site: URL) {
  const { $schema, ...generated } = z.toJSONSchema(jsonFileSchema(rows));
  return {
    $schema,
    $id: new URL(schemaPath(name), site).href,
    title: `数读2020 · ${title}（${dataPath(name, 'json')}）`,
    description,
    ...generated,
  };
}

/** What a section's own data file holds: every figure and ranking the section shows, in the article's order. */
export function sectionEntries(view: SectionView, s: Story): Array<Figure | Ranking> {
  const entries: Array<Figure | Ranking> = [];
  for (const e of view.shown) {
    if ('text' in e) continue; // a plan: its numbers are figures the section shows too
    if (isFigure(e) || isRanking(e)) entries.push(e);
  }
  return inReadingOrder(entries, s.paragraphs);
}

/** The rows of one section's own data file. */
export function sectionRows(view: SectionView, s: Story, site: URL, license: License): z.infer<typeof SectionRow>[] {
  const section = view.section.id;
  return sectionEntries(view, s).map((e) =>
    isFigure(e)
      ? {
          section,
          id: e.id,
          label: e.label,
          printed: e.printed,
          qualifier: e.qualifier,
          value: e.value,
          unit: baseUnit(e.unit),
          status: e.status,
          phase: e.phase,
          year: e.year,
          sourceUrl: sourceUrl(e.id, site),
          quote: e.quote,
          license: license.name,
        }
      : {
          section,
          id: e.id,
          label: labelWithStatus(e, s.lookup.figureOrUndefined),
          printed: printedPlace(e),
          qualifier: null,
          value: e.place,
          unit: '名',
          status: statusOf(e, s.lookup.figureOrUndefined),
          phase: e.phase,
          year: e.year,
          sourceUrl: sourceUrl(e.id, site),
          quote: e.quote,
          license: license.name,
        },
  );
}
