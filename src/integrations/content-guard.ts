import type { AstroIntegration } from 'astro';
import { formatIssue, type ContentIssue } from '../schema';
import { formatFigure } from '../lib/format';
import { applyRepairs, cleanedText } from '../lib/repairs';
import { CONTENT_FILES } from '../schema';
import { contentDir, loadContent } from './load-content';

/** Checks that need the project's helpers: printed forms and the repair log. */
export function checkPrinted(content: ReturnType<typeof loadContent>['content']): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const f of content.figures) {
    const rebuilt = formatFigure(f);
    if (rebuilt !== f.printed) {
      issues.push({ file: CONTENT_FILES.figures, entry: f.id, field: 'printed', message: `"${f.printed}" does not match value, unit and decimals, which give "${rebuilt}"` });
    }
  }
  if (content.raw && content.repairs.length) {
    try {
      if (applyRepairs(content.raw, content.repairs) !== cleanedText(content.paragraphs)) {
        issues.push({ file: CONTENT_FILES.repairs, entry: '(log)', field: '(result)', message: 'applying the repair log to raw.txt does not give the cleaned article in paragraphs.json' });
      }
    } catch (error) {
      issues.push({ file: CONTENT_FILES.repairs, entry: '(log)', field: 'find', message: (error as Error).message });
    }
  }
  return issues;
}

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the content:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Validates all content before Astro loads any of it, so bad content fails whatever is cached. */
export function validateContent(dir = contentDir()) {
  const { content, issues } = loadContent(dir);
  issues.push(...checkPrinted(content));
  if (issues.length) throw new ContentError(issues);
  return content;
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const content = validateContent();
        logger.info(`content OK: ${content.figures.length} figures, ${content.rankings.length} rankings, ${content.honours.length} honours, ${content.plans.length} plans, ${content.paragraphs.length} article blocks`);
      },
    },
  };
}
