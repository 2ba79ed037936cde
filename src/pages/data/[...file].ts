// The open data: figures, rankings and 2021 targets as CSV (UTF-8 with BOM, for Excel) and JSON, a
// JSON Schema per JSON file generated from the zod schemas, and one CSV per chart.
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentTypeOf } from '../../hosting/headers';
import { ChartRow } from '../../schema';
import { toCsv, type CsvValue } from '../../lib/csv';
import { license } from '../../lib/license';
import { CHART_IDS } from '../../schema';
import { loadStory } from '../_content';
import { chartRows, columnsOf, DATASETS, fileHead, jsonSchemaOf } from './_datasets';

type Props = { kind: 'dataset'; name: string; format: 'csv' | 'json' | 'schema' } | { kind: 'chart'; name: string };

export const getStaticPaths = (() => [
  ...DATASETS.flatMap((d) => [
    { params: { file: `${d.name}.csv` }, props: { kind: 'dataset', name: d.name, format: 'csv' } as Props },
    { params: { file: `${d.name}.json` }, props: { kind: 'dataset', name: d.name, format: 'json' } as Props },
    { params: { file: `schema/${d.name}.json` }, props: { kind: 'dataset', name: d.name, format: 'schema' } as Props },
  ]),
  ...CHART_IDS.map((id) => ({ params: { file: `charts/${id}.csv` }, props: { kind: 'chart', name: id } as Props })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  if (!site) throw new Error('open data: set `site` (SITE_URL); the files carry absolute source addresses');
  const p = props as Props;
  const story = await loadStory();
  const l = license();
  if (p.kind === 'chart') {
    const rows = chartRows(story.lookup.chart(p.name), story, site, l) as Record<string, CsvValue>[];
    return new Response(
      toCsv(
        columnsOf(ChartRow).map((c) => c.name),
        rows,
      ),
      { headers: { 'Content-Type': contentTypeOf(url.pathname) } },
    );
  }
  const dataset = DATASETS.find((d) => d.name === p.name)!;
  const rows = dataset.rows(story, site) as Record<string, CsvValue>[];
  if (p.format === 'csv') {
    const withLicense: Record<string, CsvValue>[] = rows.map((r) => ({ ...r, license: l.name }));
    const columns: string[] = [...columnsOf(dataset.schema).map((c) => c.name), 'license'];
    return new Response(toCsv(columns, withLicense), { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
  }
  const body =
    p.format === 'json'
      ? { ...fileHead(dataset.title, story, l), rows }
      : jsonSchemaOf(dataset.name, dataset.title, dataset.description, dataset.schema, site);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': contentTypeOf(url.pathname) } });
};
