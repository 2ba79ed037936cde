import QRCode from 'qrcode';

/**
 * A QR code for `url` drawn at (x, y) with whole-pixel modules, as one path of dark squares on a
 * white square with a four-module quiet zone. Whole pixels keep every module edge sharp in the
 * PNG, which is what phone cameras decode best; src/lib/qr.ts draws the scalable page version.
 * Returns the markup and the side of the white square.
 */
export function qrBlock(url: string, x: number, y: number, maxSide: number): { markup: string; side: number } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cells = modules.size + 2 * quiet;
  const px = Math.max(1, Math.floor(maxSide / cells));
  const side = cells * px;
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    // One rectangle per run of dark modules in a row.
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      const w = (end - col + 1) * px;
      d += `M${x + (col + quiet) * px} ${y + (row + quiet) * px}h${w}v${px}h-${w}z`;
      col = end;
    }
  }
  const markup =
    `<rect x="${x}" y="${y}" width="${side}" height="${side}" fill="#ffffff"/>` +
    `<path d="${d}" fill="#000000" shape-rendering="crispEdges"/>`;
  return { markup, side };
}
