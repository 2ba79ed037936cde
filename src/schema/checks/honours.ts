import { CONTENT_FILES } from '../collections';
import { checkPhase, checkQuote, type Rule } from './context';

const file = CONTENT_FILES.honours;

/**
 * The article's verbs for being awarded a title or a place on a list. An honour is something
 * conferred: "诞生了全省蔬菜生产大王" (the park produced the province's vegetable king) is not one.
 */
const CONFERRED = /喜获|入选|纳入|通过|获批|跻身|荣获|被评为/;

/** Honours: titles the article says were conferred, quoted with their title. */
export const honourEntries: Rule = (ctx) => {
  for (const h of ctx.set.honours) {
    checkQuote(ctx, file, h, [h.title]);
    const before = h.quote.slice(0, Math.max(0, h.quote.indexOf(h.title)));
    if (!CONFERRED.test(before))
      ctx.add(
        file,
        h.id,
        'quote',
        `the article does not say "${h.title}" was conferred (${CONFERRED.source}) before it: it is not an honour`,
      );
    checkPhase(ctx, file, h);
  }
};
