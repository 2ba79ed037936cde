import { CONTENT_FILES } from '../collections';
import { tokenIds } from '../tokens';
import { checkSentences, renderPlain } from './claims';
import type { Rule } from './context';

const file = CONTENT_FILES.sections;

/**
 * Sections: every reference resolves; every figure, ranking, honour and plan is listed by its own
 * section, once, and stated in its prose; the key-figure bullets print exactly as the article does.
 */
export const sectionEntries: Rule = (ctx) => {
  const listedIn = new Map<string, string>();
  for (const s of ctx.set.sections) {
    const lists = [
      ['figures', s.figures, ctx.figures],
      ['rankings', s.rankings, ctx.rankings],
      ['honours', s.honours, ctx.honours],
      ['plans', s.plans, ctx.plans],
      ['paragraphs', s.paragraphs, ctx.paragraphs],
    ] as const;
    for (const [field, ids, map] of lists) {
      for (const [i, id] of ids.entries()) {
        const item = map.get(id);
        if (!item) {
          ctx.dangling(file, s.id, `${field}[${i}]`, `unknown id "${id}"`, id);
          continue;
        }
        if (item.section !== s.id) ctx.add(file, s.id, `${field}[${i}]`, `"${id}" belongs to section "${item.section}"`);
        if ('year' in item && item.year !== s.year)
          ctx.add(file, s.id, `${field}[${i}]`, `"${id}" is a ${item.year} entry in a section about ${s.year}`);
        if (listedIn.has(id)) ctx.add(file, s.id, `${field}[${i}]`, `"${id}" is already listed by section "${listedIn.get(id)}"`);
        listedIn.set(id, s.id);
      }
    }
    if (s.keyFigure !== null) {
      const key = ctx.entryOf(s.keyFigure);
      if (!key) ctx.dangling(file, s.id, 'keyFigure', `unknown figure or ranking "${s.keyFigure}"`, s.keyFigure);
      else if (key.year !== s.year)
        ctx.add(file, s.id, 'keyFigure', `"${s.keyFigure}" is a ${key.year} ${key.phase}: a section about ${s.year} does not lead with it`);
    }
    if (renderPlain(s.description.text, ctx.entryOf).length > 160)
      ctx.add(file, s.id, 'description', 'is longer than 160 characters as rendered');

    for (const [i, b] of s.bullets.entries()) {
      const p = ctx.paragraphs.get(b.paragraph);
      if (!p) {
        ctx.dangling(file, s.id, `bullets[${i}].paragraph`, `unknown paragraph "${b.paragraph}"`, b.paragraph);
        continue;
      }
      if (p.kind !== 'bullet') ctx.add(file, s.id, `bullets[${i}].paragraph`, `${b.paragraph} is not a key-figure bullet of the article`);
      const rendered = renderPlain(b.text, ctx.entryOf);
      if (rendered !== p.text)
        ctx.add(file, s.id, `bullets[${i}].text`, `renders as "${rendered}", not as the article prints ${b.paragraph}: "${p.text}"`);
      if (!tokenIds(b.text).includes(b.lead)) ctx.add(file, s.id, `bullets[${i}].lead`, `"${b.lead}" is not one of this bullet's figures`);
      for (const id of tokenIds(b.text))
        if (!ctx.entryOf(id)) ctx.dangling(file, s.id, `bullets[${i}].text`, `token {{${id}}} names no figure, ranking or honour`, id);
      checkSentences(ctx, file, s.id, `bullets[${i}].text`, b.text, null);
    }

    const stated = new Set([
      ...s.prose.flatMap((c) => tokenIds(c.text)),
      ...s.plans.flatMap((id) => tokenIds(ctx.plans.get(id)?.text ?? '')),
    ]);
    if ((s.headline !== null) !== (s.order === 0))
      ctx.add(file, s.id, 'headline', "the opening section, and only it, carries the story's headline");
    for (const id of [...s.figures, ...s.rankings, ...s.honours]) {
      if (!stated.has(id)) ctx.add(file, s.id, 'prose', `"${id}" is in this section but its prose never states it`);
    }
  }
  for (const [listFile, items] of [
    [CONTENT_FILES.figures, ctx.set.figures],
    [CONTENT_FILES.rankings, ctx.set.rankings],
    [CONTENT_FILES.honours, ctx.set.honours],
    [CONTENT_FILES.plans, ctx.set.plans],
  ] as const) {
    for (const item of items)
      if (!listedIn.has(item.id)) ctx.add(listFile, item.id, 'section', `no section lists "${item.id}", so the site never shows it`);
  }
};
