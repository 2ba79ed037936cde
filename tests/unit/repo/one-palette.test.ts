// One palette: every colour of the site — page, print, handout, share images, charts, theme-color —
// is written once, in src/styles/palette.ts, and asked for everywhere else. A colour written
// anywhere else in src/ (a hex code, rgb()/hsl(), or a colour by name anywhere in the value of a
// colour property: `outline: 3px solid orange`) fails here, naming the file and line.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { color } from 'd3';
import { filesUnder } from '../../../src/node/files';
import { expect, it } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;
const PALETTE = 'styles/palette.ts';

const COLOUR = [/#[0-9a-f]{3,8}\b(?![-\w])/i, /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i];

/** A property that takes a colour, and its value up to the end of the declaration. */
const DECLARATION =
  /(?<![-\w])(color|background(-color)?|fill|stroke|border(-[a-z]+)*|outline(-color)?|theme-color|[a-z]+(-[a-z]+)*-color|box-shadow|text-shadow|column-rule)\s*[:=]\s*([^;{}]*)/gi;
/** A bare word in a value: not part of a custom property, a name with a dot, or a function. */
const WORD = /(?<![-\w.#$])[a-z]+(?![-\w.(])/gi;

/** Whether a line gives a colour by its CSS name (any of the 148, as d3-color knows them; transparent is no colour). */
const namesAColour = (line: string) =>
  [...line.matchAll(DECLARATION)].some((m) =>
    (m.at(-1)?.match(WORD) ?? []).some((word) => word.toLowerCase() !== 'transparent' && color(word) !== null),
  );

/** Whether a line of source writes a colour. */
const writesAColour = (line: string) => COLOUR.some((re) => re.test(line)) || namesAColour(line);

const files = (dir: string) => filesUnder(dir).map((rel) => join(dir, rel));

it(`no colour is written in src/ outside ${PALETTE}`, () => {
  const found: string[] = [];
  for (const file of files(SRC)) {
    const name = relative(SRC, file);
    if (name === PALETTE || !/\.(ts|mjs|astro|css|svg|conf)$/.test(name)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (writesAColour(line)) found.push(`src/${name}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
  }
  expect(found).toEqual([]);
});

it('the palette itself is where the colours are', () => {
  const palette = readFileSync(join(SRC, PALETTE), 'utf8');
  expect(palette.match(/#[0-9a-f]{6}\b/gi)?.length ?? 0).toBeGreaterThan(10);
});

it("the check sees a colour however it is written, and leaves the palette's names alone", () => {
  for (const line of [
    'color: #222;',
    'a:hover { color: rgb(0 0 0); }',
    'background: white;',
    ':focus-visible { outline: 3px solid orange; outline-offset: 2px; }',
    'border-bottom: 1px solid black;',
    'a:hover { color: crimson; }',
    'text-decoration-color: DarkRed;',
    "const mark = { fill: 'teal' };",
    '<meta name="theme-color" content="#ffffff" />',
  ]) {
    expect(writesAColour(line), line).toBe(true);
  }
  for (const line of [
    'color: var(--ink);',
    'outline: 3px solid var(--focus-red);',
    'background: transparent;',
    'fill: currentColor;',
    'border: 1px solid var(--rule); border-radius: 4px;',
    'color: LIGHT.black,',
    '<meta name="theme-color" content={LIGHT.paper} />',
    '// the red line marks the target',
  ]) {
    expect(writesAColour(line), line).toBe(false);
  }
});
