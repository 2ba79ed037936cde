import { describe, expect, it } from 'vitest';
import { chartKey, chartLabel } from '../../../src/lib/chart-key';
import { bigProjects, gdpGrowth, pipeHouseholds, projects, rankings, revenueGrowth, soil, targetHightech } from '../../fixtures/chart-data';

describe('chartKey', () => {
  it('explains hatching as 预计 when a chart draws an estimate beside a result', () => {
    expect(chartKey('growth', [gdpGrowth, revenueGrowth])).toEqual([
      { swatch: 'muling', text: '原文数字' },
      { swatch: 'estimate', text: '预计数（斜线）' },
    ]);
  });

  it('explains the dashed outline as a 力争 target', () => {
    expect(chartKey('targets', [targetHightech])).toEqual([{ swatch: 'target', text: '目标（虚线框，力争）' }]);
  });

  it('says in words that 近 marks an approximate number', () => {
    expect(chartKey('livelihoods', [pipeHouseholds]).map((k) => k.text)).toContain('“近”：原文约数');
  });

  it('names the red and grey squares of the projects chart', () => {
    expect(chartKey('projects', [projects, bigProjects]).map((k) => k.text)).toEqual(['省市百大项目', '其他开复工项目']);
  });

  it('has no key for the rankings, whose rows say everything in words', () => {
    expect(chartKey('rankings', [])).toEqual([]);
  });

  it('gives a plain result no status word', () => {
    expect(chartKey('land', [soil])).toEqual([{ swatch: 'muling', text: '原文数字' }]);
  });
});

describe('chartLabel', () => {
  it('names the chart and every number it draws, estimates with 预计', () => {
    expect(chartLabel('增速', [gdpGrowth, revenueGrowth], [])).toBe(`增速。${gdpGrowth.label}预计11.0%，${revenueGrowth.label}12.1%`);
  });

  it('gives each ranking with its scope', () => {
    const r = rankings.find((x) => x.scope === '全国')!;
    expect(chartLabel('名次', [], [r])).toBe(`名次。${r.label}全国${r.printed}`);
  });
});
