import { z } from 'astro/zod';
import { Figure } from './figure';
import { Ranking } from './ranking';
import { planId } from './vocab';

/**
 * The rows of the open-data files (/data/*.csv, /data/*.json): each content entry as stored, plus
 * what a reader of the data needs without our code — the number as printed, the base unit of
 * `value`, and the absolute address of the paragraph of 原文 that states it. The descriptions are
 * the column notes, shown on 原文 and carried into the published JSON Schemas.
 */
const sourceUrl = z.url().describe('原文中说出这一条的那一句的网址（/yuanwen/#编号，在它所在的段落里）');

export const FigureRecord = z.strictObject({
  id: Figure.shape.id.describe('数字的编号'),
  label: Figure.shape.label.describe('指标，用原文的说法'),
  printed: Figure.shape.printed.describe('原文印出的数字与单位，例如 11.0%、38.2亿元、近7000户、两家'),
  number: z.string().min(1).describe('原文印出的数（不含“近”和单位），例如 11.0、38.2、7000、两'),
  unit: Figure.shape.unit.describe('原文的单位'),
  qualifier: Figure.shape.qualifier.describe('数字前的限定词：预计、近、力争、控制在；没有则为空'),
  scope: Figure.shape.scope.describe('范围：全国、全省、牡丹江市、牡丹江地区；没有则为空'),
  value: Figure.shape.value.describe('换算成基本单位的数值，便于计算'),
  baseUnit: z.string().min(1).describe('value 的基本单位：亿元、万元为元，万亩为亩，万名为人，其余同原文单位'),
  decimals: Figure.shape.decimals.describe('原文保留的小数位数'),
  numerals: Figure.shape.numerals.describe('原文用阿拉伯数字（arabic）还是汉字（hanzi）'),
  kind: Figure.shape.kind.describe(
    '数字的类别：growth 增速，money 金额，count 个数，land 面积，length 长度，people 人数，rate 比率，streak 连丰',
  ),
  status: Figure.shape.status.describe(
    '性质：reported 原文数字，estimate 预计，approximate 约数（近），target 目标（力争），plan 计划中的数',
  ),
  phase: Figure.shape.phase.describe('时段：result 为2020年的结果，target 为2021年的目标，plan 为2021年的计划'),
  year: Figure.shape.year.describe('所属年份：2020 或 2021'),
  section: Figure.shape.section.describe('所在的数读2020章节（/s/章节/）'),
  paragraph: Figure.shape.paragraph.describe('原文段落编号'),
  sourceUrl,
  quote: Figure.shape.quote.describe('原文中说出这个数字的整句，一字不改'),
});
export type FigureRecord = z.infer<typeof FigureRecord>;

export const RankingRecord = z.strictObject({
  id: Ranking.shape.id.describe('名次的编号'),
  indicator: Ranking.shape.indicator.describe('指标，用原文的说法'),
  label: Ranking.shape.label.describe('简短的指标名'),
  scope: Ranking.shape.scope.describe('在什么范围内排名：全国、全省、牡丹江市、牡丹江地区'),
  place: Ranking.shape.place.describe('名次，1 为第一'),
  printed: Ranking.shape.printed.describe('原文的说法：首位、第一、第一名、第三……'),
  phase: Ranking.shape.phase.describe('时段：result 为2020年的结果'),
  year: Ranking.shape.year.describe('年份'),
  section: Ranking.shape.section.describe('所在的数读2020章节'),
  paragraph: Ranking.shape.paragraph.describe('原文段落编号'),
  sourceUrl,
  quote: Ranking.shape.quote.describe('原文中说出这个名次的整句，一字不改'),
  collective: Ranking.shape.collective.describe('原文对共享这一名次的几项指标的总称（如“关键指标”）；没有则为空'),
  figure: Ranking.shape.figure.describe('这个名次对应的数字的编号（figures 中的 id）；原文没有给出则为空'),
});

/** What every data file says about itself: what it is, where it comes from, and its license. */
export const DataFileHead = z.strictObject({
  title: z.string().min(1).describe('这份数据是什么'),
  source: z.string().min(1).describe('出处：报纸、标题、年份'),
  license: z.string().min(1).describe('本站数据文件的许可'),
  licenseUrl: z.url().describe('许可的全文'),
});
export type RankingRecord = z.infer<typeof RankingRecord>;

/** A 2021 target (a figure with status "target") with the plan that promises it. */
export const TargetRecord = z.strictObject({
  ...FigureRecord.shape,
  plan: planId.nullable().describe('提出这个目标的2021年计划的编号'),
  planTitle: z.string().min(1).nullable().describe('那项计划的标题，用原文的说法'),
});
export type TargetRecord = z.infer<typeof TargetRecord>;
