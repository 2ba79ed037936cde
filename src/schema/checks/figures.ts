import { CONTENT_FILES } from '../collections';
import { checkLabel, checkPhase, checkQuote, type Rule } from './context';

const file = CONTENT_FILES.figures;
const STATUS_FOR_QUALIFIER = { 预计: 'estimate', 近: 'approximate', 力争: 'target', 控制在: 'reported' } as const;

/**
 * Figures: a quote that holds the number as printed (and the qualifier beside it), a label within
 * the quote, and a status, phase and year that agree with the article's words.
 */
export const figureEntries: Rule = (ctx) => {
  for (const f of ctx.set.figures) {
    checkQuote(ctx, file, f, [f.printed, ...(f.qualifier && f.qualifier !== '近' ? [f.qualifier] : [])]);
    checkLabel(ctx, file, f.id, 'label', f.label, f.quote);
    checkPhase(ctx, file, f);
    const expected = f.qualifier
      ? STATUS_FOR_QUALIFIER[f.qualifier]
      : f.phase === 'plan'
        ? 'plan'
        : f.phase === 'target'
          ? 'target'
          : 'reported';
    if (f.status !== expected)
      ctx.add(file, f.id, 'status', `is "${f.status}" but a ${f.phase} with qualifier ${f.qualifier ?? 'none'} is "${expected}"`);
    const phaseOfStatus = f.status === 'target' ? 'target' : f.status === 'plan' ? 'plan' : 'result';
    if (f.phase !== phaseOfStatus)
      ctx.add(file, f.id, 'phase', `is "${f.phase}" but a figure of status "${f.status}" is a ${phaseOfStatus}`);
    if (f.status === 'target' && f.qualifier !== '力争') ctx.add(file, f.id, 'qualifier', "a target keeps the article's 力争");
    if (f.qualifier === '近' && !f.printed.startsWith('近'))
      ctx.add(file, f.id, 'printed', 'an approximate figure keeps 近 in its printed form');
    if (!ctx.sections.has(f.section)) ctx.dangling(file, f.id, 'section', `unknown section "${f.section}"`, f.section);
  }
};
