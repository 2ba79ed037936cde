// The open-data files in dist/data/ say exactly what content/ says: every figure, ranking and
// 2021 number, with the same printed forms and values; CSV that Excel opens as UTF-8; JSON that
// passes the JSON Schema published beside it; the license in every file; one CSV per section that
// has numbers, with exactly the figures and places that section shows. Expected values come from the
// content files as written and from the columns and entries written out below, never from the code
// that writes the data files.
import { existsSync, readFileSync } from 'node:fs';
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
  { name: 'figures', count: 35, columns: FIGURE_COLUMNS },
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
  { name: 'targets', count: 5, columns: [...FIGURE_COLUMNS, 'plan', 'planTitle'] },
];
const SECTION_COLUMNS = [
  'section',
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
/**
 * Each section's own data file, with the figures and places the section shows: its text's, its
 * chart's, and for 数读2020 the article's box (its six bullets) and the rankings chart. The two last
 * 2021 sections state no number, and have no file.
 */
const SECTION_FILES: Record<string, string[]> = {
  shudu: [
    'f-gdp-growth',
    'f-industry-growth',
    'f-revenue-growth',
    'f-investment',
    'f-seabuckthorn',
    'f-projects',
    'f-big-projects',
    'f-soil',
    'f-poverty-projects',
    'r-gdp-growth-city',
    'r-industry-growth-city',
    'r-revenue-growth-city',
    'r-investment-city',
    'r-signed-projects-province',
    'r-big-projects-count-city',
    'r-big-projects-investment-city',
    'r-ecology-national',
    'r-ecology-province',
    'r-poverty-province',
  ],
  jichu: [
    'f-loans',
    'f-subsidies',
    'f-relief',
    'f-gdp-growth',
    'f-industry-growth',
    'f-revenue-growth',
    'f-investment',
    'r-gdp-growth-city',
    'r-industry-growth-city',
    'r-revenue-growth-city',
    'r-investment-city',
  ],
  dongneng: [
    'f-harvests',
    'f-seabuckthorn',
    'f-vegetables',
    'f-flax',
    'f-flax-firms',
    'f-projects',
    'f-big-projects',
    'f-new-scale-firms',
    'f-new-hightech-firms',
    'f-soil',
    'r-signed-projects-province',
    'r-big-projects-count-city',
    'r-big-projects-investment-city',
    'r-ecology-national',
    'r-ecology-province',
  ],
  dise: [
    'f-poverty-projects',
    'f-startup-loans',
    'f-jobs',
    'f-unemployment',
    'f-old-estates',
    'f-pipes',
    'f-pipe-households',
    'f-resettled',
    'f-dilapidated-homes',
    'f-dilapidated-bridges',
    'f-toilets',
    'f-water-works',
    'f-water-people',
    'r-poverty-province',
  ],
  gaige: ['f-new-hightech-firms', 'f-five-drivers', 'f-target-hightech', 'f-target-sme', 'f-ten-bases'],
  chanye: ['f-tourism-belts'],
};
const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];

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
    expect(figures).toHaveLength(35);
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

  it("the 2021 file holds the five 2021 numbers, each with the plan that states it and the plan's title (or, where it has none, its first clause)", () => {
    const records = json('data/targets.json').rows;
    expect(records.map((r) => [r.id, r.plan, r.planTitle])).toEqual([
      ['f-five-drivers', 'plan-drivers', '以争创国家创新型县市为统领'],
      ['f-target-hightech', 'plan-tech', '把科技的力量用得更好'],
      ['f-target-sme', 'plan-tech', '把科技的力量用得更好'],
      ['f-ten-bases', 'plan-talent', '把人才的政策定得更活'],
      ['f-tourism-belts', 'plan-services', '深化服务业开放融合'],
    ]);
    expect(csv('data/targets.csv').rows.map((r) => [r.id, r.printed, r.qualifier, r.status])).toEqual([
      ['f-five-drivers', '五大', '', 'plan'],
      ['f-target-hightech', '10户', '力争', 'target'],
      ['f-target-sme', '30户', '力争', 'target'],
      ['f-ten-bases', '十大', '', 'plan'],
      ['f-tourism-belts', '两条', '', 'plan'],
    ]);
  });
});

