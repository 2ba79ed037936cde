// How an entry reads, decided once: these are the words every surface prints.
import { describe, expect, it } from 'vitest';
import {
  framingLine,
  locatorLine,
  mastheadName,
  planName,
  printedParts,
  printedOnMark,
  printedQualified,
  labelWithStatus,
  sourceLine,
  printedAloud,
  statusOf,
  tags,
  yearLabel,
  yearsNote,
} from '../../../src/lib/wording';
import { realContent } from '../../content';

// Entries of the real content, looked up inside each test, so that a content problem fails the
// test that needs it.
const f = (id: string) => realContent().story.lookup.figure(id);
const r = (id: string) => realContent().story.lookup.ranking(id);
const figureOf = (id: string) => realContent().story.lookup.figureOrUndefined(id);

describe('yearLabel', () => {
  it('is 2020年 for a result, 2021年目标 for a target, 2021年计划 for a plan', () => {
    expect(yearLabel(f('f-jobs'))).toBe('2020年');
    expect(yearLabel(f('f-target-hightech'))).toBe('2021年目标');
    expect(yearLabel(f('f-tourism-belts'))).toBe('2021年计划');
  });
});

describe('statusOf', () => {
  it('a ranking won by an estimated growth rate is an estimate too', () => {
    expect(statusOf(r('r-gdp-growth-city'), figureOf)).toBe('estimate');
    expect(statusOf(r('r-revenue-growth-city'), figureOf)).toBe('reported');
  });
});

describe('tags beside a figure shown large', () => {
  it('say 预计 for an estimate, nothing for a plain result, in its own year', () => {
    expect(tags(f('f-gdp-growth'), { year: 2020 }, figureOf)).toEqual(['预计']);
    expect(tags(f('f-projects'), { year: 2020 }, figureOf)).toEqual([]);
  });
  it('say the year where the surroundings are about another year, or always when asked', () => {
    expect(tags(f('f-old-estates'), { year: 2021 }, figureOf)).toEqual(['2020年']);
    expect(tags(f('f-gdp-growth'), { year: 2020, always: true }, figureOf)).toEqual(['2020年', '预计']);
    expect(tags(f('f-target-hightech'), { year: 2021 }, figureOf)).toEqual(['目标']);
    expect(tags(f('f-target-hightech'), { year: 2020 }, figureOf)).toEqual(['2021年目标']);
  });
  it('say 预计 beside a ranking of an estimate (the 数读 card once dropped it)', () => {
    expect(tags(r('r-gdp-growth-city'), { year: 2020, always: true }, figureOf)).toEqual(['2020年', '预计']);
  });
});

describe('the words around a number', () => {
  it('printedQualified keeps 预计, 力争 and 控制在 before the number, and 近 inside it', () => {
    expect(printedQualified(f('f-gdp-growth'))).toBe('预计11.0%');
    expect(printedQualified(f('f-target-sme'))).toBe('力争30户');
    expect(printedQualified(f('f-unemployment'))).toBe('控制在3.35%');
    expect(printedQualified(f('f-pipe-households'))).toBe('近7000户');
  });
  it('printedOnMark is the value beside a chart mark: 11.0%（预计）, 目标 10户, 控制在3.35%', () => {
    expect(printedOnMark(f('f-gdp-growth'))).toBe('11.0%（预计）');
    expect(printedOnMark(f('f-target-hightech'))).toBe('目标 10户');
    expect(printedOnMark(f('f-unemployment'))).toBe('控制在3.35%');
    expect(printedOnMark(f('f-pipe-households'))).toBe('近7000户');
  });
  it('labelWithStatus says 预计 where the ranked figure is an estimate', () => {
    expect(labelWithStatus(r('r-industry-growth-city'), figureOf)).toBe('规上工业增加值增长（预计）');
    expect(labelWithStatus(r('r-investment-city'), figureOf)).toBe('招商引资到位资金');
  });
  it('printedAloud names the entry with nothing dropped', () => {
    expect(printedAloud(f('f-gdp-growth'), figureOf)).toBe('地区生产总值增长（预计）11.0%');
    expect(printedAloud(f('f-target-sme'), figureOf)).toBe('新增科技型中小企业（2021年目标，力争）30户');
    expect(printedAloud(f('f-unemployment'), figureOf)).toBe('登记失业率控制在3.35%');
    expect(printedAloud(r('r-poverty-province'), figureOf)).toBe('新增产业扶贫项目…绩效评价全省第二名');
  });
});

describe('source lines follow what a surface shows', () => {
  it('2020 results: 数据为2020年; 2021 targets: 为2021年目标; both: says both', () => {
    expect(yearsNote([f('f-jobs')])).toBe('数据为2020年');
    expect(yearsNote([f('f-target-hightech'), f('f-target-sme')])).toBe('为2021年目标');
    expect(yearsNote([f('f-tourism-belts')])).toBe('为2021年计划');
    expect(yearsNote([f('f-new-hightech-firms'), f('f-target-hightech')])).toBe('2020年数据与2021年目标');
  });
  it('name the article with its newspaper and year', () => {
    expect(sourceLine(realContent().story.source, [f('f-target-hightech')])).toBe(
      '来源：牡丹江日报《走出县域经济高质量发展特色之路》（2021年），为2021年目标',
    );
  });
});

describe('the words of the first screen, a plan out of its list, the masthead', () => {
  const { story } = realContent();
  it("locatorLine says where 穆棱 is, marked as the site's note: the article does not say it", () => {
    expect(locatorLine(story.source)).toBe('穆棱市：黑龙江省牡丹江市所辖县级市（编者注）');
  });
  it('framingLine says whose reporting, of which year, the years of its numbers and plans, and that the site does not follow them up', () => {
    expect(framingLine(story.source)).toBe(
      '据牡丹江日报2021年的报道整理（文中说全会“年初”召开）：2020年的数字，和报道写下的2021年计划与目标；本站不追踪计划后来的执行。',
    );
  });
  it('planName is a plan’s heading words, or else its first clause, in the article’s words', () => {
    expect(planName(story.lookup.plan('plan-tech'), story.lookup.entryOrUndefined)).toBe('把科技的力量用得更好');
    expect(planName(story.lookup.plan('plan-urban'), story.lookup.entryOrUndefined)).toBe('以实施“城市更新”行动为抓手');
  });
  it('mastheadName is 数读2020 · 穆棱', () => {
    expect(mastheadName(story.source)).toBe('数读2020 · 穆棱');
  });
  it('printedParts cuts a printed figure into 近, the number and the unit, which spell it again', () => {
    expect(printedParts(f('f-pipe-households'))).toEqual({ approx: '近', number: '7000', unit: '户' });
    expect(printedParts(f('f-investment'))).toEqual({ approx: '', number: '38.2', unit: '亿元' });
    expect(printedParts(f('f-five-drivers'))).toEqual({ approx: '', number: '五', unit: '大' });
  });
});
