import { escapeText, roundNumbers, attrs as writeAttrs } from './svg';

/*
 * Plot draws well but writes SVG our pages cannot take as is: no xmlns, an inline <style> with a
 * generated class name, `aria-label` on <g> without a role (axe fails it), colours as attributes,
 * unrounded coordinates and counter-based ids. `plotMarkup` writes Plot's elements again under the
 * chart rules, whatever marks drew them: only Plot's public options reach the output — a mark's
 * `className` (our classes; a `step-N` class becomes data-step) and its geometry.
 */

/** Elements dropped with everything inside them. */
const DROP_ELEMENTS = new Set(['style', 'title', 'desc']);

/** Attributes never copied: styling, ARIA (the root alone is the image), colours. */
const DROP_ATTRIBUTES = new Set(['style', 'role', 'font-family', 'font-size', 'font-variant', 'fill', 'stroke', 'fill-opacity', 'stroke-opacity', 'opacity', 'color', 'paint-order']);

/** Attributes whose numbers are coordinates, rounded to one decimal. */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'transform', 'dx', 'dy', 'stroke-width', 'viewBox']);

export interface PlotMarkupOptions {
  /** Prefix of the ids Plot defines (clip paths, patterns), so that they stay unique and deterministic. */
  readonly idPrefix: string;
}

/** The classes we gave a mark (Plot's own start with "plot-"), and the step a `step-N` class names. */
function ours(value: string): { cls: string; step?: number } {
  const kept: string[] = [];
  let step: number | undefined;
  for (const token of value.split(/\s+/).filter(Boolean)) {
    const m = /^step-(\d+)$/.exec(token);
    if (m) step = Number(m[1]);
    else if (!token.startsWith('plot')) kept.push(token);
  }
  return { cls: kept.join(' '), step };
}

/**
 * A group whose children are all bare rectangles becomes one path: the same pixels with one
 * element instead of one per mark (a unit chart of 106 squares is otherwise 106 elements).
 */
function mergeRects(children: Element[]): string | null {
  if (children.length < 2) return null;
  let d = '';
  for (const child of children) {
    if (child.tagName.toLowerCase() !== 'rect') return null;
    const names = Array.from(child.attributes).map((a) => a.name).filter((n) => !DROP_ATTRIBUTES.has(n));
    if (names.some((n) => !['x', 'y', 'width', 'height'].includes(n))) return null;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => Number(child.getAttribute(n) ?? 0)) as [number, number, number, number];
    d += `M${x} ${y}h${w}v${h}h${-w}z`;
  }
  return `<path${writeAttrs({ d: roundNumbers(d) })}/>`;
}

/** The children of a Plot-rendered <svg>, rewritten under the chart rules. */
export function plotMarkup(svg: Element, options: PlotMarkupOptions): string {
  const ids = new Map<string, string>();
  const idFor = (id: string): string => {
    let mapped = ids.get(id);
    if (!mapped) {
      mapped = `${options.idPrefix}-${ids.size + 1}`;
      ids.set(id, mapped);
    }
    return mapped;
  };
  const refs = (value: string): string => value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${idFor(id)})`);

  const write = (el: Element): string => {
    const tag = el.tagName.toLowerCase();
    if (DROP_ELEMENTS.has(tag)) return '';
    const out: Record<string, string | number | undefined> = {};
    for (const { name, value } of Array.from(el.attributes)) {
      if (DROP_ATTRIBUTES.has(name) || name.startsWith('aria-')) {
        // A paint server reference is the one fill we keep: it carries no colour itself.
        if ((name === 'fill' || name === 'stroke') && value.startsWith('url(#')) out[name] = refs(value);
        continue;
      }
      if (name === 'class') {
        const { cls, step } = ours(value);
        if (cls) out.class = cls;
        if (step !== undefined) out['data-step'] = step;
      } else if (name === 'id') out.id = idFor(value);
      else if (GEOMETRY.has(name)) out[name] = roundNumbers(value);
      else out[name] = refs(value);
    }
    const elements = Array.from(el.children);
    const merged = tag === 'g' ? mergeRects(elements) : null;
    const children =
      merged ??
      Array.from(el.childNodes)
        .map((node) => (node.nodeType === 1 ? write(node as Element) : node.nodeType === 3 ? escapeText(node.textContent ?? '') : ''))
        .join('');
    const a = writeAttrs(out);
    return children === '' ? `<${tag}${a}/>` : `<${tag}${a}>${children}</${tag}>`;
  };

  return Array.from(svg.children).map(write).join('');
}
