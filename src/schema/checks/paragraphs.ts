import { CONTENT_FILES } from '../collections';
import type { Rule } from './context';

/** Paragraphs: each has its own place in reading order. */
export const paragraphOrder: Rule = (ctx) => {
  const orders = new Map<number, string>();
  for (const p of ctx.set.paragraphs) {
    const other = orders.get(p.order);
    if (other) ctx.add(CONTENT_FILES.paragraphs, p.id, 'order', `same order ${p.order} as ${other}`);
    orders.set(p.order, p.id);
  }
};
