// The open data: figures, rankings and 2021 targets as CSV (UTF-8 with BOM, for Excel) and JSON, a
// JSON Schema per JSON file generated from the zod schemas, and one CSV per section with numbers.
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentTypeOf } from '../../hosting/headers';
import { SectionRow } from '../../schema';
import { toCsv, type CsvValue } from '../../lib/csv';
import { license } from '../../lib/license';
import { loadStory } from '../_content';
import { columnsOf, DATASETS, fileHead, jsonSchemaOf, sectionEntries, sectionRows } from './_datasets';

type Props = { kind: 'dataset'; name: string; format: 'csv' | 'json' | 'schema' } | { kind: 'section'; name: string };

export const getStaticPaths = (async () => {
  const story = await loadStory();
  const withNumbers = story.sections.filter((s) => sectionEntries(story.view(s.id), story).length > 0);
  return [
    ...DATASETS.flatMap((d) => [
      { params: { file: `${d.name}.csv` }, props: { kind: 'dataset', name: d.name, format: 'csv' } as Props },
      { params: { file: `${d.name}.json` }, props: { kind: 'dataset', name: d.name, format: 'json' } as Props },
      { params: { file: `schema/${d.name}.json` }, props: { kind: 'dataset', name: d.name, format: 'schema' } as Props },
    ]),
    ...withNumbers.map((s) => ({ params: { file: `sections/${s.id}.csv` }, props: { kind: 'section', name: s.id } as Props })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  if (!site) throw new Error('open data: set `site` (SITE_URL); the files carry absolute source addresses');
  const p = props as Props;
  const story = await loadStory();
  const l = license();
  if (p.kind === 'section') {
    const rows = sectionRows(story.view(p.name), story, site, l) as Record<string, CsvValue>[];
    return new Response(
      toCsv(
        columnsOf(SectionRow).map((c) => c.name),
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
