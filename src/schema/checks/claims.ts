import type { ContentSet } from '../collections';
import { CONTENT_FILES } from '../collections';
import type { Honour } from '../honour';
import type { Paragraph } from '../paragraph';
import { type Entry, isFigure, isRanking, labelOf, printedText } from '../printed';
import { parseTokens, sentences } from '../tokens';
import type { Claim, Year } from '../vocab';
import { type CheckContext, missingChars, type Rule } from './context';

/**
 * A text the site writes and where it lives: `at` names it in errors and in the audit record;
 * `year` is the year its surroundings are about, so an entry of another year must say its year.
 */
export interface ClaimAt {
  file: string;
  entry: string;
  field: string;
  at: string;
  claim: Claim;
  year: Year;
}

/** Every text the site writes, with where it lives. The audit record has one line for each. */
export function claimsOf(set: Pick<ContentSet, 'sections' | 'charts' | 'plans'>): ClaimAt[] {
  const out: ClaimAt[] = [];
  const sectionYear = new Map(set.sections.map((s) => [s.id, s.year]));
  for (const s of set.sections) {
    const add = (field: string, claim: Claim) => {
      out.push({
        file: CONTENT_FILES.sections,
        entry: s.id,
        field,
        at: `sections/${s.id}/${field.replace(/\[(\d+)\]/, '/$1')}`,
        claim,
        year: s.year,
      });
    };
    if (s.headline) add('headline', s.headline);
    add('point', s.point);
    add('description', s.description);
    for (const [i, c] of s.prose.entries()) add(`prose[${i}]`, c);
  }
  for (const c of set.charts) {
    const year = sectionYear.get(c.section) ?? 2020;
    const add = (field: string, claim: Claim) => {
      out.push({ file: CONTENT_FILES.charts, entry: c.id, field, at: `charts/${c.id}/${field.replace(/\[(\d+)\]/, '/$1')}`, claim, year });
    };
    add('title', c.title);
    for (const [i, n] of c.notes.entries()) add(`notes[${i}]`, n);
    for (const [i, n] of c.steps.entries()) add(`steps[${i}]`, n);
  }
  for (const p of set.plans) {
    out.push({
      file: CONTENT_FILES.plans,
      entry: p.id,
      field: 'text',
      at: `plans/${p.id}/text`,
      claim: { text: p.text, from: [p.paragraph] },
      year: p.year,
    });
  }
  return out;
}

const fallback = (id: string): Entry => ({ id: 'h-unknown', title: `{{${id}}}` }) as Honour;

/** A text with its tokens replaced by the entries as printed (a group prints once). */
export function renderPlain(text: string, entry: (id: string) => Entry | undefined): string {
  return parseTokens(text)
    .map((p) => (p.type === 'text' ? p.value : printedText(entry(p.ids[0]!) ?? fallback(p.ids[0]!))))
    .join('');
}

/** Words a sentence must keep beside a figure of each status. */
const STATUS_WORDS: Record<string, RegExp> = { estimate: /预计/, target: /力争|目标/ };

/** Digits written as text: only years may be (2020年, 数读2020); every number is a token. */
const PLAIN_NUMBER = /[0-9０-９]/;
const stripYears = (s: string) => s.replace(/数读2020|20(?:20|21)(?=年)/g, '');

/**
 * Within each sentence of a text: the words that say what a number counts, its status word, its
 * scope, and its year where the text is about another (`year` null: any year may stand).
 */
