import type { ChartSize } from './svg';

/**
 * The sizes the page draws its charts at. One drawing goes into the page, for every screen: 320 px
 * wide, shown at 288 to 400 px (text from 12.6 to 17.5 px). The large-text drawing (长辈模式) sets
 * text at 19 px and more; it is a file, fetched only when the mode shows it.
 */
export const PAGE_CHART = {
  width: 320,
  /** At 288 px shown (a 320 px phone), 19 px text renders at 17 px; the page never shows it above 1.3×. */
  large: { width: 320, scale: 1.36 } satisfies ChartSize,
} as const;
