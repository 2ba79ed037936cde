import { CONTENT_FILES } from '../collections';
import type { Rule } from './context';

const file = CONTENT_FILES.changes;

/** The change log: the publication first, then updates and corrections in order, each naming what exists. */
export const changeLog: Rule = (ctx) => {
  const { changes } = ctx.set;
  changes.forEach((change, i) => {
    const previous = changes[i - 1];
    if (previous && Date.parse(previous.date) > Date.parse(change.date))
      ctx.add(file, change.id, 'date', `is earlier than ${previous.id}: keep the log in order`);
    if (i === 0 && change.kind !== '发布') ctx.add(file, change.id, 'kind', 'the first entry is the publication (发布)');
    if (i > 0 && change.kind === '发布') ctx.add(file, change.id, 'kind', 'the site is published once; later entries are 更新 or 更正');
    if (change.kind === '更正' && change.touches.length === 0) ctx.add(file, change.id, 'touches', 'a correction names what it corrects');
    change.touches.forEach((id, j) => {
      if (!ctx.entryOf(id) && !ctx.sections.has(id) && !ctx.plans.has(id))
        ctx.dangling(file, change.id, `touches[${j}]`, `unknown id "${id}"`, id);
    });
  });
  if (changes.length === 0) ctx.add(file, '(file)', '(file)', 'the log needs its first entry, the publication (发布)');
};