export function checkSentences(ctx: CheckContext, file: string, entry: string, field: string, text: string, year: Year | null): void {
  for (const sentence of sentences(text)) {
    // The sentence as a reader reads it, and where each token ends in it.
    let plain = '';
    const refs: Array<{ ids: string[]; end: number }> = [];
    for (const part of parseTokens(sentence)) {
      if (part.type === 'text') plain += part.value;
      else {
        plain += printedText(ctx.entryOf(part.ids[0]!) ?? fallback(part.ids[0]!));
        refs.push({ ids: part.ids, end: plain.length });
      }
    }
    for (const { ids, end } of refs) {
      // What the sentence has said by the end of the token's clause: "{{f-x}}企业升为规模以上工业企业" counts.
      const clauseEnd = plain.slice(end).search(/[，。；：！？]/);
      const context = plain.slice(0, clauseEnd < 0 ? plain.length : end + clauseEnd);
      for (const e of ids.map(ctx.entryOf).filter((x): x is Entry => !!x)) {
        if (!e.id.startsWith('h-')) {
          const collective = isRanking(e) ? e.collective : null;
          const missing = missingChars(labelOf(e), context);
          if (missing.length && !(collective && context.includes(collective))) {
            ctx.add(
              file,
              entry,
              field,
              `{{${e.id}}} (${labelOf(e)}) stands in a sentence that does not say "${missing.join('')}": is it credited to the right subject?`,
            );
          }
        }
        if (isRanking(e) && !sentence.includes(e.scope) && !printedText(e).includes(e.scope)) {
          ctx.add(file, entry, field, `{{${e.id}}} ranks within ${e.scope}: its sentence must say so`);
        }
        if (isFigure(e)) {
          const word = STATUS_WORDS[e.status];
          if (word && !word.test(sentence))
            ctx.add(file, entry, field, `{{${e.id}}} is a ${e.status}: its sentence must say so (${word.source})`);
          if (e.qualifier === '控制在' && !sentence.includes('控制在'))
            ctx.add(file, entry, field, `{{${e.id}}} keeps the article's 控制在`);
        }
        if (year !== null && e.year !== year && !sentence.includes(`${e.year}年`)) {
          ctx.add(file, entry, field, `{{${e.id}}} is a ${e.year} ${e.phase} in a text about ${year}: its sentence must say ${e.year}年`);
        }
      }
    }
  }
}

/** Every text the site writes: its tokens resolve to entries stated in the paragraphs the text rests on. */
export const claimTexts: Rule = (ctx) => {
  for (const { file, entry, field, claim, year } of claimsOf(ctx.set)) {
    const from = claim.from.map((id) => ctx.paragraphs.get(id)).filter((p): p is Paragraph => !!p);
    claim.from.forEach((id, i) => {
      if (!ctx.paragraphs.has(id)) ctx.dangling(file, entry, `${field}.from[${i}]`, `unknown paragraph "${id}"`, id);
    });
    const article = from.map((p) => p.text).join('\n');
    for (const part of parseTokens(claim.text)) {
      if (part.type !== 'ref') continue;
      const entries = part.ids.map((id) => [id, ctx.entryOf(id)] as const);
      for (const [id, e] of entries) {
        if (!e) ctx.dangling(file, entry, field, `token {{${id}}} names no figure, ranking or honour`, id);
        else if (!claim.from.includes(e.paragraph))
          ctx.add(file, entry, `${field}.from`, `{{${id}}} is stated in ${e.paragraph}, which this text does not name as its source`);
      }
      const found = entries.map(([, e]) => e).filter((e): e is Entry => !!e);
      if (found.length > 1) {
        const printed = new Set(found.map(printedText));
        const paras = new Set(found.map((e) => e.paragraph));
        if (printed.size > 1 || paras.size > 1)
          ctx.add(file, entry, field, `{{${part.ids.join('|')}}} groups entries that the article does not print as one phrase`);
      }
    }
    const plain = renderPlain(claim.text, ctx.entryOf);
    if (PLAIN_NUMBER.test(stripYears(claim.text.replace(/\{\{[^}]*\}\}/g, '')))) {
      ctx.add(file, entry, field, 'states a number as plain text; use a {{f-…}} token so it links to its source');
    }
    for (const m of plain.matchAll(/“([^”]+)”/g)) {
      if (!article.includes(m[1]!))
        ctx.add(file, entry, field, `quotes “${m[1]}”, which the paragraphs it names (${claim.from.join(', ')}) do not say`);
    }
    checkSentences(ctx, file, entry, field, claim.text, year);
  }
};
