/**
 * Tokens in the texts the site writes: {{f-…}} a figure, {{r-…}} a ranking, {{h-…}} an honour, and
 * {{r-a|r-b}} one printed phrase that states several entries at once (均居牡丹江市首位 ranks four).
 */
export const TOKEN = /\{\{\s*([fhr]-[a-z0-9-]+(?:\s*\|\s*[fhr]-[a-z0-9-]+)*)\s*\}\}/g;

export type TokenPart = { type: 'text'; value: string } | { type: 'ref'; ids: string[] };

export function parseTokens(text: string): TokenPart[] {
  const parts: TokenPart[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({ type: 'ref', ids: match[1]!.split('|').map((id) => id.trim()) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/** Every id a text's tokens name, in order. */
export function tokenIds(text: string): string[] {
  return parseTokens(text).flatMap((p) => (p.type === 'ref' ? p.ids : []));
}

/** The sentences of a text (up to 。！？；), each with the tokens in it. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[。！？；])/).filter((s) => s.trim() !== '');
}
