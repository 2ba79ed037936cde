// One palette: every colour of the site — page, print, handout, share images, charts, theme-color —
// is written once, in src/styles/palette.ts, and asked for everywhere else. A colour written
// anywhere else in src/ (a hex code, rgb()/hsl(), or a colour by name in a colour property) fails
// here, naming the file and line.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../../src/node/files';
import { expect, it } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;
const PALETTE = 'styles/palette.ts';

const COLOUR = [
  /#[0-9a-f]{3,8}\b(?![-\w])/i,
  /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i,
  /\b(color|background|background-color|fill|stroke|border(-[a-z]+)*|outline|theme-color)\s*[:=]\s*['"]?(white|black|red|green|blue|gr[ae]y|silver|maroon|navy)\b/i,
];

const files = (dir: string) => filesUnder(dir).map((rel) => join(dir, rel));

it(`no colour is written in src/ outside ${PALETTE}`, () => {
  const found: string[] = [];
  for (const file of files(SRC)) {
    const name = relative(SRC, file);
    if (name === PALETTE || !/\.(ts|mjs|astro|css|svg|conf)$/.test(name)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (COLOUR.some((re) => re.test(line))) found.push(`src/${name}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
  }
  expect(found).toEqual([]);
});

it('the palette itself is where the colours are', () => {
  const palette = readFileSync(join(SRC, PALETTE), 'utf8');
  expect(palette.match(/#[0-9a-f]{6}\b/gi)?.length ?? 0).toBeGreaterThan(10);
});
