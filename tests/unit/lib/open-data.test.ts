import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureRecord, inReadingOrder, rankingRecord, sourceUrl, targetRecords } from '../../../src/lib/open-data';
import { printedNumber } from '../../../src/lib/wording';
import { FigureRecord, RankingRecord, TargetRecord, type Figure, type Paragraph, type Plan, type Ranking } from '../../../src/schema';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8')) as T;
// The content files as written, read inside the tests that use them.
const figures = () => read<Figure[]>('figures.json');
const rankings = () => read<Ranking[]>('rankings.json');
const plans = () => read<Plan[]>('plans.json');
const paragraphs = () => read<Paragraph[]>('article/paragraphs.json');
const SITE = 'https://shudu2020.example.org';
const entryOf = (id: string) => figures().find((f) => f.id === id);
const figure = (id: string) => {
  const f = figures().find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} in figures.json`);
  return f;
};

describe('printedNumber', () => {
  it('is the number as printed, without the unit: 38.2亿元 → 38.2, 11.0% → 11.0', () => {
    expect(printedNumber({ printed: '38.2亿元', unit: '亿元', qualifier: null })).toBe('38.2');
    expect(printedNumber({ printed: '11.0%', unit: '%', qualifier: '预计' })).toBe('11.0');
  });

  it('drops 近, which the approximate column already says: 近7000户 → 7000', () => {
    expect(printedNumber({ printed: '近7000户', unit: '户', qualifier: '近' })).toBe('7000');
  });

  it('keeps Chinese numerals as printed: 两家 → 两, 十七连丰 → 十七', () => {
    expect(printedNumber({ printed: '两家', unit: '家', qualifier: null })).toBe('两');
    expect(printedNumber({ printed: '十七连丰', unit: '连丰', qualifier: null })).toBe('十七');
  });

  it('puts every figure of the content back together: (近) + number + unit is the printed form', () => {
    expect(figures()).toHaveLength(35);
    for (const f of figures()) {
      expect((f.qualifier === '近' ? '近' : '') + printedNumber(f) + f.unit, f.id).toBe(f.printed);
    }
  });
});

describe('records', () => {
  it("sourceUrl is the absolute address of the entry's own words on 原文", () => {
    expect(sourceUrl('f-jobs', SITE)).toBe('https://shudu2020.example.org/yuanwen/#f-jobs');
  });

  it('a figure record keeps every field of the figure, adds number, baseUnit and sourceUrl, and passes its schema', () => {
    const f = figure('f-loans');
    const record = figureRecord(f, SITE);
    expect(record).toMatchObject(f);
    expect(record).toMatchObject({ number: '11.9', baseUnit: '元', sourceUrl: `${SITE}/yuanwen/#${f.id}` });
    expect(figures()).toHaveLength(35);
    for (const f of figures()) expect(() => FigureRecord.parse(figureRecord(f, SITE)), f.id).not.toThrow();
  });

  it("a figure record lists its fields in the schema's column order", () => {
    expect(Object.keys(figureRecord(figure('f-loans'), SITE))).toEqual(Object.keys(FigureRecord.shape));
  });

  it('a ranking record keeps every field of the ranking and passes its schema, in column order', () => {
    expect(rankings()).toHaveLength(10);
    for (const r of rankings()) {
      const record = rankingRecord(r, SITE);
      expect(record).toMatchObject(r);
      expect(Object.keys(record)).toEqual(Object.keys(RankingRecord.shape));
      expect(() => RankingRecord.parse(record), r.id).not.toThrow();
    }
  });

  it('the 2021 records are exactly the 2021 numbers (targets and plans), each with the plan that lists it', () => {
    const targets = targetRecords(figures(), plans(), SITE, entryOf);
    expect(targets.map((t) => [t.id, t.plan, t.planTitle])).toEqual([
      ['f-target-hightech', 'plan-tech', '把科技的力量用得更好'],
      ['f-target-sme', 'plan-tech', '把科技的力量用得更好'],
      ['f-tourism-belts', 'plan-services', '深化服务业开放融合'],
      // A plan without heading words of its own is named by its first clause, in the article's words.
      ['f-five-drivers', 'plan-drivers', '以争创国家创新型县市为统领'],
      ['f-ten-bases', 'plan-talent', '把人才的政策定得更活'],
    ]);
    for (const t of targets) expect(() => TargetRecord.parse(t), t.id).not.toThrow();
  });

  it('a target that no plan lists has plan null', () => {
    const [t] = targetRecords([figure('f-target-hightech')], [], SITE, entryOf);
    expect([t!.plan, t!.planTitle]).toEqual([null, null]);
  });
});

describe('inReadingOrder', () => {
  it('orders by paragraph, then by where the quote stands in the paragraph', () => {
    const ps: Paragraph[] = [
      { id: 'p-b', order: 2, kind: 'paragraph', section: 'jichu', text: '甲乙丙' },
      { id: 'p-a', order: 1, kind: 'paragraph', section: 'jichu', text: '子丑' },
    ];
    const entries = [
      { id: 'x', paragraph: 'p-b', quote: '丙' },
      { id: 'y', paragraph: 'p-b', quote: '甲' },
      { id: 'z', paragraph: 'p-a', quote: '丑' },
    ];
    expect(inReadingOrder(entries, ps).map((e) => e.id)).toEqual(['z', 'y', 'x']);
  });

  it('keeps every entry, once', () => {
    const ordered = inReadingOrder(figures(), paragraphs());
    expect(ordered).toHaveLength(35);
    expect(ordered.map((f) => f.id).sort()).toEqual(
      figures()
        .map((f) => f.id)
        .sort(),
    );
  });
});