describe("each section's own data, one click under it", () => {
  it('no chart has a data file of its own any more: /data/charts/ is gone', () => {
    expect(existsSync(join(DIST, 'data/charts'))).toBe(false);
  });

  it.each(SECTIONS)('%s: a file only where the section has numbers', (id) => {
    expect(existsSync(join(DIST, `data/sections/${id}.csv`))).toBe(id in SECTION_FILES);
  });

  it.each(Object.keys(SECTION_FILES))(
    '/data/sections/%s.csv holds exactly the figures and places the section shows, in the article’s order, as printed, with their sources and license',
    (id) => {
      expect([...bytes(`data/sections/${id}.csv`).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const table = csv(`data/sections/${id}.csv`);
      expect(table.header).toEqual(SECTION_COLUMNS);
      for (const row of table.raw) expect(row).toHaveLength(SECTION_COLUMNS.length);
      const ids = table.rows.map((r) => r.id!);
      expect([...ids].sort()).toEqual([...SECTION_FILES[id]!].sort());
      // The content's own lists agree: the section's figures and rankings, its chart's entries, the tokens of its bullets.
      const section = content<Array<Record<string, unknown> & { id: string }>>('sections.json').find((s) => s.id === id)!;
      const charts = content<Array<Record<string, unknown> & { id: string }>>('charts.json').filter((c) =>
        (section.charts as string[]).includes(c.id),
      );
      const listed = new Set<string>([
        ...(section.figures as string[]),
        ...(section.rankings as string[]),
        ...(section.bullets as Array<{ text: string }>).flatMap((b) =>
          [...b.text.matchAll(/\{\{([^}]+)\}\}/g)].flatMap((m) => m[1]!.split('|')),
        ),
        ...charts.flatMap((c) => [
          ...((c.bars ?? []) as string[]),
          ...[c.whole, c.part].filter((x): x is string => typeof x === 'string'),
          ...((c.rankings ?? []) as string[]),
          ...((c.pairs ?? []) as Array<{ target: string; before: string | null }>).flatMap((p) => [
            p.target,
            ...(p.before ? [p.before] : []),
          ]),
        ]),
      ]);
      expect([...ids].sort()).toEqual([...listed].filter((e) => !e.startsWith('h-')).sort());
      // Every figure and place the section's part of the story shows is in its file.
      const shown = new Set<string>();
      const part = page('/').querySelector(`section#${id}`)!;
      for (const a of part.querySelectorAll('a[href^="/yuanwen/#"]')) shown.add(decodeURIComponent(a.getAttribute('href')!.slice(10)));
      for (const a of part.querySelectorAll('[data-ref]')) for (const ref of a.getAttribute('data-ref')!.split(/\s+/)) shown.add(ref);
      for (const g of part.querySelectorAll('g.datum[data-key]')) shown.add(g.getAttribute('data-key')!);
      const entriesShown = [...shown].filter((e) => /^[fr]-/.test(e));
      expect(entriesShown.length).toBeGreaterThan(0);
      expect(entriesShown.filter((e) => !ids.includes(e))).toEqual([]);
      // In the article's order: by paragraph, then by where the entry's words begin in it.
      const paragraphs = content<Array<{ id: string; text: string }>>('article/paragraphs.json');
      const entries = new Map([...content('figures.json'), ...content('rankings.json')].map((e) => [e.id, e]));
      // Where an entry's own words begin: its number as printed inside its quote, or its place
      // (with its scope where the quote prints them together).
      const at = (e: Row) => {
        const p = paragraphs.findIndex((x) => x.id === e.paragraph);
        const quote = e.quote as string;
        const words = e.id!.startsWith('r-') && quote.includes(`${e.scope}${e.printed}`) ? `${e.scope}${e.printed}` : (e.printed as string);
        return p * 10_000 + paragraphs[p]!.text.indexOf(quote) + quote.indexOf(words);
      };
      const positions = ids.map((e) => at(entries.get(e)!));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      const figureBaseUnits = new Map(csv('data/figures.csv').rows.map((r) => [r.id, r.baseUnit]));
      for (const row of table.rows) {
        const e = entries.get(row.id!)!;
        const ranking = row.id!.startsWith('r-');
        expect(row.section, row.id).toBe(id);
        expect(row.printed, row.id).toBe(ranking ? `${e.scope}${e.printed}` : e.printed);
        expect(row.value, row.id).toBe(String(ranking ? e.place : e.value));
        expect(row.unit, row.id).toBe(ranking ? '名' : figureBaseUnits.get(row.id!));
        expect(row.qualifier, row.id).toBe(ranking ? '' : cell(e.qualifier));
        expect([row.phase, row.year], row.id).toEqual([e.phase, String(e.year)]);
        // A place shared with an estimate (its figure 预计) says so, in its label and its status.
        const estimate = ranking && !!e.figure && entries.get(e.figure as string)?.status === 'estimate';
        expect(row.label, row.id).toBe(ranking ? `${e.label}${estimate ? '（预计）' : ''}` : e.label);
        expect(row.status, row.id).toBe(ranking ? (estimate ? 'estimate' : 'reported') : e.status);
        expect(row.sourceUrl).toBe(`${SITE}/yuanwen/#${row.id}`);
        expect(row.quote).toBe(e.quote);
        expect(row.license).toBe(LICENSE);
      }
      expect(
        page('/').querySelector(`section#${id} > p.source a[href="/data/sections/${id}.csv"]`),
        `the 下载本节数据 link under ${id}`,
      ).not.toBeNull();
    },
  );
});

describe('where readers find the data', () => {
  it("the story's end and every page's footer link to the data page", () => {
    const story = page('/');
    expect(story.querySelector('nav.end a[href="/data/"]')).not.toBeNull();
    expect(story.querySelector('footer.site-footer a[href="/data/"]')).not.toBeNull();
  });

  it("the data page describes every file and its columns, links to each, and to every section's CSV", () => {
    const dataPage = page('/data/');
    const hrefs = [...dataPage.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    const listed = [...dataPage.querySelectorAll('dt')].map((dt) => text(dt));
    for (const { name, columns } of DATASETS) {
      for (const file of [`/data/${name}.csv`, `/data/${name}.json`, `/data/schema/${name}.json`]) expect(hrefs).toContain(file);
      for (const column of columns) expect(listed, column).toContain(column);
    }
    for (const column of SECTION_COLUMNS) expect(listed, column).toContain(column);
    expect(hrefs.filter((h) => h?.startsWith('/data/sections/'))).toEqual(
      Object.keys(SECTION_FILES).map((id) => `/data/sections/${id}.csv`),
    );
    expect(hrefs.filter((h) => h?.startsWith('/data/charts/'))).toEqual([]);
    expect(text(dataPage.querySelector('main'))).toContain('CCBY4.0');
  });
});
