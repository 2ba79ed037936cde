import type { ChartSize } from './svg';

/**
 * The sizes the page draws its charts at. One drawing goes into the page, for every screen: 320 px
 * wide, shown at 288 to 400 px (text from 12.6 to 17.5 px). The large-text drawings (长辈模式) set
 * text at 19 px and more; they are files, fetched only when the mode shows them.
 */
export const PAGE_CHART = {
  width: 320,
  large: {
    narrow: { width: 320, scale: 1.36 } satisfies ChartSize,
    wide: { width: 720, scale: 1.3 } satisfies ChartSize,
  },
} as const;
