import { CONTENT_FILES } from '../collections';
import { sentences, tokenIds } from '../tokens';
import { renderPlain } from './claims';
import { checkPhase, type Rule } from './context';

const file = CONTENT_FILES.plans;

/**
 * Plans: each is whole sentences of its paragraph, verbatim (numbers as tokens), a 2021 plan,
 * headed by the article's own words where it has a title, and stating every number it promises.
 */
export const planEntries: Rule = (ctx) => {
  for (const p of ctx.set.plans) {
    checkPhase(ctx, file, p);
    if (p.phase !== 'plan') ctx.add(file, p.id, 'phase', 'a plan\'s phase is "plan"');
    const paragraph = ctx.paragraphs.get(p.paragraph);
    if (!paragraph) ctx.dangling(file, p.id, 'paragraph', `unknown paragraph "${p.paragraph}"`, p.paragraph);
    else {
      if (paragraph.section !== p.section)
        ctx.add(file, p.id, 'section', `is "${p.section}" but paragraph ${p.paragraph} belongs to "${paragraph.section}"`);
      const rendered = renderPlain(p.text, ctx.entryOf);
      if (!isSentenceRun(rendered, paragraph.text)) {
        ctx.add(file, p.id, 'text', `"${rendered}" is not whole sentences of paragraph ${p.paragraph}, word for word`);
      }
      if (p.title !== null && !rendered.startsWith(p.title))
        ctx.add(file, p.id, 'title', `"${p.title}" is not how its text begins: a title is the article's own opening words`);
    }
    for (const [i, id] of p.targets.entries()) {
      const f = ctx.figures.get(id);
      if (!f) {
        ctx.dangling(file, p.id, `targets[${i}]`, `unknown figure "${id}"`, id);
        continue;
      }
      if (f.phase === 'result') ctx.add(file, p.id, `targets[${i}]`, `"${id}" is a 2020 result, not something this plan promises`);
    }
    for (const id of tokenIds(p.text)) {
      const f = ctx.figures.get(id);
      if (f && f.phase !== 'result' && !p.targets.includes(id)) ctx.add(file, p.id, 'targets', `states {{${id}}} but does not list it`);
    }
    for (const id of p.targets) if (!tokenIds(p.text).includes(id)) ctx.add(file, p.id, 'text', `never states its target {{${id}}}`);
  }
};

/** Whether `text` is one or more whole sentences of `paragraph`, as printed. */
function isSentenceRun(text: string, paragraph: string): boolean {
  const all = sentences(paragraph);
  for (let start = 0; start < all.length; start++) {
    let run = '';
    for (let end = start; end < all.length; end++) {
      run += all[end];
      if (run === text) return true;
      if (!text.startsWith(run)) break;
    }
  }
  return false;
}

/**
 * The 2021 part is complete: every sentence of a 2021 section's paragraphs stands, word for word,
 * in one of its plans or in its prose (the sentences that are context, not commitments).
 */
export const planCoverage: Rule = (ctx) => {
  for (const s of ctx.set.sections) {
    if (s.year !== 2021) continue;
    const said = [
      ...s.plans.map((id) => ctx.plans.get(id)).flatMap((p) => (p ? [renderPlain(p.text, ctx.entryOf)] : [])),
      ...s.prose.map((c) => renderPlain(c.text, ctx.entryOf)),
    ].join('\n');
    for (const id of s.paragraphs) {
      const paragraph = ctx.paragraphs.get(id);
      if (paragraph?.kind !== 'paragraph') continue;
      for (const sentence of sentences(paragraph.text)) {
        if (!said.includes(sentence))
          ctx.add(
            CONTENT_FILES.sections,
            s.id,
            'plans',
            `the article's 2021 sentence "${sentence}" (${id}) is in no plan and no prose of this section`,
          );
      }
    }
  }
};
