import { z } from 'astro/zod';
import { Phase, SectionSlug, Status, Year } from './vocab';

/** One row of a section's own data file (/data/sections/<slug>.csv): a number or place the section shows. */
export const SectionRow = z.strictObject({
  section: SectionSlug.describe('章节的编号'),
  id: z.string().min(1).describe('数字或名次的编号'),
  label: z.string().min(1).describe('指标，用原文的说法'),
  printed: z.string().min(1).describe('原文印出的数字或名次（名次带范围）'),
  qualifier: z.string().nullable().describe('限定词：预计、近、力争、控制在；没有则为空'),
  value: z.number().describe('数值（基本单位）；名次为名次数，1 为第一'),
  unit: z.string().min(1).describe('value 的单位；名次为“名”'),
  status: Status.describe('性质：reported 原文数字，estimate 预计，approximate 约数，target 目标，plan 计划'),
  phase: Phase.describe('时段：result 2020年结果，target 2021年目标，plan 2021年计划'),
  year: Year.describe('年份'),
  sourceUrl: z.url().describe('原文中说出它的那一句的网址'),
  quote: z.string().min(1).describe('原文的那一句，一字不改'),
  license: z.string().min(1).describe('本站数据文件的许可'),
});
export type SectionRow = z.infer<typeof SectionRow>;
