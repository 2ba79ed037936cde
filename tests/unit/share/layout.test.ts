// Every card and poster of the real content, as SVG: each line of text inside the margins, no two
// lines on top of each other, and chart text on a poster large enough to read on a phone. Widths
// come from shaping each line with harfbuzz here, not from the layout's own measure.
import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE, POSTER } from '../../../src/lib/share';
import { bundledTypesetter, card, CARD, poster, POSTER_GRID, shareModel } from '../../../src/share';
import { placedTexts, realStory, SITE, type PlacedText } from './fixtures';

const story = realStory();
const t = bundledTypesetter();
/** The placeholder address, and a long one such as a deployment might have: the URL is set on every image. */
const LONG_SITE = 'https://www.shudu2020-muling.example.gov.cn';
const images = await Promise.all(
  [SITE, LONG_SITE].flatMap((site) =>
    story.sections.map(async (s) => {
      const model = shareModel(story, s.id, site);
      const on = site === SITE ? '' : ' (long address)';
      return [
        { name: `card ${s.id}${on}`, svg: card(model, t), size: SHARE_IMAGE, margin: CARD.margin, poster: false },
        { name: `poster ${s.id}${on}`, svg: await poster(model, t), size: POSTER, margin: POSTER_GRID.margin, poster: true },
      ];
    }),
  ),
).then((pairs) => pairs.flat());

const where = (p: PlacedText) =>
  `“${p.text}” at ${p.fs.toFixed(1)} px, ink ${p.box.left.toFixed(1)}–${p.box.right.toFixed(1)} × ${p.box.top.toFixed(1)}–${p.box.bottom.toFixed(1)}`;
/** Half a pixel for rounding of coordinates to one decimal. */
const SLACK = 0.5;

describe.each(images)('$name', ({ svg, size, margin }) => {
  const { width, height, texts } = placedTexts(svg);

  it('is drawn at its size, with text in it', () => {
    expect([width, height]).toEqual([size.width, size.height]);
    expect(texts.length).toBeGreaterThan(3);
  });

  it('keeps every line of text inside the side margins and on the canvas', () => {
    const outside = texts.filter(
      (p) =>
        p.box.left < margin - SLACK || p.box.right > width - margin + SLACK || p.box.top < margin / 2 || p.box.bottom > height - margin / 4,
    );
    expect(outside.map(where)).toEqual([]);
  });

  it('sets no line of text over another', () => {
    const overlaps: string[] = [];
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > SLACK && y > SLACK) overlaps.push(`${where(a)} / ${where(b)}`);
      }),
    );
    expect(overlaps).toEqual([]);
  });
});

// Posters are read on a phone at a third of their size: chart text must survive that.
describe.each(images.filter((i) => i.poster))('$name', ({ svg }) => {
  it('draws every chart text at 28 px or more, as placed', () => {
    const small = placedTexts(svg).texts.filter((p) => p.inChart && p.fs < 28 - 0.01);
    expect(small.map(where)).toEqual([]);
  });
});

describe('the posters', () => {
  it('place a chart on every poster of a section that has one', () => {
    for (const s of story.sections) {
      const svg = images.find((i) => i.name === `poster ${s.id}`)!.svg;
      const charted = placedTexts(svg).texts.some((p) => p.inChart);
      expect(charted, s.id).toBe(s.charts.length > 0);
    }
  });
});
