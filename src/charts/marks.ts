import type { Figure } from '../schema';
import { el, hatchId, type ChartOptions } from './svg';

/**
 * How a figure is drawn. Muling's reported results are solid accent; estimates hatched and
 * outlined; targets a dashed outline with no fill; approximate numbers (近) solid with an open,
 * dashed end. Every kind other than a plain result also says so in words beside the mark.
 */
export type MarkKind = 'muling' | 'context' | 'estimate' | 'target' | 'approximate';

/** Dash pattern of target outlines and of the open end of approximate bars. */
export const TARGET_DASH = '5 3';
export const APPROXIMATE_DASH = '3 2';
/** Length of the open end of an approximate bar, at most. */
export const APPROXIMATE_END = 14;

export function markKind(f: Pick<Figure, 'status'>): MarkKind {
  switch (f.status) {
    case 'estimate':
      return 'estimate';
    case 'target':
      return 'target';
    case 'approximate':
      return 'approximate';
    default:
      return 'muling';
  }
}

/**
 * The value as the chart prints it beside the mark: the article's printed form, plus the word that
 * says what it is — 11.0%（预计）, 目标 10户, 控制在3.35%, 近7000户.
 */
export function valueLabel(f: Pick<Figure, 'printed' | 'status' | 'qualifier'>): string {
  if (f.status === 'estimate') return `${f.printed}（预计）`;
  if (f.status === 'target') return `目标 ${f.printed}`;
  if (f.status === 'approximate' && !f.printed.startsWith('近')) return `近${f.printed}`;
  if (f.qualifier === '控制在') return `控制在${f.printed}`;
  return f.printed;
}

/** A horizontal bar of the given kind, from `x` to `x + w`. */
export function barMark(kind: MarkKind, x: number, y: number, w: number, h: number, options: ChartOptions): string {
  const box = { x, y, width: Math.max(w, 0), height: h };
  switch (kind) {
    case 'estimate':
      return el('rect', { class: 'mark mark--estimate', ...box, fill: `url(#${hatchId(options)})` });
    case 'target':
      return el('rect', { class: 'mark mark--target', ...box, fill: 'none', 'stroke-dasharray': TARGET_DASH });
    case 'approximate': {
      // Solid up to just short of the value, then an open dashed end: "nearly this much", no more precise.
      const end = Math.min(APPROXIMATE_END, w / 3);
      return (
        el('rect', { class: 'mark mark--muling', x, y, width: Math.max(w - end, 0), height: h }) +
        el('rect', { class: 'mark mark--approximate', x: x + w - end, y, width: end, height: h, fill: 'none', 'stroke-dasharray': APPROXIMATE_DASH })
      );
    }
    default:
      return el('rect', { class: `mark mark--${kind}`, ...box });
  }
}
