import type { Figure } from '../schema';
import { el, hatchId, type ChartOptions } from './svg';

/**
 * How a figure is drawn. Results are solid accent; estimates hatched and outlined; targets a dashed
 * outline with no fill; approximate numbers (近) solid with an open, dashed end; context (the rest
 * of a whole, a 2020 count beside a 2021 target) grey. Every kind but a plain result also says so
 * in words beside the mark (src/lib/wording.ts), so colour and line style are never the only cue.
 */
export type MarkKind = 'reported' | 'context' | 'estimate' | 'target' | 'approximate' | 'before';

/** Dash pattern of target outlines and of the open end of approximate bars, in px at scale 1. */
export const TARGET_DASH = [5, 3] as const;
export const APPROXIMATE_DASH = [3, 2] as const;
/** Length of the open end of an approximate bar, at most. */
export const APPROXIMATE_END = 14;

export function markKind(f: Pick<Figure, 'status'>): MarkKind {
  switch (f.status) {
    case 'estimate':
      return 'estimate';
    case 'target':
    case 'plan':
      return 'target';
    case 'approximate':
      return 'approximate';
    default:
      return 'reported';
  }
}

const dash = (d: readonly number[], u: number) => d.map((n) => Math.round(n * u * 10) / 10).join(' ');

/** A horizontal bar of the given kind, from `x` to `x + w`. */
export function barMark(kind: MarkKind, x: number, y: number, w: number, h: number, options: ChartOptions, u = 1): string {
  const box = { x, y, width: Math.max(w, 0), height: h };
  switch (kind) {
    case 'estimate':
      return el('rect', { class: 'mark mark--estimate', ...box, fill: `url(#${hatchId(options)})` });
    case 'target':
      return el('rect', { class: 'mark mark--target', ...box, 'stroke-dasharray': dash(TARGET_DASH, u) });
    case 'approximate': {
      // Solid up to just short of the value, then an open dashed end: "nearly this much", no more precise.
      const end = Math.min(APPROXIMATE_END * u, w / 3);
      return (
        el('rect', { class: 'mark mark--reported', x, y, width: Math.max(w - end, 0), height: h }) +
        el('rect', {
          class: 'mark mark--approximate',
          x: x + w - end,
          y,
          width: end,
          height: h,
          'stroke-dasharray': dash(APPROXIMATE_DASH, u),
        })
      );
    }
    default:
      return el('rect', { class: `mark mark--${kind}`, ...box });
  }
}
