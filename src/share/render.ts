import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { BUNDLED_FAMILY, subsetFace, WEIGHTS } from '../node/fonts';

/** Printable ASCII: always in the subset, so an escaped character (&#39;) never falls out of it. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/**
 * Renders SVGs to PNG with the bundled faces only, never the machine's fonts, so every machine
 * makes the same pixels. resvg takes fonts as files and reads a file again for each glyph it draws,
 * so it is given copies cut down (by harfbuzz) to the characters of all the images at once: the
 * same outlines and metrics, read in a fraction of the time. Renders overlap on resvg's threads;
 * the results come back in the order given.
 */
export async function renderPngs(svgs: readonly string[]): Promise<Buffer[]> {
  const text = [...new Set(ASCII + svgs.join(''))].join('');
  const dir = mkdtempSync(join(tmpdir(), 'share-fonts-'));
  try {
    const fontFiles = await Promise.all(
      WEIGHTS.map(async (weight) => {
        const file = join(dir, `sans-${weight}.ttf`);
        writeFileSync(file, await subsetFace(weight, text));
        return file;
      }),
    );
    const options: ResvgRenderOptions = {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: BUNDLED_FAMILY, sansSerifFamily: BUNDLED_FAMILY },
      fitTo: { mode: 'original' },
      logLevel: 'off',
    };
    return await Promise.all(svgs.map(async (svg) => (await renderAsync(svg, options)).asPng()));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
