// Escape by default; raw HTML is explicit and rare. Every `set:html` in src/ is listed here with the
// reason its markup is safe, and any new one fails until it is reviewed and added.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from '../../../src/node/files';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;

/**
 * File (under src/) → how many `set:html` it may hold, and why the markup it injects is ours: what
 * each one injects (`value`) and the line of the file that makes it so (`made`).
 */
const ALLOWED: Record<string, { count: number; why: string; value: string; made: RegExp }> = {
  'components/ChartFigure.astro': {
    count: 1,
    why: 'the chart SVG from the registry (src/charts), whose writers escape every text they draw',
    value: 'drawn.svg',
    made: /^const drawn = drawChart\(/m,
  },
  'components/handout/HChart.astro': {
    count: 1,
    why: 'the same chart SVG on the handout',
    value: 'drawn.svg',
    made: /^const drawn = drawChart\(/m,
  },
  'components/JsonLd.astro': {
    count: 1,
    why: 'JSON.stringify of our own structured data, with every < escaped so no text can close the script element',
    value: 'json',
    made: /^const json = JSON\.stringify\(Astro\.props\.data\)\.replace\(\/<\/g, '\\\\u003c'\);$/m,
  },
};

/** Browser-side ways to write raw HTML; the scripts that ship to browsers use none of them. */
const RAW_DOM = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/;

const files = (dir: string) => filesUnder(dir).map((rel) => join(dir, rel));

const sources = files(SRC).filter((f) => /\.(astro|ts|tsx|js|mjs|md|mdx)$/.test(f));
// A use is the directive written as an attribute; a mention in a comment does not count.
const uses = (text: string) => [...text.matchAll(/\sset:html\s*=/g)].length;

describe('set:html', () => {
  it('appears only where the project builds the markup itself (an explicit allowlist)', () => {
    const found: Record<string, number> = {};
    for (const file of sources) {
      const n = uses(readFileSync(file, 'utf8'));
      if (n > 0) found[relative(SRC, file)] = n;
    }
    const unreviewed = Object.entries(found)
      .filter(([file, n]) => (ALLOWED[file]?.count ?? 0) < n)
      .map(([file, n]) => `src/${file}: ${n} × set:html, ${ALLOWED[file]?.count ?? 0} allowed`);
    expect(unreviewed, 'new set:html: escape the text instead, or review it and add it to ALLOWED with the reason').toEqual([]);
  });

  it('every allowlisted file still exists and still uses it (the list does not go stale)', () => {
    for (const [file, { count }] of Object.entries(ALLOWED)) {
      const path = join(SRC, file);
      expect(sources, `src/${file}`).toContain(path);
      expect(uses(readFileSync(path, 'utf8')), `src/${file}`).toBe(count);
    }
  });

  it('every allowlisted use still injects what its reason is about, made as the reason says', () => {
    for (const [file, { value, made }] of Object.entries(ALLOWED)) {
      const text = readFileSync(join(SRC, file), 'utf8');
      const injected = [...text.matchAll(/\sset:html\s*=\s*\{([^}]*)\}/g)].map((m) => m[1]);
      expect(injected, `src/${file}`).toEqual(Array(uses(text)).fill(value));
      expect(text, `src/${file}`).toMatch(made);
    }
  });
});

describe('scripts that ship to browsers', () => {
  it('never write raw HTML (innerHTML, insertAdjacentHTML, document.write…)', () => {
    for (const file of files(join(SRC, 'client'))) {
      expect(readFileSync(file, 'utf8'), relative(SRC, file)).not.toMatch(RAW_DOM);
    }
  });
});
