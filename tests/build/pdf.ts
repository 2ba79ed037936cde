// Reading PDFs as a person would: their text (poppler's pdftotext), their pages as pictures
// (pdftoppm), and the QR codes on those pictures (jsQR). `npm run setup:env` installs poppler-utils.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR, { type QRCode } from 'jsqr';
import { parseHTML } from 'linkedom';
import { PNG } from 'pngjs';

/** poppler reads our handout in a second or two; a minute means it hangs. */
const POPPLER_LIMIT_MS = 60_000;

function poppler(tool: 'pdftotext' | 'pdftoppm' | 'pdfimages' | 'pdffonts', args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', timeout: POPPLER_LIMIT_MS, maxBuffer: 256 * 1024 * 1024 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${tool} is missing: run \`npm run setup:env\` (installs poppler-utils)`);
  }
  if (result.error) throw result.error;
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

/**
 * The lines of each page as two columns, the left half and the right half of the page, each from
 * the top (pdftotext -bbox-layout gives every line its position), whitespace removed as `squash`
 * removes it. A line of the right column starts a little before the middle at the most.
 */
export function pageLines(file: string): Array<[string[], string[]]> {
  const { document } = parseHTML(poppler('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', file, '-']));
  return [...document.querySelectorAll('page')].map((page) => {
    const middle = Number(page.getAttribute('width')) / 2;
    const lines = [...page.querySelectorAll('line')]
      .map((line) => ({
        x: Number(line.getAttribute('xMin')),
        y: Number(line.getAttribute('yMin')),
        text: squash([...line.querySelectorAll('word')].map((w) => w.textContent ?? '').join('')),
      }))
      .sort((a, b) => a.y - b.y);
    const column = (right: boolean) => lines.filter((l) => l.x >= middle - 20 === right).map((l) => l.text);
    return [column(false), column(true)];
  });
}

/**
 * The text of each page as two columns (see `pageLines`), each read line by line from the top: a
 * paragraph set whole in one column comes out whole in one of them; one broken across the columns,
 * in neither.
 */
export function pageColumns(file: string): Array<[string, string]> {
  return pageLines(file).map(([left, right]) => [left.join(''), right.join('')]);
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
  return codesOn(pngFile, stride).map((code) => code.data);
}

/**
 * Every QR code on a page rendered at `dpi`, with how large it is printed, in millimetres: the
 * side of the square of its modules and of its quiet zone of `quiet` modules on each side.
 */
export function qrCodeSizesOn(pngFile: string, dpi: number, quiet = 2, stride = 220): Array<{ data: string; mm: number }> {
  return codesOn(pngFile, stride).map(({ data, version, location: l }) => {
    const modules = 17 + 4 * version;
    const side =
      (Math.hypot(l.topRightCorner.x - l.topLeftCorner.x, l.topRightCorner.y - l.topLeftCorner.y) +
        Math.hypot(l.bottomLeftCorner.x - l.topLeftCorner.x, l.bottomLeftCorner.y - l.topLeftCorner.y)) /
      2;
    return { data, mm: ((side * (modules + 2 * quiet)) / modules / dpi) * 25.4 };
  });
}

function codesOn(pngFile: string, stride: number): QRCode[] {
  const png = PNG.sync.read(readFileSync(pngFile));
  const size = stride * 2;
  const found = new Map<string, QRCode>();
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
      if (code?.data && !found.has(code.data)) found.set(code.data, code);
    }
  }
  return [...found.values()];
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
