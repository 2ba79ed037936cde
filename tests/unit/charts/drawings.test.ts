// Every chart, drawn as the story page draws it, matches its reviewed snapshot: a changed bar, a
// moved label or a figure that reads differently shows as a diff to review, not as a surprise on
// the page. To accept a change, copy the file the failure names over the snapshot and commit it.
import { describe, it } from 'vitest';
import { drawChart } from '../../../src/charts';
import { PAGE_CHART } from '../../../src/charts/sizes';
import { realContent } from '../../content';
import { expectSvgSnapshot } from './snapshot';

const { story } = realContent();
const { lookup, charts } = story;

describe('each chart at the story page size', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s looks as reviewed', (id, chart) => {
    const drawn = drawChart(chart, lookup, { width: PAGE_CHART.width }, `chart-${id}`);
    expectSvgSnapshot(drawn.svg, id, PAGE_CHART.width);
  });
});

describe('each chart in large text (长辈模式)', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s looks as reviewed', (id, chart) => {
    const drawn = drawChart(chart, lookup, PAGE_CHART.large, `chart-${id}`);
    expectSvgSnapshot(drawn.svg, `${id}-large`, PAGE_CHART.large.width);
  });
});
