// Reading PDFs as a person would: their text (poppler's pdftotext), their pages as pictures
// (pdftoppm), and the QR codes on those pictures (jsQR). `npm run setup:env` installs poppler-utils.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { runSync } from '../../scripts/lib/run.mjs';

/** poppler reads our handout in a second or two; a minute means it hangs. */
const POPPLER_LIMIT_MS = 60_000;

function poppler(tool: 'pdftotext' | 'pdftoppm' | 'pdfimages' | 'pdffonts', args: string[]): string {
  let result: ReturnType<typeof runSync>;
  try {
    result = runSync(tool, args, { timeout: POPPLER_LIMIT_MS });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing: run \`npm run setup:env\` (installs poppler-utils)`);
    }
    throw error;
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
  return result.stdout;
}

/**
 * The text of each page. By default in reading order: pdftotext follows columns, so a sentence set
 * in two columns comes out whole. With `layout`, line by line as printed (pdftotext -layout): a
 * table row comes out as one line, where reading order may give it column by column.
 */
export function pageTexts(file: string, { layout = false } = {}): string[] {
  const text = poppler('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-']);
  // Pages end with a form feed; the last one is followed by nothing.
  return text.split('\f').slice(0, -1);
}

/** Text with all whitespace removed, so that line breaks never hide a phrase. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** The raster images a PDF holds (pdfimages -list), one line each. */
export function rasterImages(file: string): string[] {
  const lines = poppler('pdfimages', ['-list', file]).trim().split('\n');
  // Two header lines: the column names and a rule.
  return lines.slice(2).filter(Boolean);
}

/** Each page rendered to a PNG at `dpi`, in a fresh temporary folder; returns the files in page order. */
export function renderPages(file: string, dpi: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-pages-'));
  poppler('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort((a, b) => Number(a.match(/(\d+)\.png$/)![1]) - Number(b.match(/(\d+)\.png$/)![1]))
    .map((f) => join(dir, f));
}

/**
 * Every QR code on a rendered page. jsQR reads one code per picture and gives up on a picture
 * holding several, so the page is read in overlapping square tiles: the tile size is twice the
 * stride, so every code up to a stride wide (with its quiet zone) lies whole in some tile.
 * `stride` is in pixels; at 200 dpi, 220 px is 28 mm, more than the largest code on our pages.
 */
export function qrCodesOn(pngFile: string, stride = 220): string[] {
  const png = PNG.sync.read(readFileSync(pngFile));
  const size = stride * 2;
  const found = new Set<string>();
  for (let y0 = 0; y0 < png.height; y0 += stride) {
    for (let x0 = 0; x0 < png.width; x0 += stride) {
      const w = Math.min(size, png.width - x0);
      const h = Math.min(size, png.height - y0);
      const tile = new Uint8ClampedArray(w * h * 4);
      let dark = 0;
      for (let y = 0; y < h; y++) {
        const row = ((y0 + y) * png.width + x0) * 4;
        tile.set(png.data.subarray(row, row + w * 4), y * w * 4);
      }
      for (let i = 0; i < tile.length; i += 16) if (tile[i]! < 128) dark++;
      // A QR code is about half dark: skip tiles of plain paper or light text quickly.
      if (dark < (w * h) / 4 / 20) continue;
      const code = jsQR(tile, w, h, { inversionAttempts: 'dontInvert' });
      // jsQR may "read" an empty code out of a partly cut one; an empty code says nothing.
      if (code?.data) found.add(code.data);
    }
  }
  return [...found];
}

/** The fonts a PDF holds (pdffonts): name, type, and whether embedded. */
export function pdfFonts(file: string): Array<{ name: string; type: string; embedded: boolean }> {
  const lines = poppler('pdffonts', [file]).trim().split('\n').slice(2);
  return lines.map((line) => {
    const m = /^(\S+)\s+(Type 3|Type 1C?|CID TrueType|CID Type 0C?|TrueType|Type 1|CID Type 0)\s+\S+\s+(yes|no)/.exec(line);
    if (!m) throw new Error(`pdffonts line not understood: ${line}`);
    return { name: m[1]!, type: m[2]!, embedded: m[3] === 'yes' };
  });
}
