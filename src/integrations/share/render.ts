import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { FONT_FAMILY } from './palette';
import subsetFont from 'subset-font';

/**
 * The two faces every share image uses, as TTF (resvg draws no Chinese from woff). They come from
 * an npm package, so a fresh machine without CJK fonts renders the same pixels as this one.
 */
const FACES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'] as const;

export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return FACES.map((face) => join(root, face));
}

/** Resvg options with only the given fonts: no system fonts, so output never depends on the machine. */
export function renderOptions(files: readonly string[]): ResvgRenderOptions {
  return {
    font: { fontFiles: [...files], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  };
}

export interface Fonts {
  readonly options: ResvgRenderOptions;
  /** Removes the font copies; call when every render is done. */
  dispose(): void;
}

/**
 * Reads the two faces once and writes copies cut down (by harfbuzz, through subset-font) to the
 * characters of `text` — every SVG to draw — into a scratch folder for resvg to load. resvg-js
 * re-reads a font file for each glyph it draws, so a 10 MB face makes a poster take seconds; the
 * subset keeps the same outlines and metrics, so the same pixels.
 */
export async function prepareFonts(text: string): Promise<Fonts> {
  const dir = mkdtempSync(join(tmpdir(), 'share-fonts-'));
  const files = await Promise.all(
    fontFiles().map(async (file) => {
      const copy = join(dir, basename(file));
      writeFileSync(copy, await subsetFont(readFileSync(file), text, { targetFormat: 'truetype' }));
      return copy;
    }),
  );
  return { options: renderOptions(files), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** SVG to PNG bytes, off the main thread (resvg renders on libuv's pool, so renders overlap). */
export async function renderPng(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  const image = await renderAsync(svg, options);
  return image.asPng();
}
