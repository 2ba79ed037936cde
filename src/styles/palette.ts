/*
 * The design tokens, defined once. Page CSS (as custom properties), the print and handout styles,
 * the chart classes, the share images and posters (which have no stylesheet), theme-color and the
 * PDF footer are all generated from or read this module.
 *
 * Text is set in `ink`, `ink2` or `accentInk` only: each keeps 7:1 against `paper` in both themes,
 * so the 长辈模式 needs no palette of its own. `accent` and `context` colour marks, never text.
 */

export interface Tokens {
  paper: string;
  paper2: string;
  ink: string;
  ink2: string;
  rule: string;
  accent: string;
  accentInk: string;
  accentSoft: string;
  context: string;
  contextSoft: string;
  focus: string;
  /** The dimmed page behind an overlay, and text on it. */
  scrim: string;
  onScrim: string;
}
export type Token = keyof Tokens;

export const LIGHT: Readonly<Tokens> = {
  paper: '#fbfaf7',
  paper2: '#f1efe9',
  ink: '#161616',
  ink2: '#4a4a4a',
  rule: '#d6d2c8',
  accent: '#b8141f',
  accentInk: '#a3121b',
  accentSoft: '#f3d9d6',
  context: '#8a8a8a',
  contextSoft: '#d9d6cf',
  focus: '#0b57d0',
  scrim: '#111111',
  onScrim: '#ffffff',
};

/** The same hues for a dark ground. */
export const DARK: Readonly<Tokens> = {
  paper: '#121212',
  paper2: '#1d1d1d',
  ink: '#ededed',
  ink2: '#b9b9b9',
  rule: '#3a3a3a',
  accent: '#ff5c61',
  accentInk: '#ff7a7e',
  accentSoft: '#4a1d1f',
  context: '#8f8f8f',
  contextSoft: '#3b3b3b',
  focus: '#8ab4f8',
  scrim: '#111111',
  onScrim: '#ffffff',
};

/** The system faces: no webfont on the page; the reader's own CJK fonts, sans for text and a Song for headlines. */
export const FONTS = {
  sans: "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', sans-serif",
  serif: "'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Noto Serif SC', 'SimSun', serif",
} as const;

/** QR codes are black on white in every theme, so that phone cameras always read them. */
export const QR = { dark: '#000000', light: '#ffffff' } as const;

type Declarations = Readonly<Record<string, Token | `${number}` | 'none' | 'transparent' | 'bold'>>;

/**
 * How chart marks and chart text are painted, by class. Builders write classes only; the page gets
 * these rules with custom properties (so dark mode and print restyle them), a PNG with the colours.
 */
export const CHART_RULES: ReadonlyArray<readonly [string, Declarations]> = [
  ['.mark--reported', { fill: 'accent' }],
  ['.mark--context', { fill: 'context' }],
  ['.mark--estimate', { stroke: 'accent', 'stroke-width': '1.5' }],
  ['.mark--target', { fill: 'transparent', stroke: 'accent', 'stroke-width': '2' }],
  ['.mark--before', { fill: 'context' }],
  ['.mark--approximate', { fill: 'none', stroke: 'accent', 'stroke-width': '1.5' }],
  ['.mark--badge', { fill: 'paper', stroke: 'accent', 'stroke-width': '1.5' }],
  ['.mark--badge-first', { fill: 'accent', stroke: 'accent', 'stroke-width': '1.5' }],
  ['.hatch-line', { stroke: 'accent', 'stroke-width': '1.5' }],
  ['.rule', { stroke: 'rule', 'stroke-width': '1', fill: 'none' }],
  ['.rule--strong', { stroke: 'ink2' }],
  ['.chart text', { fill: 'ink' }],
  ['.chart .t-value, .chart .t-head, .chart .t-big', { 'font-weight': 'bold' }],
  ['.chart .t-axis, .chart .t-note, .chart .t-tag', { fill: 'ink2' }],
  ['.chart .t-accent', { fill: 'accentInk' }],
  ['.chart .t-on-accent', { fill: 'paper' }],
];

const kebab = (token: string) => token.replace(/[A-Z]|\d+/g, (c) => `-${c.toLowerCase()}`);
const isToken = (v: string): v is Token => v in LIGHT;

/** Custom properties for a set of tokens: --paper: #fbfaf7; … */
function properties(tokens: Readonly<Tokens>): string {
  return Object.entries(tokens)
    .map(([name, value]) => `--${kebab(name)}:${value}`)
    .join(';');
}

/** The chart rules, with each token as `paint(token)`. */
export function chartCss(paint: (token: Token) => string): string {
  return CHART_RULES.map(([selector, decls]) => {
    const body = Object.entries(decls)
      .map(([prop, value]) => `${prop}:${isToken(value) ? paint(value) : value}`)
      .join(';');
    return `${selector}{${body}}`;
  }).join('');
}

/**
 * The page's tokens: light by default, dark where the reader asks for it. Read by the stylesheet of
 * every page (virtual:palette.css, see src/integrations/palette.ts). Paper's tokens come with the
 * print stylesheet (printPaletteCss), so the screen downloads none of them.
 */
export function pageCss(): string {
  return (
    `:root{color-scheme:light dark;${properties(LIGHT)};--font-sans:${FONTS.sans};--font-serif:${FONTS.serif}}` +
    `@media (prefers-color-scheme: dark){:root{${properties(DARK)}}}` +
    chartCss((token) => `var(--${kebab(token)})`)
  );
}

/** On paper, light always: the first rule of /print.css (loaded with media="print"). */
export function printPaletteCss(): string {
  return `:root{color-scheme:light;${properties(LIGHT)}}`;
}

/** The light tokens as custom properties only, for the handout, which is always on paper. */
export function paperCss(): string {
  return `:root{color-scheme:light;${properties(LIGHT)}}${chartCss((token) => `var(--${kebab(token)})`)}`;
}

/**
 * A standalone chart file (the large-text drawings, loaded as images) carries its own style: the
 * light colours, the dark ones where the reader asks for them, and the page's font stack.
 */
export function standaloneChartCss(): string {
  return (
    `.chart text{font-family:${FONTS.sans}}` +
    chartCss((token) => LIGHT[token]) +
    `@media (prefers-color-scheme: dark){${chartCss((token) => DARK[token])}}`
  );
}
