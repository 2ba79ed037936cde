/** Paths inside the site, decided once. */
export const YUANWEN_PATH = '/yuanwen/';
export const DATA_PAGE = '/data/';
export const CHANGES_PAGE = '/changes/';
export const HANDOUT_PDF = '/handout.pdf';

/** The paragraph of 原文, by its id. */
export function paragraphHref(paragraphId: string): string {
  return `${YUANWEN_PATH}#${paragraphId}`;
}

/**
 * Where a figure, ranking or honour is stated: its own anchor on 原文, inside the paragraph that
 * states it (so the tapped number is the one marked, even in a paragraph that holds six).
 */
export function entryHref(entryId: string): string {
  return `${YUANWEN_PATH}#${entryId}`;
}

export function sectionPath(slug: string): string {
  return `/s/${slug}/`;
}

/** The CSV of one section's numbers, under its source line. */
export function sectionCsvPath(slug: string): string {
  return `/data/sections/${slug}.csv`;
}

/** A chart drawn again for large text (长辈模式), loaded only when the mode is on. */
export function largeChartPath(chartId: string): string {
  return `/charts/large/${chartId}.svg`;
}

/** The QR code printed under a section's heading, loaded only when printing. */
export function qrPath(slug: string): string {
  return `/qr/${slug}.svg`;
}
