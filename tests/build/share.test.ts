// What a shared section promises, checked over the built site: its page names a share image
// (og:image) that exists and is a 1200 × 630 PNG; its Moments poster is a 1080 × 1920 PNG whose QR
// code opens that very section; and the images are what the content model draws, the same bytes
// every time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { bundledTypesetter, card, poster, renderPngs, shareModel } from '../../src/share';
import { realStory } from '../unit/share/fixtures';
import { DIST, page, SITE } from './dist';

const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'] as const;
const cardPath = (id: string) => `/share/${id}.png`;
const posterPath = (id: string) => `/share/${id}-poster.png`;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? null;

function pngFile(path: string): { bytes: Buffer; image: PNG } {
  const file = join(DIST, path);
  expect(existsSync(file), `${path} is in dist/`).toBe(true);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${path} starts with the PNG signature`).toBe(true);
  return { bytes, image: PNG.sync.read(bytes) };
}

const decode = (image: PNG) =>
  jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);

describe.each(SECTIONS)('section %s', (id) => {
  it('names as og:image an absolute URL of a file in dist/ that is a 1200 × 630 PNG, as its tags say', () => {
    const doc = page(`/s/${id}/`);
    expect(meta(doc, 'og:image')).toBe(`${SITE}${cardPath(id)}`);
    const { image } = pngFile(cardPath(id));
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height'), meta(doc, 'og:image:type')]).toEqual(['1200', '630', 'image/png']);
  });

  it('has a 1080 × 1920 poster, linked from its page, whose QR code opens exactly this section', () => {
    expect(page(`/s/${id}/`).querySelector(`a[href="${posterPath(id)}"]`), 'a link to the poster').not.toBeNull();
    const { image } = pngFile(posterPath(id));
    expect([image.width, image.height]).toEqual([1080, 1920]);
    const code = decode(image);
    expect(code, 'a QR code is found on the poster').not.toBeNull();
    expect(code!.data).toBe(`${SITE}/s/${id}/`);
  });
});

describe('the images', () => {
  it('are the same bytes on every render of the same model, and the same as the build wrote', async () => {
    const t = bundledTypesetter();
    const story = realStory();
    const ids = ['jichu', 'gaige', 'chengxiang'] as const;
    // Drawn and rendered twice over, from the SVG up, each time with the fonts cut for these images alone.
    const draw = async () =>
      renderPngs(
        (
          await Promise.all(
            ids.map(async (id) => {
              const model = shareModel(story, id, SITE);
              return [card(model, t), await poster(model, t)];
            }),
          )
        ).flat(),
      );
    const [first, second] = [await draw(), await draw()];
    const built = ids.flatMap((id) => [cardPath(id), posterPath(id)].map((p) => readFileSync(join(DIST, p))));
    expect(first).toHaveLength(6);
    expect(second).toHaveLength(6);
    for (const [i, png] of first.entries()) {
      expect(png.equals(second[i]!), `render ${i} twice`).toBe(true);
      expect(png.equals(built[i]!), `render ${i} as built`).toBe(true);
    }
  });

  it('are one card and one poster per section, each different from every other', () => {
    const files = SECTIONS.flatMap((id) => [cardPath(id), posterPath(id)]);
    const contents = new Set(files.map((f) => readFileSync(join(DIST, f)).toString('base64')));
    expect(contents.size).toBe(16);
  });
});
