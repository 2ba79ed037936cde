import { z } from 'astro/zod';

/** The story's sections, in reading order. Slugs are ASCII so shared links stay readable. */
export const SECTION_SLUGS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'] as const;
export const SectionSlug = z.enum(SECTION_SLUGS);
export type SectionSlug = z.infer<typeof SectionSlug>;

/** Units exactly as the article prints them. Each maps to a base unit in ./units.ts. */
/** 大 is how the article counts its 2021 plans' parts: 五大动力源, “十大基地”. */
export const UNITS = ['亿元', '万元', '万亩', '万名', '公里', '户', '家', '个', '座', '处', '名', '人', '条', '连丰', '大', '%'] as const;
export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

/** Words the article puts in front of a number; each changes what the number claims. */
export const QUALIFIERS = ['预计', '近', '力争', '控制在'] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * What an entry is in time: a 2020 result, a 2021 target (力争, with a number) or a 2021 plan.
 * Every year label, status word and source line on every surface is derived from this and `year`.
 */
export const PHASES = ['result', 'target', 'plan'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

export const Year = z.union([z.literal(2020), z.literal(2021)]);
export type Year = z.infer<typeof Year>;

/** The year each phase belongs to: results are 2020's, targets and plans 2021's. */
export const PHASE_YEAR: Readonly<Record<Phase, Year>> = { result: 2020, target: 2021, plan: 2021 };

/**
 * How a figure's number is qualified, derived from its phase and qualifier and checked against them:
 * a result as reported (控制在 included), estimated (预计) or approximate (近); a 2021 target (力争);
 * a number in a 2021 plan.
 */
export const STATUSES = ['reported', 'estimate', 'approximate', 'target', 'plan'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

/** Where a ranking holds. Kept as printed; never dropped. */
export const SCOPES = ['全国', '全省', '牡丹江市', '牡丹江地区'] as const;
export const Scope = z.enum(SCOPES);
export type Scope = z.infer<typeof Scope>;

export const KINDS = ['growth', 'money', 'count', 'land', 'length', 'people', 'rate', 'streak'] as const;
export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

export const CHART_IDS = ['rankings', 'growth', 'projects', 'targets'] as const;
export const ChartId = z.enum(CHART_IDS);
export type ChartId = z.infer<typeof ChartId>;

export const Numerals = z.enum(['arabic', 'hanzi']);
export type Numerals = z.infer<typeof Numerals>;

export const paragraphId = z.string().regex(/^p-[a-z0-9-]+$/, 'a paragraph id looks like p-jichu-1');
export const figureId = z.string().regex(/^f-[a-z0-9-]+$/, 'a figure id looks like f-gdp-growth');
export const rankingId = z.string().regex(/^r-[a-z0-9-]+$/, 'a ranking id looks like r-gdp-growth-city');
export const honourId = z.string().regex(/^h-[a-z0-9-]+$/, 'an honour id looks like h-urbanisation');
export const planId = z.string().regex(/^plan-[a-z0-9-]+$/, 'a plan id looks like plan-tech');

/**
 * A text the site writes (prose, a title, a note, a share line), with the paragraphs of the cleaned
 * article it rests on. Numbers are never typed: `{{f-…}}`, `{{r-…}}`, `{{h-…}}` tokens render an
 * entry as printed, and `{{r-a|r-b}}` one printed phrase that states several (均居牡丹江市首位).
 * The content checks hold every token, quoted term and year in it against those paragraphs.
 */
export const Claim = z.strictObject({
  text: z.string().min(1),
  from: z.array(paragraphId).min(1, 'name the paragraph(s) of the article this text rests on'),
});
export type Claim = z.infer<typeof Claim>;
