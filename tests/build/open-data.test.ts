// The open-data files in dist/data/ say exactly what content/ says: every figure, ranking and
// 2021 number, with the same printed forms and values; CSV that Excel opens as UTF-8; JSON that
// passes the JSON Schema published beside it (generated from the zod schemas); the license in
// every file; one CSV per chart with exactly that chart's figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { ChartRow, FigureRecord, RankingRecord, TargetRecord, type Figure, type Ranking } from '../../src/schema';
import { chartEntries } from '../../src/charts';
import { realContent } from '../content';
import { DIST, page, text } from './dist';

const { story: model } = realContent();
const { figures, rankings, plans } = model;
const targets = figures.filter((f) => f.phase !== 'result');
const LICENSE = 'CC BY 4.0';
const story = page('/');
const yuanwen = page('/yuanwen/');
const site = new URL(story.querySelector('link[rel="canonical"]')!.getAttribute('href')!);

const bytes = (path: string) => readFileSync(join(DIST, path));
const json = (path: string): unknown => JSON.parse(bytes(path).toString('utf8'));
/** The CSV's rows as objects keyed by its header, read by d3-dsv (not by our own writer's parser). */
function csv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rows] = csvParseRows(
    bytes(path)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  );
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
  const file = json(`data/${name}.json`) as { license: string; licenseUrl: string; source: string; rows: Record<string, unknown>[] };
  const records = file.rows;
  const table = csv(`data/${name}.csv`);
  const jsonSchema = json(`data/schema/${name}.json`) as Record<string, unknown>;

  it('.csv starts with a UTF-8 byte-order mark (EF BB BF), so Excel reads Chinese correctly', () => {
    expect([...bytes(`data/${name}.csv`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("carries its license and its source: in the JSON file's head, and in a column of the CSV", () => {
    expect(file.license).toBe(LICENSE);
    expect(file.licenseUrl).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    expect(file.source).toBe('牡丹江日报《走出县域经济高质量发展特色之路》（2021年）');
    expect(table.rows.every((r) => r.license === LICENSE)).toBe(true);
  });

  it(".csv parses as CSV: a header of the schema's columns and the license, then one row per entry, every row as wide as the header", () => {
    expect(table.header).toEqual([...Object.keys(schema.shape), 'license']);
    expect(table.rows).toHaveLength(entries.length);
    const raw = csvParseRows(
      bytes(`data/${name}.csv`)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
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
      for (const column of table.header.filter((c) => c !== 'license'))
        expect(table.rows[i]![column], `${record.id}.${column}`).toBe(cell(record[column]));
    });
  });

  it("every sourceUrl is the absolute address of the entry's own words on 原文, inside its paragraph", () => {
    for (const record of records) {
      expect(record.sourceUrl).toBe(new URL(`/yuanwen/#${record.id}`, site).href);
      expect(yuanwen.getElementById(String(record.id))?.closest('.block')?.id, String(record.id)).toBe(record.paragraph);
    }
  });

  it('.json validates against /data/schema/' + name + '.json (JSON Schema 2020-12), which rejects a broken record', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(jsonSchema.$id).toBe(new URL(`/data/schema/${name}.json`, site).href);
    const validate = ajv.compile(jsonSchema);
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...file, rows: [{ ...records[0], value: '12' }] })).toBe(false);
    expect(validate({ ...file, rows: [{ ...records[0], extra: 1 }] })).toBe(false);
    const { quote: _, ...withoutQuote } = records[0]!;
    expect(validate({ ...file, rows: [withoutQuote] })).toBe(false);
    const { license: __, ...withoutLicense } = file;
    expect(validate(withoutLicense)).toBe(false);
  });
});

describe('what the files say, figure by figure', () => {
  const rows = csv('data/figures.csv').rows;

  it("every figure's printed form, number, unit, qualifier, scope, value, decimals, status, phase, year and quote agree with the content", () => {
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
        phase: f.phase,
        year: f.year,
        section: f.section,
        paragraph: f.paragraph,
        quote: f.quote,
      });
      expect((f.qualifier === '近' ? '近' : '') + row.number + row.unit, f.id).toBe(f.printed);
    }
  });

  it('the 2021 file holds every 2021 target and planned number, each with the plan that promises it', () => {
    const records = (json('data/targets.json') as { rows: Array<{ id: string; plan: string | null; planTitle: string | null }> }).rows;
    expect(records.map((r) => r.id).sort()).toEqual(targets.map((t) => t.id).sort());
    for (const r of records) {
      const plan = plans.find((p) => p.id === r.plan);
      expect(plan?.targets, r.id).toContain(r.id);
      expect(r.planTitle).toBe(plan!.title);
    }
  });
});

describe("each chart's own data, one click under it", () => {
  it.each(model.charts.map((c) => [c.id, c] as const))(
    '/data/charts/%s.csv holds exactly the entries the chart draws, as printed, with their sources and license',
    (id, chart) => {
      expect([...bytes(`data/charts/${id}.csv`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const table = csv(`data/charts/${id}.csv`);
      expect(table.header).toEqual(Object.keys(ChartRow.shape));
      const entries = chartEntries(chart, model.lookup);
      expect(table.rows.map((r) => r.id)).toEqual(entries.map((e) => e.id));
      for (const row of table.rows) {
        const e = entries.find((x) => x.id === row.id)! as Figure | Ranking;
        expect(row.printed, row.id).toBe('scope' in e && 'place' in e ? `${e.scope}${e.printed}` : e.printed);
        expect(row.sourceUrl).toBe(new URL(`/yuanwen/#${row.id}`, site).href);
        expect(row.quote).toBe(e.quote);
        expect(row.license).toBe(LICENSE);
        expect(row.chart).toBe(id);
      }
      expect(
        story.querySelector(`figure#chart-${id} figcaption a[href="/data/charts/${id}.csv"]`),
        `the 下载数据 link under ${id}`,
      ).not.toBeNull();
    },
  );
});

describe('where readers find the data', () => {
  const dataPage = page('/data/');

  it("the story's end and every page's footer link to the data page", () => {
    expect(story.querySelector('section.end a[href="/data/"]')).not.toBeNull();
    expect(story.querySelector('footer.site-footer a[href="/data/"]')).not.toBeNull();
  });

  it("the data page describes every file and its columns, links to each, and to every chart's CSV", () => {
    const hrefs = [...dataPage.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    const listed = [...dataPage.querySelectorAll('dt')].map((dt) => text(dt));
    for (const { name, schema } of DATASETS) {
      for (const file of [`/data/${name}.csv`, `/data/${name}.json`, `/data/schema/${name}.json`]) expect(hrefs).toContain(file);
      for (const column of Object.keys(schema.shape)) expect(listed, column).toContain(column);
    }
    for (const c of model.charts) expect(hrefs).toContain(`/data/charts/${c.id}.csv`);
    expect(text(dataPage.querySelector('main'))).toContain(LICENSE.replace(/\s+/g, ''));
  });
});
