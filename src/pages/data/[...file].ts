// The open data: figures, rankings and 2021 targets as CSV (UTF-8 with BOM, for Excel) and JSON, and
// a JSON Schema per JSON file generated from the zod schemas. See _datasets.ts for what each holds.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv, type CsvValue } from '../../lib/csv';
import { loadStory } from '../_story';
import { DATASETS, jsonSchemaOf, type Dataset } from './_datasets';

type Format = 'csv' | 'json' | 'schema';

export const getStaticPaths = (() =>
  DATASETS.flatMap((d) => [
    { params: { file: `${d.name}.csv` }, props: { name: d.name, format: 'csv' as Format } },
    { params: { file: `${d.name}.json` }, props: { name: d.name, format: 'json' as Format } },
    { params: { file: `schema/${d.name}.json` }, props: { name: d.name, format: 'schema' as Format } },
  ])) satisfies GetStaticPaths;

const TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
};

export const GET: APIRoute = async ({ props, site }) => {
  const { name, format } = props as { name: Dataset['name']; format: Format };
  const dataset = DATASETS.find((d) => d.name === name)!;
  if (!site) throw new Error('open data: set `site` (SITE_URL); the files carry absolute source addresses');
  const rows = dataset.rows(await loadStory(), site) as Record<string, CsvValue>[];
  const body =
    format === 'csv'
      ? toCsv(Object.keys(dataset.schema.shape), rows)
      : `${JSON.stringify(format === 'json' ? rows : jsonSchemaOf(dataset, site), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': TYPES[format] } });
};
