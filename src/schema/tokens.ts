/** Prose tokens: {{f-…}} a figure, {{r-…}} a ranking, {{h-…}} an honour. */
export const TOKEN = /\{\{\s*((?:f|r|h)-[a-z0-9-]+)\s*\}\}/g;

export type ProsePart =
  | { type: 'text'; value: string }
  | { type: 'figure' | 'ranking' | 'honour'; id: string };

const TYPES = { f: 'figure', r: 'ranking', h: 'honour' } as const;

export function parseProse(text: string): ProsePart[] {
  const parts: ProsePart[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const id = match[1]!;
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({ type: TYPES[id[0] as keyof typeof TYPES], id });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/** The sentence (up to 。！？；) around each token, for checks that a qualifier stays beside its figure. */
export function sentencesWithTokens(text: string): Array<{ sentence: string; ids: string[] }> {
  return text
    .split(/(?<=[。！？；])/)
    .map((sentence) => ({ sentence, ids: [...sentence.matchAll(TOKEN)].map((m) => m[1]!) }))
    .filter((s) => s.ids.length > 0);
}
