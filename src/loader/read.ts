import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, COLLECTION_NAMES, COLLECTIONS, CONTENT_FILES, type ContentIssue, type ContentSet, formatIssue } from '../schema';
import { formatFigure } from '../lib/format';
import { formatRanking } from '../lib/rank';
import { applyRepairs, cleanedText } from '../lib/repairs';
import { contentDigest } from './digest';

/** Every collection, and the raw article the repair log starts from. */
export interface Content extends ContentSet {
  raw: string;
}

/** Where content lives. CONTENT_DIR lets tests build the site from a copy they have changed. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the content:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}

/**
 * The one place the content is read from disk: every file, every entry through its schema, then
 * every check across entries. Returns the entries that passed and every problem found.
 */
export function readContent(dir = contentDir()): { content: Content; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const collections = {} as ContentSet;
  // Entries that failed their schema are reported once; references to them are not reported again.
  const invalid = new Set<string>();
  for (const key of COLLECTION_NAMES) {
    const { file, schema } = COLLECTIONS[key];
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
  const content: Content = { ...collections, raw };
  issues.push(...checkContent(content, invalid), ...checkPrinted(content), ...checkDigest(content, dir));
  return { content, issues };
}

/**
 * Checks that need the project's formatters: every figure and every ranking as printed is what its
 * normalised fields give back (value, unit and decimals; place and scope), and the repair log
 * rebuilds the cleaned article.
 */
function checkPrinted(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const f of content.figures) {
    const rebuilt = formatFigure(f);
    if (rebuilt !== f.printed) {
      issues.push({
        file: CONTENT_FILES.figures,
        entry: f.id,
        field: 'printed',
        message: `"${f.printed}" does not match value, unit and decimals, which give "${rebuilt}"`,
      });
    }
  }
  for (const r of content.rankings) {
    let rebuilt: string;
    try {
      rebuilt = formatRanking(r);
    } catch (error) {
      issues.push({ file: CONTENT_FILES.rankings, entry: r.id, field: 'printed', message: (error as Error).message });
      continue;
    }
    if (rebuilt !== `${r.scope}${r.printed}`) {
      issues.push({
        file: CONTENT_FILES.rankings,
        entry: r.id,
        field: 'place',
        message: `place ${r.place} in the style of "${r.printed}" reads "${rebuilt}", not "${r.scope}${r.printed}"`,
      });
    }
  }
  if (content.raw && content.repairs.length) {
    try {
      if (applyRepairs(content.raw, content.repairs) !== cleanedText(content.paragraphs)) {
        issues.push({
          file: CONTENT_FILES.repairs,
          entry: '(log)',
          field: '(result)',
          message: 'applying the repair log to raw.txt does not give the cleaned article in paragraphs.json',
        });
      }
    } catch (error) {
      issues.push({ file: CONTENT_FILES.repairs, entry: '(log)', field: 'find', message: (error as Error).message });
    }
  }
  return issues;
}

/** Content never changes silently: the newest change entry records the digest of what is published. */
function checkDigest(content: Content, dir: string): ContentIssue[] {
  const newest = content.changes.at(-1);
  if (!newest) return [];
  const digest = contentDigest(dir);
  if (newest.digest === digest) return [];
  return [
    {
      file: CONTENT_FILES.changes,
      entry: newest.id,
      field: 'digest',
      message:
        `content/ has changed since this entry (it records ${newest.digest.slice(0, 12)}…, content/ is now ${digest}). ` +
        'Record the change: add an entry to content/changes.json — date (+08:00), kind 更新 or 更正, one sentence on what changed, ' +
        `the ids it touches — with "digest": "${digest}" (see README, "Adding or correcting a figure").`,
    },
  ];
}

function entryName(entry: unknown, index: number): string {
  const id = (entry as { id?: unknown; at?: unknown } | null)?.id ?? (entry as { at?: unknown } | null)?.at;
  return typeof id === 'string' && id ? id : `#${index + 1}`;
}
