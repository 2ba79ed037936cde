// What a shared section promises, checked over the built site: each section's own page with its
// own title, description and share tags; its share image (1200 × 630) shown near the top, where
// WeChat looks for a thumbnail; its Moments poster (1080 × 1920) whose QR code leads back to it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/schema';
import { DIST, page, readJson } from './dist';

const sections = readJson<Section[]>('content/sections.json').sort((a, b) => a.order - b.order);

/** The public address the site was built for, as its story page states it. */
const SITE = new URL('/', page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!);
const PLACEHOLDER = 'https://shudu2020.example.org';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ACCENT = [0xb8, 0x14, 0x1f] as const;

const meta = (doc: Document, attr: 'name' | 'property' | 'itemprop', key: string) =>
  doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content') ?? null;

/** A PNG from dist/, checked for its signature and decoded to RGBA. */
function png(path: string): PNG {
  const file = join(DIST, path);
  expect(existsSync(file), `${path} is in dist/`).toBe(true);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${path} starts with the PNG signature`).toBe(true);
  return PNG.sync.read(bytes);
}

/** The share of pixels within a small distance of `rgb`. */
function shareOf(image: PNG, rgb: readonly [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (Math.abs(image.data[i]! - rgb[0]) + Math.abs(image.data[i + 1]! - rgb[1]) + Math.abs(image.data[i + 2]! - rgb[2]) < 24) n++;
  }
  return n / (image.width * image.height);
}

const sectionUrl = (slug: string) => new URL(`/s/${slug}/`, SITE).href;

describe('the public address', () => {
  it('is the one the build was given: SITE_URL, or the placeholder when it is unset', () => {
    expect(SITE.href).toBe(new URL('/', process.env.SITE_URL ?? PLACEHOLDER).href);
  });
});

describe.each(sections.map((s, i) => ({ ...s, prev: sections[i - 1], next: sections[i + 1] })))('section $id', (s) => {
  const doc = page(`/s/${s.id}/`);
  const title = doc.title;
  const imageUrl = new URL(`/share/${s.id}.png`, SITE).href;

  it('has its own page at /s/<slug>/', () => {
    expect(existsSync(join(DIST, 's', s.id, 'index.html'))).toBe(true);
  });

  it('is titled “数读2020｜穆棱” and its point, which is what a WeChat share card shows', () => {
    expect(title.startsWith('数读2020｜穆棱')).toBe(true);
    expect(title).toContain(s.point);
  });

  it('is described by the section’s description', () => {
    expect(meta(doc, 'name', 'description')).toBe(s.description);
  });

  it('names the section’s own absolute URL as canonical and og:url', () => {
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(sectionUrl(s.id));
    expect(meta(doc, 'property', 'og:url')).toBe(sectionUrl(s.id));
  });

  it('carries Open Graph tags: title, type, and an absolute og:image of /share/<slug>.png at 1200 × 630', () => {
    expect(meta(doc, 'property', 'og:title')).toBe(title);
    expect(meta(doc, 'property', 'og:type')).toMatch(/^(article|website)$/);
    const og = meta(doc, 'property', 'og:image');
    expect(og).toBe(imageUrl);
    expect(new URL(og!).pathname.endsWith(`/share/${s.id}.png`)).toBe(true);
    expect(meta(doc, 'property', 'og:image:width')).toBe('1200');
    expect(meta(doc, 'property', 'og:image:height')).toBe('630');
  });

  it('carries itemprop name, description and image for apps that read schema.org tags', () => {
    expect(meta(doc, 'itemprop', 'name')).toBe(title);
    expect(meta(doc, 'itemprop', 'description')).toBe(s.description);
    expect(meta(doc, 'itemprop', 'image')).toBe(imageUrl);
  });

  it('has a share image in dist that is a PNG of exactly 1200 × 630, its key figure in the accent red', () => {
    const image = png(`share/${s.id}.png`);
    expect([image.width, image.height]).toEqual([1200, 630]);
    // Text drawn at all (fonts found) and the figure large: red covers a real part of the card.
    expect(shareOf(image, ACCENT)).toBeGreaterThan(0.015);
  });

  it('shows its share image near the top, before the first h2, at least 300 × 300, for WeChat to take as the thumbnail', () => {
    const ordered = [...doc.querySelectorAll('img, h2')];
    const isShareImage = (el: Element) =>
      el.localName === 'img' && new URL(el.getAttribute('src') ?? '', new URL(`/s/${s.id}/`, SITE)).href === imageUrl;
    const img = ordered.findIndex(isShareImage);
    expect(img, 'an <img> of the share image').toBeGreaterThanOrEqual(0);
    const firstH2 = ordered.findIndex((el) => el.localName === 'h2');
    if (firstH2 >= 0) expect(img).toBeLessThan(firstH2);
    const el = ordered[img]!;
    expect(el.getAttribute('alt')?.length ?? 0, 'the share image has alt text').toBeGreaterThan(0);
    const natural = png(`share/${s.id}.png`);
    expect(natural.width).toBeGreaterThanOrEqual(300);
    expect(natural.height).toBeGreaterThanOrEqual(300);
    // Declared dimensions, where given, are the natural ones, so nothing reflows as it loads.
    if (el.getAttribute('width')) expect(Number(el.getAttribute('width'))).toBe(natural.width);
    if (el.getAttribute('height')) expect(Number(el.getAttribute('height'))).toBe(natural.height);
  });

  it('has a Moments poster that is a PNG of exactly 1080 × 1920, linked from the page', () => {
    const poster = png(`share/${s.id}-poster.png`);
    expect([poster.width, poster.height]).toEqual([1080, 1920]);
    expect(doc.querySelector(`a[href="/share/${s.id}-poster.png"]`)).not.toBeNull();
  });

  it('prints on its poster a QR code that decodes to exactly the section’s absolute URL', () => {
    const poster = png(`share/${s.id}-poster.png`);
    const code = jsQR(new Uint8ClampedArray(poster.data.buffer, poster.data.byteOffset, poster.data.length), poster.width, poster.height);
    expect(code, 'a QR code is found on the poster').not.toBeNull();
    expect(code!.data).toBe(sectionUrl(s.id));
  });

  it('links 上一节 and 下一节 in reading order, the whole story at /#<slug>, and the handout PDF', () => {
    const links = [...doc.querySelectorAll('a[href]')];
    const to = (label: string) => links.filter((a) => (a.textContent ?? '').trim().startsWith(label)).map((a) => a.getAttribute('href'));
    expect(to('上一节')).toEqual(s.prev ? [`/s/${s.prev.id}/`] : []);
    expect(to('下一节')).toEqual(s.next ? [`/s/${s.next.id}/`] : []);
    if (s.prev) expect(links.find((a) => a.getAttribute('href') === `/s/${s.prev!.id}/`)?.textContent).toContain(s.prev.heading);
    if (s.next) expect(links.find((a) => a.getAttribute('href') === `/s/${s.next!.id}/`)?.textContent).toContain(s.next.heading);
    expect(doc.querySelector(`a[href="/#${s.id}"]`), 'a link to the section in the whole story').not.toBeNull();
    expect(doc.querySelector('a[href="/handout.pdf"]'), 'a link to the handout').not.toBeNull();
  });
});

describe('share images as a set', () => {
  it('are one card and one poster per section, each different from every other', () => {
    const files = sections.flatMap((s) => [`share/${s.id}.png`, `share/${s.id}-poster.png`]);
    const contents = new Set(files.map((f) => readFileSync(join(DIST, f)).toString('base64')));
    expect(contents.size).toBe(files.length);
  });
});
