import type { Entry, Paragraph } from '../schema';
import { printedText } from '../schema';

export type AnchoredPart = { type: 'text'; value: string } | { type: 'entry'; ids: string[]; value: string };

/**
 * A paragraph of the article cut into plain text and the spans that state an entry: each entry's
 * printed words, found inside its verbatim quote (so 全省第一 is found where its own indicator is).
 * Entries printed by the same words in the same place (均居牡丹江市首位 ranks four) share a span.
 */
export function anchoredParts(paragraph: Paragraph, entries: readonly Entry[]): AnchoredPart[] {
  const spans = new Map<string, { start: number; end: number; ids: string[] }>();
  for (const e of entries) {
    if (e.paragraph !== paragraph.id) continue;
    const quoteAt = paragraph.text.indexOf(e.quote);
    const words = printedText(e);
    const inQuote = e.quote.indexOf(words);
    if (quoteAt < 0 || inQuote < 0) throw new Error(`${e.id}: "${words}" is not in its quote in ${paragraph.id}`);
    const start = quoteAt + inQuote;
    const key = `${start}:${words.length}`;
    const span = spans.get(key) ?? { start, end: start + words.length, ids: [] };
    span.ids.push(e.id);
    spans.set(key, span);
  }
  const ordered = [...spans.values()].sort((a, b) => a.start - b.start);
  ordered.forEach((s, i) => {
    const next = ordered[i + 1];
    if (next && next.start < s.end) throw new Error(`${paragraph.id}: ${s.ids.join(', ')} and ${next.ids.join(', ')} overlap`);
  });
  const parts: AnchoredPart[] = [];
  let at = 0;
  for (const s of ordered) {
    if (s.start > at) parts.push({ type: 'text', value: paragraph.text.slice(at, s.start) });
    parts.push({ type: 'entry', ids: s.ids, value: paragraph.text.slice(s.start, s.end) });
    at = s.end;
  }
  if (at < paragraph.text.length) parts.push({ type: 'text', value: paragraph.text.slice(at) });
  return parts;
}
