import { CONTENT_FILES } from '../collections';
import { checkLabel, checkPhase, checkQuote, type Rule } from './context';

const file = CONTENT_FILES.rankings;

/** Rankings: a quote that holds the scope and the place as printed, and labels within the quote. */
export const rankingEntries: Rule = (ctx) => {
  for (const r of ctx.set.rankings) {
    checkQuote(ctx, file, r, [r.scope, r.printed]);
    checkLabel(ctx, file, r.id, 'indicator', r.indicator, r.quote);
    checkLabel(ctx, file, r.id, 'label', r.label, r.quote);
    if (r.collective && !ctx.paragraphs.get(r.paragraph)?.text.includes(r.collective)) {
      ctx.add(file, r.id, 'collective', `"${r.collective}" is not the article's word in ${r.paragraph}`);
    }
    checkPhase(ctx, file, r);
    if (r.figure && !ctx.figures.has(r.figure)) ctx.dangling(file, r.id, 'figure', `unknown figure "${r.figure}"`, r.figure);
  }
};
