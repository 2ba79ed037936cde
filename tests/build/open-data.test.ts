// The open-data files in dist/data/ say exactly what content/ says: every figure, ranking and
// 2021 number, with the same printed forms and values; CSV that Excel opens as UTF-8; JSON that
// passes the JSON Schema published beside it; the license in every file; one CSV per chart with
// exactly that chart's figures. Expected values come from the content files as written and from
// the columns written out below, never from the code that writes the data files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { DIST, page, ROOT, SITE, text } from './dist';

const LICENSE = 'CC BY 4.0';
const FIGURE_COLUMNS = [
  'id',
  'label',
  'printed',
  'number',
  'unit',
  'qualifier',
  'scope',
  'value',
  'baseUnit',
  'decimals',
  'numerals',
  'kind',
  'status',
  'phase',
  'year',
  'section',
  'paragraph',
  'sourceUrl',
  'quote',
];
const DATASETS = [
  { name: 'figures', count: 33, columns: FIGURE_COLUMNS },
  {
    name: 'rankings',
    count: 10,
    columns: [
      'id',
      'indicator',
      'label',
      'scope',
      'place',
      'printed',
      'phase',
      'year',
      'section',
      'paragraph',
      'sourceUrl',
      'quote',
      'collective',
      'figure',
    ],
  },
  { name: 'targets', count: 3, columns: [...FIGURE_COLUMNS, 'plan', 'planTitle'] },
];
const CHART_COLUMNS = [
  'chart',
  'id',
  'label',
  'printed',
  'qualifier',
  'value',
  'unit',
  'status',
  'phase',
  'year',
  'sourceUrl',
  'quote',
  'license',
];
const CHART_IDS = ['rankings', 'growth', 'money', 'projects', 'land', 'livelihoods', 'targets'];

type Row = Record<string, unknown> & { id: string };
const content = <T = Row[]>(file: string): T => JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as T;
/** The content entries each data file holds, as content/ writes them. */
const entriesOf = (name: string): Row[] =>
  name === 'rankings'
    ? content('rankings.json')
    : content('figures.json').filter((f) => (name === 'targets' ? f.phase !== 'result' : true));

const bytes = (path: string) => readFileSync(join(DIST, path));
const json = (path: string) =>
  JSON.parse(bytes(path).toString('utf8')) as { license: string; licenseUrl: string; source: string; rows: Row[] };
