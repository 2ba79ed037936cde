import type { AuditEntry } from './audit';
import type { Chart } from './chart';
import type { Change } from './change';
import type { Figure } from './figure';
import type { Honour } from './honour';
import type { ContentIssue } from './issue';
import type { Paragraph } from './paragraph';
import type { Plan } from './plan';
import { type Entry, isFigure, isRanking, labelOf, printedText } from './printed';
import type { Ranking } from './ranking';
import type { Section } from './section';
import { parseTokens, sentences, tokenIds } from './tokens';
import { UNIT_INFO } from './units';
import { type Claim, PHASE_YEAR, type Year } from './vocab';

export interface ContentSet {
  paragraphs: Paragraph[];
  figures: Figure[];
  rankings: Ranking[];
  honours: Honour[];
  plans: Plan[];
  sections: Section[];
  charts: Chart[];
  changes: Change[];
  audit: AuditEntry[];
}

/** Where each collection lives, relative to the content folder; errors name these files. */
export const CONTENT_FILES = {
  paragraphs: 'article/paragraphs.json',
  repairs: 'article/repairs.json',
  raw: 'article/raw.txt',
  figures: 'figures.json',
  rankings: 'rankings.json',
  honours: 'honours.json',
  plans: 'plans.json',
  sections: 'sections.json',
  charts: 'charts.json',
  source: 'source.json',
  changes: 'changes.json',
  audit: 'audit.json',
} as const;

const STATUS_FOR_QUALIFIER = { 预计: 'estimate', 近: 'approximate', 力争: 'target', 控制在: 'reported' } as const;

/** Words a sentence must keep beside a figure of each status. */
const STATUS_WORDS: Record<string, RegExp> = { estimate: /预计/, target: /力争|目标/ };

/**
 * Words that narrow what a number counts. Where a quote has one, the label keeps it: a label may
 * abridge its quote but never widen it (农村危桥, not 危桥).
 */
const SCOPE_WORDS = ['农村', '城镇', '城区', '其中', '省市', '国家重点生态功能区', '历史遗留'] as const;

/**
 * The article's verbs for being awarded a title or a place on a list. An honour is something
 * conferred: "诞生了全省蔬菜生产大王" (the park produced the province's vegetable king) is not one.
 */
const CONFERRED = /喜获|入选|纳入|通过|获批|跻身|荣获|被评为/;

/** The one pair of words a label may swap for the article's: the rate (增速) of what grew (增长). */
const normaliseWords = (s: string) => s.replace(/增速/g, '增长');

/** The characters that carry meaning: punctuation, spaces and brackets aside. */
const meaningful = (s: string) => [...normaliseWords(s)].filter((c) => /[\p{L}\p{N}]/u.test(c));

/** The characters of `label` that `text` lacks. */
function missingChars(label: string, text: string): string[] {
  const have = new Set(meaningful(text));
  return [...new Set(meaningful(label).filter((c) => !have.has(c)))];
}

/** Digits written as text: only years may be (2020年, 数读2020); every number is a token. */
const PLAIN_NUMBER = /[0-9０-９]/;
const stripYears = (s: string) => s.replace(/数读2020|20(?:20|21)(?=年)/g, '');

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
    const add = (field: string, claim: Claim) =>
      out.push({ file: CONTENT_FILES.sections, entry: s.id, field, at: `sections/${s.id}/${field.replace(/\[(\d+)\]/, '/$1')}`, claim, year: s.year });
    add('point', s.point);
    add('description', s.description);
    s.prose.forEach((c, i) => add(`prose[${i}]`, c));
  }
  for (const c of set.charts) {
    const year = sectionYear.get(c.section) ?? 2020;
    const add = (field: string, claim: Claim) =>
      out.push({ file: CONTENT_FILES.charts, entry: c.id, field, at: `charts/${c.id}/${field.replace(/\[(\d+)\]/, '/$1')}`, claim, year });
    add('title', c.title);
    c.notes.forEach((n, i) => add(`notes[${i}]`, n));
    c.steps.forEach((n, i) => add(`steps[${i}]`, n));
  }
  for (const p of set.plans) {
    out.push({ file: CONTENT_FILES.plans, entry: p.id, field: 'summary', at: `plans/${p.id}/summary`, claim: { text: p.summary, from: [p.paragraph] }, year: p.year });
  }
  return out;
}

