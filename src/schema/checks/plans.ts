import { CONTENT_FILES } from '../collections';
import { tokenIds } from '../tokens';
import { checkPhase, checkQuote, type Rule } from './context';

const file = CONTENT_FILES.plans;

/** Plans: 2021 commitments, each stating every target it promises. */
export const planEntries: Rule = (ctx) => {
  for (const p of ctx.set.plans) {
    checkQuote(ctx, file, p, []);
    checkPhase(ctx, file, p);
    if (p.phase !== 'plan') ctx.add(file, p.id, 'phase', 'a plan\'s phase is "plan"');
    for (const [i, id] of p.targets.entries()) {
      const f = ctx.figures.get(id);
      if (!f) {
        ctx.dangling(file, p.id, `targets[${i}]`, `unknown figure "${id}"`, id);
        continue;
      }
      if (f.phase === 'result') ctx.add(file, p.id, `targets[${i}]`, `"${id}" is a 2020 result, not something this plan promises`);
      if (!tokenIds(p.summary).includes(id)) ctx.add(file, p.id, 'summary', `never states its target {{${id}}}`);
    }
  }
};
