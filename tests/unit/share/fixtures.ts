// The real content as the build reads it, and the text of a drawn image as a reader would see it:
// each line where it lands on the canvas, measured with the bundled face by harfbuzz, here in the
// test, independently of the layout code.
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { DOMParser } from 'linkedom';
import { faceFile, type Weight } from '../../../src/node/fonts';
import { createStory, type Story } from '../../../src/lib/story';
import { readContent } from '../../../src/loader';
import { CHART_RULES } from '../../../src/styles/palette';

export const SITE = 'https://shudu2020.example.org';

let story: Story | undefined;

/** The story built from content/, as the pages build it. */
export function realStory(): Story {
  if (story) return story;
  const { content, issues } = readContent(new URL('../../../content', import.meta.url).pathname);
  if (issues.length) throw new Error(`the content has ${issues.length} problem(s)`);
  story = createStory(content);
  return story;
}

const faces = new Map<Weight, { font: hb.Font; upem: number }>();
function face(weight: Weight) {
  let f = faces.get(weight);
  if (!f) {
    const hbFace = new hb.Face(new hb.Blob(readFileSync(faceFile(weight))));
    f = { font: new hb.Font(hbFace), upem: hbFace.upem };
    faces.set(weight, f);
  }
  return f;
}

/** The ink box of `text` set at `fs` with its pen at 0 on the baseline at 0 (y down), and its advance. */
export function inkBox(
  text: string,
  fs: number,
  bold: boolean,
): { left: number; right: number; top: number; bottom: number; advance: number } {
  const { font, upem } = face(bold ? 700 : 400);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  let pen = 0;
  let left = Infinity;
  let right = -Infinity;
  let top = 0;
  let bottom = 0;
  buffer.getGlyphInfos().forEach((info, i) => {
    const p = positions[i]!;
    const e = font.glyphExtents(info.codepoint);
    if (e && e.width !== 0) {
      left = Math.min(left, pen + p.xOffset + e.xBearing);
      right = Math.max(right, pen + p.xOffset + e.xBearing + e.width);
      top = Math.max(top, e.yBearing + p.yOffset);
      bottom = Math.min(bottom, e.yBearing + e.height + p.yOffset);
    }
    pen += p.xAdvance;
  });
  const k = fs / upem;
  if (left === Infinity) return { left: 0, right: 0, top: 0, bottom: 0, advance: pen * k };
  return { left: left * k, right: right * k, top: -top * k, bottom: -bottom * k, advance: pen * k };
}

/** Classes the chart stylesheet sets in bold. */
const BOLD_CLASSES = new Set(
  CHART_RULES.filter(([, d]) => d['font-weight'] === 'bold').flatMap(([selector]) =>
    [...selector.matchAll(/\.(t-[a-z-]+)/g)].map((m) => m[1]!),
  ),
);

export interface PlacedText {
  readonly text: string;
  /** Font size as drawn on the canvas (the attribute times every scale above it). */
  readonly fs: number;
  readonly bold: boolean;
  /** Whether it belongs to a chart the image places. */
  readonly inChart: boolean;
  /** Its ink on the canvas. */
  readonly box: { left: number; right: number; top: number; bottom: number };
}

interface Frame {
  x: number;
  y: number;
  k: number;
  width: number;
  height: number;
  inChart: boolean;
}

const num = (el: Element, name: string, fallback: number) => {
  const v = el.getAttribute(name);
  return v === null || v === '' ? fallback : Number(v);
};

/** Every line of text of an SVG document where it lands on the canvas, with nested <svg> and translate/scale groups applied. */
export function placedTexts(svg: string): { width: number; height: number; texts: PlacedText[] } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement as unknown as Element;
  const width = num(root, 'width', NaN);
  const height = num(root, 'height', NaN);
  const texts: PlacedText[] = [];
  const visit = (el: Element, f: Frame) => {
    const tag = el.localName;
    let frame = f;
    if (tag === 'svg' && el !== root) {
      const w = num(el, 'width', f.width);
      const h = num(el, 'height', f.height);
      const [, , vw, vh] = (el.getAttribute('viewBox') ?? `0 0 ${w} ${h}`).split(/[\s,]+/).map(Number) as [number, number, number, number];
      // preserveAspectRatio xMidYMid meet, the default.
      const k = Math.min(w / vw, h / vh);
      frame = {
        x: f.x + f.k * (num(el, 'x', 0) + (w - vw * k) / 2),
        y: f.y + f.k * (num(el, 'y', 0) + (h - vh * k) / 2),
        k: f.k * k,
        width: vw,
        height: vh,
        inChart: f.inChart || (el.getAttribute('class') ?? '').split(/\s+/).includes('chart'),
      };
    } else if (el.getAttribute('transform')) {
      const t = el.getAttribute('transform')!;
      const m = /^translate\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)$/.exec(t.trim());
      if (!m) throw new Error(`a transform this test does not follow: ${t}`);
      frame = { ...f, x: f.x + f.k * Number(m[1]), y: f.y + f.k * Number(m[2] ?? 0) };
    }
    if (tag === 'text') {
      const text = el.textContent ?? '';
      const size = num(el, 'font-size', NaN);
      const classes = (el.getAttribute('class') ?? '').split(/\s+/);
      const bold =
        el.getAttribute('font-weight') === '700' ||
        el.getAttribute('font-weight') === 'bold' ||
        (frame.inChart && classes.some((c) => BOLD_CLASSES.has(c)));
      const ink = inkBox(text, size, bold);
      const anchor = el.getAttribute('text-anchor') ?? 'start';
      const shift = anchor === 'middle' ? -ink.advance / 2 : anchor === 'end' ? -ink.advance : 0;
      const x = frame.x + frame.k * (num(el, 'x', 0) + shift);
      const y = frame.y + frame.k * num(el, 'y', 0);
      texts.push({
        text,
        fs: size * frame.k,
        bold,
        inChart: frame.inChart,
        box: { left: x + frame.k * ink.left, right: x + frame.k * ink.right, top: y + frame.k * ink.top, bottom: y + frame.k * ink.bottom },
      });
      return;
    }
    for (const child of el.children) visit(child as Element, frame);
  };
  visit(root, { x: 0, y: 0, k: 1, width, height, inChart: false });
  return { width, height, texts };
}