/** The CSV's rows as objects keyed by its header, read by d3-dsv (not by our own writer's parser). */
function csv(path: string): { header: string[]; raw: string[][]; rows: Record<string, string>[] } {
  const [header, ...raw] = csvParseRows(
    bytes(path)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  );
  return { header: header!, raw, rows: raw.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}
const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS: its function arrives as the default export or under .default.
((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats)(ajv);

describe.each(DATASETS)('/data/$name', ({ name, count, columns }) => {
  it('.csv starts with a UTF-8 byte-order mark (EF BB BF), so Excel reads Chinese correctly', () => {
    expect([...bytes(`data/${name}.csv`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("carries its license and its source: in the JSON file's head, and in a column of the CSV", () => {
    const file = json(`data/${name}.json`);
    expect(file.license).toBe(LICENSE);
    expect(file.licenseUrl).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    expect(file.source).toBe('牡丹江日报《走出县域经济高质量发展特色之路》（2021年）');
    const { rows } = csv(`data/${name}.csv`);
    expect(rows).toHaveLength(count);
    expect(rows.filter((r) => r.license !== LICENSE).map((r) => r.id)).toEqual([]);
  });

  it(`.csv parses as CSV: a header of its columns and the license, then one row for each of the ${count} entries, every row as wide as the header`, () => {
    const table = csv(`data/${name}.csv`);
    expect(table.header).toEqual([...columns, 'license']);
    expect(table.rows).toHaveLength(count);
    for (const row of table.raw) expect(row).toHaveLength(table.header.length);
  });

  it(`.json is an array with one record for each of the ${count} entries, each holding every field of its content entry unchanged`, () => {
    const records = json(`data/${name}.json`).rows;
    const entries = entriesOf(name);
    expect(entries).toHaveLength(count);
    expect(records).toHaveLength(count);
    for (const entry of entries)
      expect(
        records.find((r) => r.id === entry.id),
        entry.id,
      ).toMatchObject(entry);
  });

  it('.csv and .json hold the same rows in the same order', () => {
    const records = json(`data/${name}.json`).rows;
    const table = csv(`data/${name}.csv`);
    expect(table.rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(records).toHaveLength(count);
    for (const [i, record] of records.entries()) {
      for (const column of columns) expect(table.rows[i]![column], `${record.id}.${column}`).toBe(cell(record[column]));
    }
  });

  it("gives every record the absolute address of the entry's own words on 原文, inside its paragraph", () => {
    const yuanwen = page('/yuanwen/');
    const records = json(`data/${name}.json`).rows;
    expect(records).toHaveLength(count);
    for (const record of records) {
      expect(record.sourceUrl).toBe(`${SITE}/yuanwen/#${record.id}`);
      expect(yuanwen.getElementById(record.id)?.closest('.block')?.id, record.id).toBe(record.paragraph);
    }
  });

  it(`.json validates against /data/schema/${name}.json (JSON Schema 2020-12), which rejects a broken record`, () => {
    const file = json(`data/${name}.json`);
    const schema = JSON.parse(bytes(`data/schema/${name}.json`).toString('utf8')) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SITE}/data/schema/${name}.json`);
    const validate = ajv.compile(schema);
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
    const first = file.rows[0]!;
    expect(validate({ ...file, rows: [{ ...first, value: '12' }] })).toBe(false);
    expect(validate({ ...file, rows: [{ ...first, extra: 1 }] })).toBe(false);
    const { quote: _, ...withoutQuote } = first;
    expect(validate({ ...file, rows: [withoutQuote] })).toBe(false);
    const { license: __, ...withoutLicense } = file;
    expect(validate(withoutLicense)).toBe(false);
  });
});

describe('what the files say, figure by figure', () => {
  it("every figure's printed form, number, unit, qualifier, scope, value, decimals, status, phase, year and quote agree with content/figures.json", () => {
    const rows = csv('data/figures.csv').rows;
    const figures = content('figures.json');
    expect(figures).toHaveLength(33);
    for (const f of figures) {
      const row = rows.find((r) => r.id === f.id);
      expect(row, f.id).toBeDefined();
      expect({ ...row, value: Number(row!.value), decimals: Number(row!.decimals), year: Number(row!.year) }, f.id).toMatchObject({
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
      expect((f.qualifier === '近' ? '近' : '') + row!.number + row!.unit, f.id).toBe(f.printed);
    }
  });

  it('the numbers are the article’s, as printed: 38.2 亿元 is 3820000000 元, 3.35% keeps its two decimals, 近7000户 is 7000 approximate', () => {
    const rows = new Map(csv('data/figures.csv').rows.map((r) => [r.id, r]));
    expect(rows.get('f-investment')).toMatchObject({
      printed: '38.2亿元',
      number: '38.2',
      unit: '亿元',
      value: '3820000000',
      baseUnit: '元',
    });
    expect(rows.get('f-unemployment')).toMatchObject({ printed: '3.35%', number: '3.35', qualifier: '控制在', decimals: '2' });
    expect(rows.get('f-pipe-households')).toMatchObject({ printed: '近7000户', number: '7000', qualifier: '近', status: 'approximate' });
    expect(rows.get('f-gdp-growth')).toMatchObject({ printed: '11.0%', number: '11.0', qualifier: '预计', status: 'estimate' });
  });

  it('the 2021 file holds the three 2021 numbers, each with the plan that promises it', () => {
    const records = json('data/targets.json').rows;
    expect(records.map((r) => [r.id, r.plan, r.planTitle])).toEqual([
      ['f-target-hightech', 'plan-tech', '把科技的力量用得更好'],
      ['f-target-sme', 'plan-tech', '把科技的力量用得更好'],
      ['f-tourism-belts', 'plan-services', '深化服务业开放融合'],
    ]);
  });
});

describe("each chart's own data, one click under it", () => {
  it.each(CHART_IDS)('/data/charts/%s.csv holds exactly the entries the chart draws, as printed, with their sources and license', (id) => {
    expect([...bytes(`data/charts/${id}.csv`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = csv(`data/charts/${id}.csv`);
    expect(table.header).toEqual(CHART_COLUMNS);
    // The chart's entries, as content/charts.json gives their roles.
    const chart = content<Array<Record<string, unknown> & { id: string }>>('charts.json').find((c) => c.id === id);
    expect(chart, id).toBeDefined();
    const pairs = (chart!.pairs ?? []) as Array<{ target: string; before: string | null }>;
    const ids = [
      ...((chart!.bars ?? []) as string[]),
      ...[chart!.whole, chart!.part].filter((x): x is string => typeof x === 'string'),
      ...((chart!.rankings ?? []) as string[]),
      ...((chart!.tiles ?? []) as string[]),
      ...pairs.flatMap((p) => [...(p.before ? [p.before] : []), p.target]),
    ];
    expect(ids.length).toBeGreaterThan(0);
    expect(table.rows.map((r) => r.id)).toEqual(ids);
    const entries = new Map([...content('figures.json'), ...content('rankings.json')].map((e) => [e.id, e]));
    for (const row of table.rows) {
      const e = entries.get(row.id!)!;
      expect(row.printed, row.id).toBe(row.id!.startsWith('r-') ? `${e.scope}${e.printed}` : e.printed);
      expect(row.sourceUrl).toBe(`${SITE}/yuanwen/#${row.id}`);
      expect(row.quote).toBe(e.quote);
      expect(row.license).toBe(LICENSE);
      expect(row.chart).toBe(id);
    }
    expect(
      page('/').querySelector(`figure#chart-${id} figcaption a[href="/data/charts/${id}.csv"]`),
      `the 下载数据 link under ${id}`,
    ).not.toBeNull();
  });
});

describe('where readers find the data', () => {
  it("the story's end and every page's footer link to the data page", () => {
    const story = page('/');
    expect(story.querySelector('section.end a[href="/data/"]')).not.toBeNull();
    expect(story.querySelector('footer.site-footer a[href="/data/"]')).not.toBeNull();
  });

  it("the data page describes every file and its columns, links to each, and to every chart's CSV", () => {
    const dataPage = page('/data/');
    const hrefs = [...dataPage.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    const listed = [...dataPage.querySelectorAll('dt')].map((dt) => text(dt));
    for (const { name, columns } of DATASETS) {
      for (const file of [`/data/${name}.csv`, `/data/${name}.json`, `/data/schema/${name}.json`]) expect(hrefs).toContain(file);
      for (const column of columns) expect(listed, column).toContain(column);
    }
    for (const id of CHART_IDS) expect(hrefs).toContain(`/data/charts/${id}.csv`);
    expect(text(dataPage.querySelector('main'))).toContain('CCBY4.0');
  });
});
