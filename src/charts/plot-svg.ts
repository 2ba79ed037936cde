import { escapeText, roundNumbers, type Attrs, attrs as writeAttrs } from './svg';

/*
 * Plot draws well but writes SVG our pages cannot take as is: no xmlns, an inline <style> with a
 * generated class name, `aria-label` on <g> without a role (axe fails it), colours as attributes,
 * unrounded coordinates and counter-based ids. `plotMarkup` writes Plot's elements again under
 * our rules; the caller supplies the root (svgRoot) and the classes.
 */

/** Elements dropped with everything inside them. */
const DROP_ELEMENTS = new Set(['style', 'title', 'desc']);

/** Attributes never copied: styling, Plot's own class names, ARIA (the root alone is the image), colours. */
const DROP_ATTRIBUTES = new Set(['style', 'class', 'role', 'font-family', 'font-size', 'font-variant', 'fill', 'stroke', 'fill-opacity', 'stroke-opacity', 'opacity', 'color']);

/** Attributes whose numbers are coordinates, rounded to one decimal. */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'transform', 'dx', 'dy', 'stroke-width', 'viewBox']);

export interface PlotMarkupOptions {
  /** Prefix of the ids Plot defines (clip paths, patterns), so that they stay unique and deterministic. */
  readonly idPrefix: string;
  /** Attributes to give an element (classes, data-*), or undefined for none. */
  readonly decorate?: (el: Element) => Attrs | undefined;
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
      if (name === 'id') out.id = idFor(value);
      else if (GEOMETRY.has(name)) out[name] = roundNumbers(value);
      else out[name] = refs(value);
    }
    Object.assign(out, options.decorate?.(el));
    const children = Array.from(el.childNodes)
      .map((node) => (node.nodeType === 1 ? write(node as Element) : node.nodeType === 3 ? escapeText(node.textContent ?? '') : ''))
      .join('');
    const a = writeAttrs(out);
    return children === '' ? `<${tag}${a}/>` : `<${tag}${a}>${children}</${tag}>`;
  };

  return Array.from(svg.children).map(write).join('');
}
