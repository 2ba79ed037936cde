/** The light palette of the site (src/styles/tokens.css), for images that have no stylesheet. */
export const PALETTE = {
  paper: '#fbfaf7',
  ink: '#161616',
  ink2: '#4a4a4a',
  grey: '#6b6b6b',
  rule: '#d6d2c8',
  accent: '#b8141f',
  accentSoft: '#f3d9d6',
  context: '#8a8a8a',
} as const;

export const FONT_FAMILY = 'Noto Sans SC';
