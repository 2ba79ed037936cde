import type { Figure, Honour, Paragraph, Ranking } from '../schema';

export interface Lookup {
  figure(id: string): Figure;
  ranking(id: string): Ranking;
  honour(id: string): Honour;
  paragraph(id: string): Paragraph;
}

/** Id → entry maps over validated content. A missing id is a bug the content checks already rule out. */
export function createLookup(data: { figures: Figure[]; rankings: Ranking[]; honours: Honour[]; paragraphs: Paragraph[] }): Lookup {
  const index = <T extends { id: string }>(items: T[], kind: string) => {
    const map = new Map(items.map((item) => [item.id, item]));
    return (id: string): T => {
      const item = map.get(id);
      if (!item) throw new Error(`unknown ${kind} "${id}"`);
      return item;
    };
  };
  return {
    figure: index(data.figures, 'figure'),
    ranking: index(data.rankings, 'ranking'),
    honour: index(data.honours, 'honour'),
    paragraph: index(data.paragraphs, 'paragraph'),
  };
}
