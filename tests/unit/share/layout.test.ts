// Every card and poster of the real content, as SVG: each line of text inside the margins, no two
// lines on top of each other, and chart text on a poster large enough to read on a phone. Widths
// come from shaping each line with harfbuzz here, not from the layout's own measure.
import { describe, expect, it } from 'vitest';
import { POSTER, SHARE_IMAGE } from '../../../src/lib/share';
import { bundledTypesetter, CARD, card, POSTER_GRID, poster, type ShareModel, shareModel } from '../../../src/share';
import { type PlacedText, placedTexts, realStory, SITE } from './fixtures';

/** The placeholder address, and a long one such as a deployment might have: the URL is set on every image. */
const LONG_SITE = 'https://www.shudu2020-muling.example.gov.cn';
/** The eight sections (model.test.ts checks that the content has exactly these), and those with a chart. */
const SECTION_IDS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];
const CHARTED = new Set(['shudu', 'jichu', 'dongneng', 'gaige']);

interface Image {
  name: string;
  id: string;
  site: string;
  kind: 'card' | 'poster';
}
const IMAGES: Image[] = [SITE, LONG_SITE].flatMap((site) =>
  SECTION_IDS.flatMap((id) =>
    (['card', 'poster'] as const).map((kind) => ({ name: `${kind} ${id}${site === SITE ? '' : ' (long address)'}`, id, site, kind })),
  ),
);

/** An image's SVG, drawn once, on first use inside a test. */
const drawn = new Map<string, Promise<string>>();
function svgOf({ name, id, site, kind }: Image): Promise<string> {
  let svg = drawn.get(name);
  if (!svg) {
    const t = bundledTypesetter();
    const model = shareModel(realStory(), id as ShareModel['slug'], site);
    svg = kind === 'card' ? Promise.resolve(card(model, t)) : poster(model, t);
    drawn.set(name, svg);
  }
  return svg;
}

const where = (p: PlacedText) =>
  `“${p.text}” at ${p.fs.toFixed(1)} px, ink ${p.box.left.toFixed(1)}–${p.box.right.toFixed(1)} × ${p.box.top.toFixed(1)}–${p.box.bottom.toFixed(1)}`;
/** Half a pixel for rounding of coordinates to one decimal. */
const SLACK = 0.5;

describe.each(IMAGES)('$name', (image) => {
  const size = image.kind === 'card' ? SHARE_IMAGE : POSTER;
  const margin = image.kind === 'card' ? CARD.margin : POSTER_GRID.margin;

  it('is drawn at its size, with text in it', async () => {
    const { width, height, texts } = placedTexts(await svgOf(image));
    expect([width, height]).toEqual([size.width, size.height]);
    expect(texts.length).toBeGreaterThan(3);
  });

  it('keeps every line of text inside the side margins and on the canvas', async () => {
    const { width, height, texts } = placedTexts(await svgOf(image));
    const outside = texts.filter(
      (p) =>
        p.box.left < margin - SLACK || p.box.right > width - margin + SLACK || p.box.top < margin / 2 || p.box.bottom > height - margin / 4,
    );
    expect(texts.length).toBeGreaterThan(3);
    expect(outside.map(where)).toEqual([]);
  });

  it('sets no line of text over another', async () => {
    const { texts } = placedTexts(await svgOf(image));
    const overlaps: string[] = [];
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1)) {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > SLACK && y > SLACK) overlaps.push(`${where(a)} / ${where(b)}`);
      }
    }
    expect(texts.length).toBeGreaterThan(3);
    expect(overlaps).toEqual([]);
  });
});

// Posters are read on a phone at a third of their size: chart text must survive that.
describe.each(IMAGES.filter((i) => i.kind === 'poster'))('$name', (image) => {
  const charted = CHARTED.has(image.id);
  it(charted ? 'places its section’s chart, every chart text at 28 px or more' : 'places no chart (its section has none)', async () => {
    const inChart = placedTexts(await svgOf(image)).texts.filter((p) => p.inChart);
    expect(inChart.length > 0).toBe(charted);
    expect(inChart.filter((p) => p.fs < 28 - 0.01).map(where)).toEqual([]);
  });
});