/** A text with its tokens replaced by the entries as printed (a group prints once). */
export function renderPlain(text: string, entry: (id: string) => Entry | undefined): string {
  return parseTokens(text)
    .map((p) => (p.type === 'text' ? p.value : printedText(entry(p.ids[0]!) ?? fallback(p.ids[0]!))))
    .join('');
}
const fallback = (id: string): Entry => ({ id: 'h-unknown', title: `{{${id}}}` }) as Honour;

/**
 * Checks across entries, after each entry has passed its schema. Returns every problem found,
 * never stopping at the first, so one run lists everything to fix. `invalid` holds the ids of
 * entries that failed their schema: they are reported there once, so references to them are not
 * reported again as unknown.
 */
export function checkContent(set: ContentSet, invalid: ReadonlySet<string> = new Set()): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (file: string, entry: string, field: string, message: string) => issues.push({ file, entry, field, message });
  const dangling = (file: string, entry: string, field: string, message: string, id: string) => {
    if (!invalid.has(id)) add(file, entry, field, message);
  };

  const byId = <T extends { id: string }>(items: T[], file: string) => {
    const map = new Map<string, T>();
    for (const item of items) {
      if (map.has(item.id)) add(file, item.id, 'id', 'duplicate id: another entry in this file has the same id');
      else map.set(item.id, item);
    }
    return map;
  };
  const paragraphs = byId(set.paragraphs, CONTENT_FILES.paragraphs);
  const figures = byId(set.figures, CONTENT_FILES.figures);
  const rankings = byId(set.rankings, CONTENT_FILES.rankings);
  const honours = byId(set.honours, CONTENT_FILES.honours);
  const plans = byId(set.plans, CONTENT_FILES.plans);
  const sections = byId(set.sections, CONTENT_FILES.sections);
  byId(set.charts, CONTENT_FILES.charts);
  byId(set.changes, CONTENT_FILES.changes);
  const entryOf = (id: string): Entry | undefined => figures.get(id) ?? rankings.get(id) ?? honours.get(id);

  const orders = new Map<number, string>();
  for (const p of set.paragraphs) {
    const other = orders.get(p.order);
    if (other) add(CONTENT_FILES.paragraphs, p.id, 'order', `same order ${p.order} as ${other}`);
    orders.set(p.order, p.id);
  }

  // Quotes: verbatim in their paragraph, and holding what they claim to hold.
  const checkQuote = (file: string, entry: { id: string; paragraph: string; quote: string; section: string }, must: string[]) => {
    const paragraph = paragraphs.get(entry.paragraph);
    if (!paragraph) {
      dangling(file, entry.id, 'paragraph', `unknown paragraph "${entry.paragraph}"`, entry.paragraph);
      return;
    }
    if (!paragraph.text.includes(entry.quote)) add(file, entry.id, 'quote', `does not occur verbatim in paragraph ${entry.paragraph}`);
    for (const word of must) {
      if (!entry.quote.includes(word)) add(file, entry.id, 'quote', `does not contain "${word}" as printed`);
    }
    if (paragraph.section !== entry.section) {
      add(file, entry.id, 'section', `is "${entry.section}" but paragraph ${entry.paragraph} belongs to "${paragraph.section}"`);
    }
  };
  // Labels abridge their quote: no word the quote lacks, no scope word of the quote dropped.
  const checkLabel = (file: string, id: string, field: string, label: string, quote: string) => {
    const extra = missingChars(label, quote);
    if (extra.length) add(file, id, field, `"${label}" says "${extra.join('')}", which its quote does not: a label abridges the article's words, never adds to them`);
    for (const word of SCOPE_WORDS) {
      if (quote.includes(word) && !label.includes(word)) add(file, id, field, `"${label}" drops "${word}" from its quote: keep the scope words`);
    }
  };
  // Years and phases: data that every label, status word and source line is derived from.
  const checkPhase = (file: string, e: { id: string; phase: keyof typeof PHASE_YEAR; year: Year }) => {
    if (PHASE_YEAR[e.phase] !== e.year) add(file, e.id, 'year', `a ${e.phase} belongs to ${PHASE_YEAR[e.phase]}, not ${e.year}`);
  };

  for (const f of set.figures) {
    checkQuote(CONTENT_FILES.figures, f, [f.printed, ...(f.qualifier && f.qualifier !== '近' ? [f.qualifier] : [])]);
    checkLabel(CONTENT_FILES.figures, f.id, 'label', f.label, f.quote);
    checkPhase(CONTENT_FILES.figures, f);
    const expected = f.qualifier ? STATUS_FOR_QUALIFIER[f.qualifier] : f.phase === 'plan' ? 'plan' : f.phase === 'target' ? 'target' : 'reported';
    if (f.status !== expected) add(CONTENT_FILES.figures, f.id, 'status', `is "${f.status}" but a ${f.phase} with qualifier ${f.qualifier ?? 'none'} is "${expected}"`);
    const phaseOfStatus = f.status === 'target' ? 'target' : f.status === 'plan' ? 'plan' : 'result';
    if (f.phase !== phaseOfStatus) add(CONTENT_FILES.figures, f.id, 'phase', `is "${f.phase}" but a figure of status "${f.status}" is a ${phaseOfStatus}`);
    if (f.status === 'target' && f.qualifier !== '力争') add(CONTENT_FILES.figures, f.id, 'qualifier', 'a target keeps the article\'s 力争');
    if (f.qualifier === '近' && !f.printed.startsWith('近')) add(CONTENT_FILES.figures, f.id, 'printed', 'an approximate figure keeps 近 in its printed form');
    if (!sections.has(f.section)) dangling(CONTENT_FILES.figures, f.id, 'section', `unknown section "${f.section}"`, f.section);
  }
  for (const r of set.rankings) {
    checkQuote(CONTENT_FILES.rankings, r, [r.scope, r.printed]);
    checkLabel(CONTENT_FILES.rankings, r.id, 'indicator', r.indicator, r.quote);
    checkLabel(CONTENT_FILES.rankings, r.id, 'label', r.label, r.quote);
    if (r.collective && !paragraphs.get(r.paragraph)?.text.includes(r.collective)) add(CONTENT_FILES.rankings, r.id, 'collective', `"${r.collective}" is not the article's word in ${r.paragraph}`);
    checkPhase(CONTENT_FILES.rankings, r);
    if (r.figure && !figures.has(r.figure)) dangling(CONTENT_FILES.rankings, r.id, 'figure', `unknown figure "${r.figure}"`, r.figure);
  }
  for (const h of set.honours) {
    checkQuote(CONTENT_FILES.honours, h, [h.title]);
    const before = h.quote.slice(0, Math.max(0, h.quote.indexOf(h.title)));
    if (!CONFERRED.test(before)) add(CONTENT_FILES.honours, h.id, 'quote', `the article does not say "${h.title}" was conferred (${CONFERRED.source}) before it: it is not an honour`);
    checkPhase(CONTENT_FILES.honours, h);
  }
  for (const p of set.plans) {
    checkQuote(CONTENT_FILES.plans, p, []);
    checkPhase(CONTENT_FILES.plans, p);
    if (p.phase !== 'plan') add(CONTENT_FILES.plans, p.id, 'phase', 'a plan\'s phase is "plan"');
    p.targets.forEach((id, i) => {
      const f = figures.get(id);
      if (!f) return dangling(CONTENT_FILES.plans, p.id, `targets[${i}]`, `unknown figure "${id}"`, id);
      if (f.phase === 'result') add(CONTENT_FILES.plans, p.id, `targets[${i}]`, `"${id}" is a 2020 result, not something this plan promises`);
      if (!tokenIds(p.summary).includes(id)) add(CONTENT_FILES.plans, p.id, 'summary', `never states its target {{${id}}}`);
    });
  }

  // Every text the site writes: tokens resolve to entries stated in the paragraphs the text rests on.
  const claims = claimsOf(set);
  for (const c of claims) checkClaim(c);
  function checkClaim({ file, entry, field, claim, year }: ClaimAt) {
    const from = claim.from.map((id) => paragraphs.get(id)).filter((p): p is Paragraph => !!p);
    claim.from.forEach((id, i) => {
      if (!paragraphs.has(id)) dangling(file, entry, `${field}.from[${i}]`, `unknown paragraph "${id}"`, id);
    });
    const article = from.map((p) => p.text).join('\n');
    for (const part of parseTokens(claim.text)) {
      if (part.type !== 'ref') continue;
      const entries = part.ids.map((id) => [id, entryOf(id)] as const);
      for (const [id, e] of entries) {
        if (!e) dangling(file, entry, field, `token {{${id}}} names no figure, ranking or honour`, id);
        else if (!claim.from.includes(e.paragraph)) add(file, entry, `${field}.from`, `{{${id}}} is stated in ${e.paragraph}, which this text does not name as its source`);
      }
      const found = entries.map(([, e]) => e).filter((e): e is Entry => !!e);
      if (found.length > 1) {
        const printed = new Set(found.map(printedText));
        const paras = new Set(found.map((e) => e.paragraph));
        if (printed.size > 1 || paras.size > 1) add(file, entry, field, `{{${part.ids.join('|')}}} groups entries that the article does not print as one phrase`);
      }
    }
    const plain = renderPlain(claim.text, entryOf);
    if (PLAIN_NUMBER.test(stripYears(claim.text.replace(/\{\{[^}]*\}\}/g, '')))) add(file, entry, field, 'states a number as plain text; use a {{f-…}} token so it links to its source');
    for (const m of plain.matchAll(/“([^”]+)”/g)) {
      if (!article.includes(m[1]!)) add(file, entry, field, `quotes “${m[1]}”, which the paragraphs it names (${claim.from.join(', ')}) do not say`);
    }
    checkSentences(file, entry, field, claim.text, year);
  }
  // Within each sentence: the words that say what a number counts, its status word and its year.
  function checkSentences(file: string, entry: string, field: string, text: string, year: Year | null) {
    for (const sentence of sentences(text)) {
      // The sentence as a reader reads it, and where each token ends in it.
      let plain = '';
      const refs: Array<{ ids: string[]; end: number }> = [];
      for (const part of parseTokens(sentence)) {
        if (part.type === 'text') plain += part.value;
        else {
          plain += printedText(entryOf(part.ids[0]!) ?? fallback(part.ids[0]!));
          refs.push({ ids: part.ids, end: plain.length });
        }
      }
      for (const { ids, end } of refs) {
        // What the sentence has said by the end of the token's clause: "{{f-x}}企业升为规模以上工业企业" counts.
        const clauseEnd = plain.slice(end).search(/[，。；：！？]/);
        const context = plain.slice(0, clauseEnd < 0 ? plain.length : end + clauseEnd);
        for (const e of ids.map(entryOf).filter((x): x is Entry => !!x)) {
          if (!e.id.startsWith('h-')) {
            const collective = isRanking(e) ? e.collective : null;
            const missing = missingChars(labelOf(e), context);
            if (missing.length && !(collective && context.includes(collective))) {
              add(file, entry, field, `{{${e.id}}} (${labelOf(e)}) stands in a sentence that does not say "${missing.join('')}": is it credited to the right subject?`);
            }
          }
          if (isRanking(e) && !sentence.includes(e.scope) && !printedText(e).includes(e.scope)) {
            add(file, entry, field, `{{${e.id}}} ranks within ${e.scope}: its sentence must say so`);
          }
          if (isFigure(e)) {
            const word = STATUS_WORDS[e.status];
            if (word && !word.test(sentence)) add(file, entry, field, `{{${e.id}}} is a ${e.status}: its sentence must say so (${word.source})`);
            if (e.qualifier === '控制在' && !sentence.includes('控制在')) add(file, entry, field, `{{${e.id}}} keeps the article's 控制在`);
          }
          if (year !== null && e.year !== year && !sentence.includes(`${e.year}年`)) {
            add(file, entry, field, `{{${e.id}}} is a ${e.year} ${e.phase} in a text about ${year}: its sentence must say ${e.year}年`);
          }
        }
      }
    }
  }

  // Sections: every reference resolves; every entry is listed by its own section, once, and stated.
  const listedIn = new Map<string, string>();
  for (const s of set.sections) {
    const lists = [
      ['figures', s.figures, figures],
      ['rankings', s.rankings, rankings],
      ['honours', s.honours, honours],
      ['plans', s.plans, plans],
      ['paragraphs', s.paragraphs, paragraphs],
    ] as const;
    for (const [field, ids, map] of lists) {
      ids.forEach((id, i) => {
        const item = map.get(id);
        if (!item) return dangling(CONTENT_FILES.sections, s.id, `${field}[${i}]`, `unknown id "${id}"`, id);
        if (item.section !== s.id) add(CONTENT_FILES.sections, s.id, `${field}[${i}]`, `"${id}" belongs to section "${item.section}"`);
        if ('year' in item && item.year !== s.year) add(CONTENT_FILES.sections, s.id, `${field}[${i}]`, `"${id}" is a ${item.year} entry in a section about ${s.year}`);
        if (listedIn.has(id)) add(CONTENT_FILES.sections, s.id, `${field}[${i}]`, `"${id}" is already listed by section "${listedIn.get(id)}"`);
        listedIn.set(id, s.id);
      });
    }
    if (s.keyFigure !== null) {
      const key = entryOf(s.keyFigure);
      if (!key) dangling(CONTENT_FILES.sections, s.id, 'keyFigure', `unknown figure or ranking "${s.keyFigure}"`, s.keyFigure);
      else if (key.year !== s.year) add(CONTENT_FILES.sections, s.id, 'keyFigure', `"${s.keyFigure}" is a ${key.year} ${key.phase}: a section about ${s.year} does not lead with it`);
    }
    if (renderPlain(s.description.text, entryOf).length > 160) add(CONTENT_FILES.sections, s.id, 'description', 'is longer than 160 characters as rendered');

    s.bullets.forEach((b, i) => {
      const p = paragraphs.get(b.paragraph);
      if (!p) return dangling(CONTENT_FILES.sections, s.id, `bullets[${i}].paragraph`, `unknown paragraph "${b.paragraph}"`, b.paragraph);
      if (p.kind !== 'bullet') add(CONTENT_FILES.sections, s.id, `bullets[${i}].paragraph`, `${b.paragraph} is not a key-figure bullet of the article`);
      const rendered = renderPlain(b.text, entryOf);
      if (rendered !== p.text) add(CONTENT_FILES.sections, s.id, `bullets[${i}].text`, `renders as "${rendered}", not as the article prints ${b.paragraph}: "${p.text}"`);
      if (!tokenIds(b.text).includes(b.lead)) add(CONTENT_FILES.sections, s.id, `bullets[${i}].lead`, `"${b.lead}" is not one of this bullet's figures`);
      for (const id of tokenIds(b.text)) if (!entryOf(id)) dangling(CONTENT_FILES.sections, s.id, `bullets[${i}].text`, `token {{${id}}} names no figure, ranking or honour`, id);
      checkSentences(CONTENT_FILES.sections, s.id, `bullets[${i}].text`, b.text, null);
    });

    const stated = new Set([
      ...s.prose.flatMap((c) => tokenIds(c.text)),
      ...s.plans.flatMap((id) => tokenIds(plans.get(id)?.summary ?? '')),
    ]);
    for (const id of [...s.figures, ...s.rankings, ...s.honours]) {
      if (!stated.has(id)) add(CONTENT_FILES.sections, s.id, 'prose', `"${id}" is in this section but its prose never states it`);
    }
  }
  for (const [file, items] of [
    [CONTENT_FILES.figures, set.figures],
    [CONTENT_FILES.rankings, set.rankings],
    [CONTENT_FILES.honours, set.honours],
    [CONTENT_FILES.plans, set.plans],
  ] as const) {
    for (const item of items) if (!listedIn.has(item.id)) add(file, item.id, 'section', `no section lists "${item.id}", so the site never shows it`);
  }

  // Charts: each entry in its role, and the roles make sense together.
  for (const c of set.charts) {
    const file = CONTENT_FILES.charts;
    if (!sections.has(c.section)) dangling(file, c.id, 'section', `unknown section "${c.section}"`, c.section);
    else if (!sections.get(c.section)!.charts.includes(c.id)) add(file, c.id, 'section', `section "${c.section}" does not list this chart`);
    const figure = (id: string, field: string) => {
      const f = figures.get(id);
      if (!f) dangling(file, c.id, field, `unknown figure "${id}"`, id);
      return f;
    };
    switch (c.kind) {
      case 'bars': {
        const bars = c.bars.map((id, i) => figure(id, `bars[${i}]`)).filter((f): f is Figure => !!f);
        const bases = new Set(bars.map((f) => baseOf(f.unit)));
        if (bases.size > 1) add(file, c.id, 'bars', `bars on one scale need one base unit, not ${[...bases].join(' and ')}`);
        break;
      }
      case 'units': {
        const whole = figure(c.whole, 'whole');
        const part = figure(c.part, 'part');
        if (whole && part) {
          if (whole.unit !== part.unit) add(file, c.id, 'part', `the part (${part.unit}) and the whole (${whole.unit}) count different things`);
          if (part.value > whole.value) add(file, c.id, 'part', `the part (${part.printed}) is larger than the whole (${whole.printed})`);
          if (!Number.isInteger(whole.value) || !Number.isInteger(part.value)) add(file, c.id, 'whole', 'a unit chart draws one square per item: whole numbers only');
        }
        break;
      }
      case 'ranks':
        c.rankings.forEach((id, i) => {
          if (!rankings.has(id)) dangling(file, c.id, `rankings[${i}]`, `unknown ranking "${id}"`, id);
        });
        break;
      case 'tiles':
        c.tiles.forEach((id, i) => figure(id, `tiles[${i}]`));
        break;
      case 'pairs':
        c.pairs.forEach((pair, i) => {
          const target = figure(pair.target, `pairs[${i}].target`);
          const before = pair.before === null ? null : figure(pair.before, `pairs[${i}].before`);
          if (target && target.phase !== 'target') add(file, c.id, `pairs[${i}].target`, `"${target.id}" is a ${target.phase}, not a 2021 target`);
          if (before && before.phase !== 'result') add(file, c.id, `pairs[${i}].before`, `"${before.id}" is not a 2020 result`);
          if (target && before && target.unit !== before.unit) add(file, c.id, `pairs[${i}].before`, `counts ${before.unit}, the target counts ${target.unit}`);
        });
        break;
    }
  }

  // The fact-check record covers every text as it reads now.
  const claimByAt = new Map(claims.map((c) => [c.at, c]));
  const audited = new Set<string>();
  set.audit.forEach((a, i) => {
    const file = CONTENT_FILES.audit;
    const claim = claimByAt.get(a.at);
    if (audited.has(a.at)) add(file, a.at, `[${i}]`, 'is checked twice');
    audited.add(a.at);
    if (!claim) return add(file, a.at, 'at', 'names no text the site writes');
    const now = renderPlain(claim.claim.text, entryOf);
    if (a.text !== now) add(file, a.at, 'text', `was checked as "${a.text}", but the site now says "${now}": check it again against the article and update this line`);
    const article = claim.claim.from.map((id) => paragraphs.get(id)?.text ?? '').join('\n');
    a.support.forEach((words, j) => {
      if (!article.includes(words)) add(file, a.at, `support[${j}]`, `"${words}" is not in the paragraphs the text rests on (${claim.claim.from.join(', ')})`);
    });
    if (a.verdict === 'corrected' && !a.note) add(file, a.at, 'note', 'say what was wrong before');
  });
  for (const c of claims) if (!audited.has(c.at)) add(CONTENT_FILES.audit, c.at, '(missing)', `"${renderPlain(c.claim.text, entryOf)}" has not been checked against the article: add a line for it`);

  // The change log: in order, each change naming what exists.
  set.changes.forEach((change, i) => {
    const previous = set.changes[i - 1];
    if (previous && Date.parse(previous.date) > Date.parse(change.date)) add(CONTENT_FILES.changes, change.id, 'date', `is earlier than ${previous.id}: keep the log in order`);
    if (i === 0 && change.kind !== '发布') add(CONTENT_FILES.changes, change.id, 'kind', 'the first entry is the publication (发布)');
    if (i > 0 && change.kind === '发布') add(CONTENT_FILES.changes, change.id, 'kind', 'the site is published once; later entries are 更新 or 更正');
    if (change.kind === '更正' && change.touches.length === 0) add(CONTENT_FILES.changes, change.id, 'touches', 'a correction names what it corrects');
    change.touches.forEach((id, j) => {
      if (!entryOf(id) && !sections.has(id as never) && !plans.has(id)) dangling(CONTENT_FILES.changes, change.id, `touches[${j}]`, `unknown id "${id}"`, id);
    });
  });
  if (set.changes.length === 0) add(CONTENT_FILES.changes, '(file)', '(file)', 'the log needs its first entry, the publication (发布)');
  return issues;
}

/** Units that share a scale: 亿元 and 万元 are both 元. */
const baseOf = (unit: Figure['unit']): string => UNIT_INFO[unit].base;
