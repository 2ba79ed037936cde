// The open-data files in dist/data/ say exactly what content/ says: every figure, ranking and
// target, with the same printed forms and values; CSV that Excel opens as UTF-8; JSON that passes
// the JSON Schema published beside it (generated from the zod schemas).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { FigureRecord, RankingRecord, TargetRecord, type Figure, type Plan, type Ranking } from '../../src/schema';
import { DIST, page, readJson, text } from './dist';

const figures = readJson<Figure[]>('content/figures.json');
const rankings = readJson<Ranking[]>('content/rankings.json');
const plans = readJson<Plan[]>('content/plans.json');
const targets = figures.filter((f) => f.status === 'target');
const story = page('/');
const yuanwen = page('/yuanwen/');
const site = new URL(story.querySelector('link[rel="canonical"]')!.getAttribute('href')!);

const bytes = (path: string) => readFileSync(join(DIST, path));
const json = (path: string): unknown => JSON.parse(bytes(path).toString('utf8'));
/** The CSV's rows as objects keyed by its header, read by d3-dsv (not by our own writer's parser). */
function csv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rows] = csvParseRows(bytes(path).toString('utf8').replace(/^\uFEFF/, ''));
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

const DATASETS = [
  { name: 'figures', schema: FigureRecord, entries: figures as Array<Figure | Ranking> },
  { name: 'rankings', schema: RankingRecord, entries: rankings as Array<Figure | Ranking> },
  { name: 'targets', schema: TargetRecord, entries: targets as Array<Figure | Ranking> },
] as const;

const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS: its function arrives as the default export or under .default.
((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats)(ajv);

describe.each(DATASETS)('/data/$name', ({ name, schema, entries }) => {
  const records = json(`data/${name}.json`) as Record<string, unknown>[];
  const table = csv(`data/${name}.csv`);
  const jsonSchema = json(`data/schema/${name}.json`) as Record<string, unknown>;

  it('.csv starts with a UTF-8 byte-order mark (EF BB BF), so Excel reads Chinese correctly', () => {
    expect([...bytes(`data/${name}.csv`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('.csv parses as CSV: a header of the schema\'s columns, then one row per entry, every row as wide as the header', () => {
    expect(table.header).toEqual(Object.keys(schema.shape));
    expect(table.rows).toHaveLength(entries.length);
    const raw = csvParseRows(bytes(`data/${name}.csv`).toString('utf8').replace(/^\uFEFF/, ''));
    for (const row of raw) expect(row).toHaveLength(table.header.length);
  });

  it('.json is an array with one record per entry, each holding every field of its content entry unchanged', () => {
    expect(records).toHaveLength(entries.length);
    for (const entry of entries) {
      const record = records.find((r) => r.id === entry.id);
      expect(record, entry.id).toBeDefined();
      expect(record, entry.id).toMatchObject(entry);
    }
  });

  it('.csv and .json hold the same rows in the same order', () => {
    expect(table.rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    records.forEach((record, i) => {
      for (const column of table.header) expect(table.rows[i]![column], `${record.id}.${column}`).toBe(cell(record[column]));
    });
  });

  it('every sourceUrl is the absolute address of the entry\'s paragraph on 原文, and that paragraph is there', () => {
    for (const record of records) {
      expect(record.sourceUrl).toBe(new URL(`/yuanwen/#${record.paragraph}`, site).href);
      expect(yuanwen.getElementById(String(record.paragraph)), String(record.paragraph)).not.toBeNull();
    }
  });

  it('.json validates against /data/schema/' + name + '.json (JSON Schema 2020-12), which rejects a broken record', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(jsonSchema.$id).toBe(new URL(`/data/schema/${name}.json`, site).href);
    const validate = ajv.compile(jsonSchema);
    expect(validate(records), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate([{ ...records[0], value: '12' }])).toBe(false);
    expect(validate([{ ...records[0], extra: 1 }])).toBe(false);
    const { quote: _, ...withoutQuote } = records[0]!;
    expect(validate([withoutQuote])).toBe(false);
  });
});

describe('what the files say, figure by figure', () => {
  const rows = csv('data/figures.csv').rows;

  it('every figure\'s printed form, number, unit, qualifier, scope, value, decimals, status, year and quote agree with content/figures.json', () => {
    for (const f of figures) {
      const row = rows.find((r) => r.id === f.id)!;
      expect(row, f.id).toBeDefined();
      expect({ ...row, value: Number(row.value), decimals: Number(row.decimals), year: Number(row.year) }, f.id).toMatchObject({
        label: f.label,
        printed: f.printed,
        unit: f.unit,
        qualifier: cell(f.qualifier),
        scope: cell(f.scope),
        value: f.value,
        decimals: f.decimals,
        status: f.status,
        year: f.year,
        section: f.section,
        paragraph: f.paragraph,
        quote: f.quote,
      });
      expect((f.qualifier === '近' ? '近' : '') + row.number + row.unit, f.id).toBe(f.printed);
    }
  });

  it('the targets are the figures with status target, each with the plan that promises it', () => {
    const records = json('data/targets.json') as Array<{ id: string; plan: string | null; planTitle: string | null }>;
    expect(records.map((r) => r.id).sort()).toEqual(targets.map((t) => t.id).sort());
    for (const r of records) {
      const plan = plans.find((p) => p.id === r.plan);
      expect(plan?.targets, r.id).toContain(r.id);
      expect(r.planTitle).toBe(plan!.title);
    }
  });
});

describe('where readers find the data', () => {
  it('the story\'s credits link to 下载数据', () => {
    const link = [...story.querySelectorAll('#credits a')].find((a) => text(a) === '下载数据');
    expect(link?.getAttribute('href')).toBe('/yuanwen/#data');
  });

  it('原文 describes every file and its columns, and links to each', () => {
    const section = yuanwen.getElementById('data')!;
    expect(section).not.toBeNull();
    const hrefs = [...section.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const { name, schema } of DATASETS) {
      for (const file of [`/data/${name}.csv`, `/data/${name}.json`, `/data/schema/${name}.json`]) expect(hrefs).toContain(file);
      const listed = [...section.querySelectorAll('dt')].map((dt) => text(dt));
      for (const column of Object.keys(schema.shape)) expect(listed, column).toContain(column);
    }
  });
});
