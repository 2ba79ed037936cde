import type { Chart, Entry } from '../schema';
import type { Lookup } from './lookup';

/** Every entry a chart draws, in its order: what its table, its section's source line and data file hold. */
export function chartEntries(chart: Chart, lookup: Lookup): Entry[] {
  switch (chart.kind) {
    case 'bars':
      return chart.bars.map(lookup.figure);
    case 'units':
      return [lookup.figure(chart.whole), lookup.figure(chart.part)];
    case 'ranks':
      return chart.rankings.map(lookup.ranking);
    case 'pairs':
      return chart.pairs.flatMap((p) => [...(p.before ? [lookup.figure(p.before)] : []), lookup.figure(p.target)]);
  }
}
