// Every chart, drawn as the story page draws it, matches its reviewed drawing in __snapshots__/: a
// changed bar, a moved label or a figure that reads differently shows as a diff to review, not as a
// surprise on the page. To accept a change, run `npx vitest run --project unit -u`, read the diff of
// the .svg files and commit them. In CI (CI=true) a missing drawing is never written: it fails.
import { describe, expect, it } from 'vitest';
import { drawChart } from '../../../src/charts';
import { PAGE_CHART } from '../../../src/charts/sizes';
import { realContent } from '../../content';

/**
 * Attributes that hold the drawing's coordinates and lengths: the only place where the last digits
 * of floating point may differ from machine to machine.
 */
const GEOMETRY = new Set(
  'x y x1 y1 x2 y2 cx cy r rx ry dx dy width height d points transform patternTransform gradientTransform viewBox'.split(' '),
);
const START_TAG = /<[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*\/?>/g;
const ATTRIBUTE = /(\s)([^\s=/>]+)(\s*=\s*)("[^"]*"|'[^']*')/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
const round = (n: string) => {
  const r = Math.round(Number(n) * 10) / 10;
  return String(r === 0 ? 0 : r);
};
const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A drawing made comparable: numbers of geometry attributes rounded to one decimal; the ids the
 * chart generates from its prefix (and the references to them) written `ID-…`, whatever prefix the
 * caller chose; one element per line, so that a diff reads. Text, and every other attribute, stays
 * exactly as drawn: a label that says 3.35% must say 3.35% in the snapshot.
 */
function normalise(markup: string, prefix: string): string {
  const ids = new RegExp(`(^|#)${literally(prefix)}-`, 'g');
  const tags = markup.replace(START_TAG, (tag) =>
    tag.replace(ATTRIBUTE, (whole, space: string, name: string, eq: string, value: string) => {
      if (GEOMETRY.has(name)) return `${space}${name}${eq}${value.replace(NUMBER, round)}`;
      if (name === 'id' || /url\(#|^["']#/.test(value)) return `${space}${name}${eq}${value[0]}${value.slice(1).replace(ids, '$1ID-')}`;
      return whole;
    }),
  );
  return `${tags.replace(/></g, '>\n<')}\n`;
}

describe('the normalisation of a drawing', () => {
  it('rounds the coordinates and lengths, writes the generated ids as ID-…, and puts one element per line', () => {
    expect(normalise('<g transform="translate(1.26,-0.04)"><rect id="c-x-hatch" width="10.05" fill="url(#c-x-hatch)"/></g>', 'c-x')).toBe(
      '<g transform="translate(1.3,0)">\n<rect id="ID-hatch" width="10.1" fill="url(#ID-hatch)"/>\n</g>\n',
    );
  });
  it('never touches the text a reader reads, nor any other attribute: 3.35% stays 3.35%, 11.0% stays 11.0%', () => {
    const markup =
      '<svg aria-label="c-x-增长3.35%" data-value="3.35" font-size="13.5"><text x="2.25">控制在3.35%</text><text>11.0%（预计）c-x-</text></svg>';
    expect(normalise(markup, 'c-x')).toBe(
      '<svg aria-label="c-x-增长3.35%" data-value="3.35" font-size="13.5">\n<text x="2.3">控制在3.35%</text>\n<text>11.0%（预计）c-x-</text>\n</svg>\n',
    );
  });
});

// The four charts of content/charts.json, in order (registry.test.ts checks that there are no others).
const CHART_IDS = ['rankings', 'growth', 'projects', 'targets'];

describe('each chart at the story page size', () => {
  it.each(CHART_IDS)('%s looks as reviewed', async (id) => {
    const { lookup } = realContent().story;
    const drawn = drawChart(lookup.chart(id), lookup, { width: PAGE_CHART.width }, `chart-${id}`);
    await expect(normalise(drawn.svg, `chart-${id}`)).toMatchFileSnapshot(`./__snapshots__/${id}-${PAGE_CHART.width}.svg`);
  });
});

describe('each chart in large text (长辈模式)', () => {
  it.each(CHART_IDS)('%s looks as reviewed', async (id) => {
    const { lookup } = realContent().story;
    const drawn = drawChart(lookup.chart(id), lookup, PAGE_CHART.large, `chart-${id}`);
    await expect(normalise(drawn.svg, `chart-${id}`)).toMatchFileSnapshot(`./__snapshots__/${id}-large-${PAGE_CHART.large.width}.svg`);
  });
});
