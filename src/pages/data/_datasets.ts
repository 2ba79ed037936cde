// The open-data files: what each holds, its rows, and the zod schema its JSON Schema comes from.
// The endpoint ([...file].ts) writes them; 原文 lists them with their columns.
import { z } from 'astro/zod';
import { FigureRecord, RankingRecord, TargetRecord } from '../../schema';
import { figureRecord, inReadingOrder, rankingRecord, targetRecords } from '../../lib/open-data';
import type { loadStory } from '../_story';

type Story = Awaited<ReturnType<typeof loadStory>>;

export const DATASETS = [
  {
    name: 'figures',
    title: '数字',
    description: '原文里的每一个数字：原文印出的样子、换算后的数值、性质、出处段落与原句。',
    schema: FigureRecord,
    rows: (s: Story, site: URL) => inReadingOrder(s.figures, s.paragraphs).map((f) => figureRecord(f, site)),
  },
  {
    name: 'rankings',
    title: '名次',
    description: '每个名次一行：指标、范围（全国、全省、牡丹江市……）、名次、出处段落与原句。',
    schema: RankingRecord,
    rows: (s: Story, site: URL) => inReadingOrder(s.rankings, s.paragraphs).map((r) => rankingRecord(r, site)),
  },
  {
    name: 'targets',
    title: '2021年目标',
    description: '性质为“目标”的数字（力争），与提出它的2021年计划。列同“数字”，另加 plan 与 planTitle。',
    schema: TargetRecord,
    rows: (s: Story, site: URL) => targetRecords(inReadingOrder(s.figures, s.paragraphs), s.plans, site),
  },
] as const;

export type Dataset = (typeof DATASETS)[number];

export const dataPath = (name: string, format: 'csv' | 'json') => `/data/${name}.${format}`;
export const schemaPath = (name: string) => `/data/schema/${name}.json`;

/** The columns of a dataset, in file order, with their notes (the schema's descriptions). */
export function columnsOf(dataset: Dataset): Array<{ name: string; note: string }> {
  return Object.entries(dataset.schema.shape).map(([name, field]) => ({ name, note: (field as z.ZodType).description ?? '' }));
}

/** The JSON Schema of a dataset's JSON file (an array of rows), generated from its zod schema. */
export function jsonSchemaOf(dataset: Dataset, site: URL) {
  const { $schema, ...generated } = z.toJSONSchema(z.array(dataset.schema));
  return {
    $schema,
    $id: new URL(schemaPath(dataset.name), site).href,
    title: `数读2020 · ${dataset.title}（${dataPath(dataset.name, 'json')}）`,
    description: dataset.description,
    ...generated,
  };
}
