import QRCode from 'qrcode';
import { escapeText } from './escape';
import { QR } from '../styles/palette';

/**
 * A QR code for a URL as SVG markup: black modules on white with a quiet zone, whatever the page's
 * theme, so phones can always scan it. Deterministic for a given URL.
 */
export async function qrSvg(url: string, options: { label?: string; margin?: number; size?: string } = {}): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    margin: options.margin ?? 2,
    errorCorrectionLevel: 'M',
    color: { dark: QR.dark, light: QR.light },
  });
  const label = escapeText(options.label ?? `二维码：${url}`);
  const size = options.size ? `width="${escapeText(options.size)}" height="${escapeText(options.size)}" ` : '';
  return svg.replace('<svg ', `<svg role="img" aria-label="${label}" class="qr" ${size}`).trim();
}
