import type { Chart, Entry, Figure, Honour, Paragraph, Plan, Ranking, Section } from '../schema';

export interface Lookup {
  figure(id: string): Figure;
  ranking(id: string): Ranking;
  honour(id: string): Honour;
  paragraph(id: string): Paragraph;
  plan(id: string): Plan;
  chart(id: string): Chart;
  section(id: string): Section;
  /** A figure, ranking or honour. */
  entry(id: string): Entry;
  entryOrUndefined(id: string): Entry | undefined;
  figureOrUndefined(id: string): Figure | undefined;
}

export interface LookupData {
  figures: Figure[];
  rankings: Ranking[];
  honours: Honour[];
  paragraphs: Paragraph[];
  plans: Plan[];
  charts: Chart[];
  sections: Section[];
}

/** Id → entry maps over validated content. A missing id is a bug the content checks already rule out. */
export function createLookup(data: LookupData): Lookup {
  const maps = new Map<string, Map<string, unknown>>();
  const index = <T extends { id: string }>(items: T[], kind: string) => {
    const map = new Map(items.map((item) => [item.id, item]));
    maps.set(kind, map);
    return (id: string): T => {
      const item = map.get(id);
      if (!item) throw new Error(`unknown ${kind} "${id}"`);
      return item;
    };
  };
  const figure = index(data.figures, 'figure');
  const ranking = index(data.rankings, 'ranking');
  const honour = index(data.honours, 'honour');
  const entryOrUndefined = (id: string) =>
    (maps.get('figure')!.get(id) ?? maps.get('ranking')!.get(id) ?? maps.get('honour')!.get(id)) as Entry | undefined;
  return {
    figure,
    ranking,
    honour,
    paragraph: index(data.paragraphs, 'paragraph'),
    plan: index(data.plans, 'plan'),
    chart: index(data.charts, 'chart'),
    section: index(data.sections, 'section'),
    entry: (id) => {
      const e = entryOrUndefined(id);
      if (!e) throw new Error(`unknown figure, ranking or honour "${id}"`);
      return e;
    },
    entryOrUndefined,
    figureOrUndefined: (id) => maps.get('figure')!.get(id) as Figure | undefined,
  };
}
