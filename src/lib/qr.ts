import QRCode from 'qrcode';

/**
 * A QR code for a URL as SVG markup: black modules on white with a quiet zone, whatever the page's
 * theme, so phones can always scan it. Deterministic for a given URL.
 */
export async function qrSvg(url: string, options: { label?: string; margin?: number } = {}): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: options.margin ?? 2, errorCorrectionLevel: 'M' });
  const label = (options.label ?? `二维码：${url}`).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.replace('<svg ', `<svg role="img" aria-label="${label}" class="qr" `).trim();
}
