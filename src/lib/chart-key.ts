import type { ChartId, Figure, Ranking } from '../schema';
import { statusWord } from './status';

export interface KeyItem {
  /** The swatch class suffix (swatch--muling…), or none for a key given in words only. */
  swatch?: 'muling' | 'context' | 'estimate' | 'target';
  text: string;
}

/**
 * What a chart's key explains, in words: every kind of mark it draws, so status never rests on
 * colour or line style alone. The web figure and the handout share it.
 */
export function chartKey(chart: ChartId, figures: readonly Figure[]): KeyItem[] {
  if (chart === 'rankings') return [];
  if (chart === 'projects') return [{ swatch: 'muling', text: '省市百大项目' }, { swatch: 'context', text: '其他开复工项目' }];
  const statuses = new Set(figures.map((f) => f.status));
  const key: KeyItem[] = [];
  if (statuses.has('reported') || statuses.has('approximate')) key.push({ swatch: 'muling', text: '原文数字' });
  if (statuses.has('estimate')) key.push({ swatch: 'estimate', text: '预计数（斜线）' });
  if (statuses.has('target')) key.push({ swatch: 'target', text: '目标（虚线框，力争）' });
  if (statuses.has('approximate')) key.push({ text: '“近”：原文约数' });
  return key;
}

/** The chart's accessible name: its title, then every number it draws, with its status in words. */
export function chartLabel(title: string, figures: readonly Figure[], rankings: readonly Ranking[]): string {
  const numbers = [
    ...figures.map((f) => `${f.label}${f.status === 'reported' ? '' : statusWord(f.status)}${f.printed}`),
    ...rankings.map((r) => `${r.label}${r.scope}${r.printed}`),
  ];
  return `${title}。${numbers.join('，')}`;
}
