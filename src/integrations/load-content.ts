import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  Chart,
  checkContent,
  CONTENT_FILES,
  type ContentIssue,
  type ContentSet,
  Figure,
  Honour,
  Paragraph,
  Plan,
  Ranking,
  Repair,
  Section,
  Source,
} from '../schema';

const SCHEMAS = {
  paragraphs: Paragraph,
  repairs: Repair,
  figures: Figure,
  rankings: Ranking,
  honours: Honour,
  plans: Plan,
  sections: Section,
  charts: Chart,
  source: Source,
} as const;

type Collections = { [K in keyof typeof SCHEMAS]: z.infer<(typeof SCHEMAS)[K]>[] };

export interface LoadedContent extends ContentSet {
  repairs: z.infer<typeof Repair>[];
  source: z.infer<typeof Source>[];
  raw: string;
}

/** Where content lives. CONTENT_DIR lets tests build the site from a fixture folder. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

/**
 * Reads every content file straight from disk (never from Astro's cache), validates every entry
 * with its schema, and returns the entries that passed plus every problem found.
 */
export function loadContent(dir = contentDir()): { content: LoadedContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const collections = {} as Collections;
  // Entries that failed their schema are reported once; references to them are not reported again.
  const invalid = new Set<string>();
  for (const key of Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]) {
    const file = CONTENT_FILES[key];
    const path = join(dir, file);
    const entries: unknown[] = [];
    if (!existsSync(path)) {
      issues.push({ file, entry: '(file)', field: '(file)', message: 'file is missing' });
    } else {
      try {
        const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
        if (Array.isArray(data)) entries.push(...data);
        else issues.push({ file, entry: '(file)', field: '(root)', message: 'expected a JSON array of entries' });
      } catch (error) {
        issues.push({ file, entry: '(file)', field: '(syntax)', message: `does not parse as JSON: ${(error as Error).message}` });
      }
    }
    const schema = SCHEMAS[key];
    const valid: unknown[] = [];
    entries.forEach((entry, index) => {
      const name = entryName(entry, index);
      const result = schema.safeParse(entry);
      if (result.success) {
        valid.push(result.data);
        return;
      }
      if (!name.startsWith('#')) invalid.add(name);
      for (const issue of result.error.issues) {
        issues.push({ file, entry: name, field: issue.path.join('.') || '(entry)', message: issue.message });
      }
    });
    (collections as Record<string, unknown[]>)[key] = valid;
  }
  const rawPath = join(dir, CONTENT_FILES.raw);
  const raw = existsSync(rawPath) ? readFileSync(rawPath, 'utf8') : '';
  if (!raw) issues.push({ file: CONTENT_FILES.raw, entry: '(file)', field: '(file)', message: 'the raw article is missing or empty' });
  const content: LoadedContent = { ...collections, raw };
  issues.push(...checkContent(content, invalid));
  return { content, issues };
}

function entryName(entry: unknown, index: number): string {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${index + 1}`;
}
