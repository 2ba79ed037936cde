import { CONTENT_FILES } from '../collections';
import { claimsOf, renderPlain } from './claims';
import type { Rule } from './context';

const file = CONTENT_FILES.audit;

/** The fact-check record covers every text the site writes, as it reads now. */
export const auditRecord: Rule = (ctx) => {
  const claims = claimsOf(ctx.set);
  const claimByAt = new Map(claims.map((c) => [c.at, c]));
  const audited = new Set<string>();
  for (const [i, a] of ctx.set.audit.entries()) {
    const claim = claimByAt.get(a.at);
    if (audited.has(a.at)) ctx.add(file, a.at, `[${i}]`, 'is checked twice');
    audited.add(a.at);
    if (!claim) {
      ctx.add(file, a.at, 'at', 'names no text the site writes');
      continue;
    }
    const now = renderPlain(claim.claim.text, ctx.entryOf);
    if (a.text !== now)
      ctx.add(
        file,
        a.at,
        'text',
        `was checked as "${a.text}", but the site now says "${now}": check it again against the article and update this line`,
      );
    const article = claim.claim.from.map((id) => ctx.paragraphs.get(id)?.text ?? '').join('\n');
    for (const [j, words] of a.support.entries()) {
      if (!article.includes(words))
        ctx.add(file, a.at, `support[${j}]`, `"${words}" is not in the paragraphs the text rests on (${claim.claim.from.join(', ')})`);
    }
    if (a.verdict === 'corrected' && !a.note) ctx.add(file, a.at, 'note', 'say what was wrong before');
  }
  for (const c of claims) {
    if (!audited.has(c.at))
      ctx.add(
        file,
        c.at,
        '(missing)',
        `"${renderPlain(c.claim.text, ctx.entryOf)}" has not been checked against the article: add a line for it`,
      );
  }
};
