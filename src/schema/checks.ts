import type { Chart } from './chart';
import type { Figure } from './figure';
import type { Honour } from './honour';
import type { ContentIssue } from './issue';
import type { Paragraph } from './paragraph';
import type { Plan } from './plan';
import type { Ranking } from './ranking';
import type { Section } from './section';
import { sentencesWithTokens, TOKEN } from './tokens';

export interface ContentSet {
  paragraphs: Paragraph[];
  figures: Figure[];
  rankings: Ranking[];
  honours: Honour[];
  plans: Plan[];
  sections: Section[];
  charts: Chart[];
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
} as const;

const STATUS_FOR_QUALIFIER = { 预计: 'estimate', 近: 'approximate', 力争: 'target', 控制在: 'reported' } as const;

/** Words a prose sentence must keep beside a figure of each status. */
const PROSE_WORDS: Record<string, RegExp> = {
  estimate: /预计/,
  target: /力争|目标/,
};

/**
 * Checks across entries, after each entry has passed its schema. Returns every problem found,
 * never stopping at the first, so one run lists everything to fix. `invalid` holds the ids of
 * entries that failed their schema: they are reported there once, so references to them are not
 * reported again as unknown.
 */
export function checkContent(set: ContentSet, invalid: ReadonlySet<string> = new Set()): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const add = (file: string, entry: string, field: string, message: string) =>
    issues.push({ file, entry, field, message });
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

  for (const f of set.figures) {
    checkQuote(CONTENT_FILES.figures, f, [f.printed, ...(f.qualifier && f.qualifier !== '近' ? [f.qualifier] : [])]);
    const expected = f.qualifier ? STATUS_FOR_QUALIFIER[f.qualifier] : f.year === 2021 ? 'target' : 'reported';
    if (f.status !== expected) add(CONTENT_FILES.figures, f.id, 'status', `is "${f.status}" but a ${f.year} figure with qualifier ${f.qualifier ?? 'none'} is "${expected}"`);
    if (f.status === 'target' && f.year !== 2021) add(CONTENT_FILES.figures, f.id, 'year', 'a target is a 2021 promise');
    if (f.qualifier === '近' && !f.printed.startsWith('近')) add(CONTENT_FILES.figures, f.id, 'printed', 'an approximate figure keeps 近 in its printed form');
    if (!sections.has(f.section)) dangling(CONTENT_FILES.figures, f.id, 'section', `unknown section "${f.section}"`, f.section);
  }
  for (const r of set.rankings) {
    checkQuote(CONTENT_FILES.rankings, r, [r.scope, r.printed]);
    if (r.figure && !figures.has(r.figure)) dangling(CONTENT_FILES.rankings, r.id, 'figure', `unknown figure "${r.figure}"`, r.figure);
  }
  for (const h of set.honours) checkQuote(CONTENT_FILES.honours, h, [h.title]);
  for (const p of set.plans) {
    checkQuote(CONTENT_FILES.plans, p, []);
    p.targets.forEach((id, i) => {
      if (!figures.has(id)) dangling(CONTENT_FILES.plans, p.id, `targets[${i}]`, `unknown figure "${id}"`, id);
    });
  }

  // Sections: every reference resolves; every entry is listed by its own section, once.
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
        if (listedIn.has(id)) add(CONTENT_FILES.sections, s.id, `${field}[${i}]`, `"${id}" is already listed by section "${listedIn.get(id)}"`);
        listedIn.set(id, s.id);
      });
    }
    if (!figures.has(s.keyFigure) && !rankings.has(s.keyFigure)) dangling(CONTENT_FILES.sections, s.id, 'keyFigure', `unknown figure or ranking "${s.keyFigure}"`, s.keyFigure);

    const tokens = new Set<string>();
    s.prose.forEach((text, i) => {
      for (const m of text.matchAll(TOKEN)) {
        const id = m[1]!;
        tokens.add(id);
        if (!figures.has(id) && !rankings.has(id) && !honours.has(id)) dangling(CONTENT_FILES.sections, s.id, `prose[${i}]`, `token {{${id}}} names no figure, ranking or honour`, id);
      }
      if (/[0-9０-９]/.test(text.replace(TOKEN, '').replace(/数读2020|20[0-9]{2}年/g, ''))) add(CONTENT_FILES.sections, s.id, `prose[${i}]`, 'states a number as plain text; use a {{f-…}} token so it links to its source');
      for (const { sentence, ids } of sentencesWithTokens(text)) {
        for (const id of ids) {
          const f = figures.get(id);
          if (!f) continue;
          const word = PROSE_WORDS[f.status];
          if (word && !word.test(sentence)) add(CONTENT_FILES.sections, s.id, `prose[${i}]`, `{{${id}}} is a ${f.status}: its sentence must say so (${word.source})`);
          if (f.qualifier === '控制在' && !sentence.includes('控制在')) add(CONTENT_FILES.sections, s.id, `prose[${i}]`, `{{${id}}} keeps the article's 控制在`);
        }
      }
    });
    for (const id of [...s.figures, ...s.rankings, ...s.honours]) {
      if (!tokens.has(id)) add(CONTENT_FILES.sections, s.id, 'prose', `"${id}" is in this section but its prose never states it`);
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

  for (const c of set.charts) {
    if (!sections.has(c.section)) dangling(CONTENT_FILES.charts, c.id, 'section', `unknown section "${c.section}"`, c.section);
    else if (!sections.get(c.section)!.charts.includes(c.id)) add(CONTENT_FILES.charts, c.id, 'section', `section "${c.section}" does not list this chart`);
    c.figures.forEach((id, i) => {
      if (!figures.has(id)) dangling(CONTENT_FILES.charts, c.id, `figures[${i}]`, `unknown figure "${id}"`, id);
    });
    c.rankings.forEach((id, i) => {
      if (!rankings.has(id)) dangling(CONTENT_FILES.charts, c.id, `rankings[${i}]`, `unknown ranking "${id}"`, id);
    });
    c.steps.forEach((text, i) => {
      for (const m of text.matchAll(TOKEN)) {
        const id = m[1]!;
        if (!figures.has(id) && !rankings.has(id) && !honours.has(id)) dangling(CONTENT_FILES.charts, c.id, `steps[${i}]`, `token {{${id}}} names no figure, ranking or honour`, id);
      }
      for (const { sentence, ids } of sentencesWithTokens(text)) {
        for (const id of ids) {
          const word = PROSE_WORDS[figures.get(id)?.status ?? ''];
          if (word && !word.test(sentence)) add(CONTENT_FILES.charts, c.id, `steps[${i}]`, `{{${id}}} needs its qualifier in the same sentence (${word.source})`);
        }
      }
    });
  }
  return issues;
}
