import type { Paragraph, Repair } from '../schema';

/**
 * Where the `occurrence`-th match of `find` starts in `text`, counting from 1. Matches do not
 * overlap: the search for the next one resumes after the end of the last. -1 when there is none.
 */
function nthIndexOf(text: string, find: string, occurrence: number): number {
  let index = -1;
  let from = 0;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(find, from);
    if (index < 0) return -1;
    from = index + find.length;
  }
  return index;
}

/**
 * Applies the repair log to the raw extraction, step by step and in order: each step replaces one
 * match of its `find` — the `occurrence`-th — with its `replace`. A step whose text is not there
 * means the log and the raw text disagree, so it throws, naming the step.
 */
export function applyRepairs(raw: string, repairs: readonly Repair[]): string {
  let text = raw;
  for (const repair of repairs) {
    const occurrence = repair.occurrence ?? 1;
    const index = nthIndexOf(text, repair.find, occurrence);
    if (index < 0) {
      const count = occurrence === 1 ? 'its text' : `match ${occurrence} of its text`;
      throw new Error(`repair ${repair.id} (${repair.kind}): ${count} is not in the article at this step`);
    }
    text = text.slice(0, index) + repair.replace + text.slice(index + repair.find.length);
  }
  return text;
}

/**
 * The cleaned article as one text, rebuilt from its blocks: in reading order, key-figure bullets
 * with the ● they carry in print, blocks separated by one blank line.
 */
export function cleanedText(paragraphs: readonly Paragraph[]): string {
  return [...paragraphs]
    .sort((a, b) => a.order - b.order)
    .map((p) => (p.kind === 'bullet' ? `●${p.text}` : p.text))
    .join('\n\n');
}
