import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Paragraph, Repair } from '../../../src/schema';
import { applyRepairs, cleanedText } from '../../../src/lib/repairs';

const read = (path: string) => readFileSync(new URL(`../../../content/${path}`, import.meta.url), 'utf8');

/** The article as extracted, its repair log and the cleaned article, read and repaired inside each
 * test that needs them: a log that no longer applies fails those tests, by name. */
let memo: { raw: string; repairs: Repair[]; paragraphs: Paragraph[]; cleaned: string; blocks: string[] } | undefined;
function article() {
  if (!memo) {
    const raw = read('article/raw.txt');
    const repairs = (JSON.parse(read('article/repairs.json')) as unknown[]).map((entry) => Repair.parse(entry));
    const paragraphs = (JSON.parse(read('article/paragraphs.json')) as unknown[]).map((entry) => Paragraph.parse(entry));
    const cleaned = applyRepairs(raw, repairs);
    memo = { raw, repairs, paragraphs, cleaned, blocks: cleaned.split('\n\n') };
  }
  return memo;
}

/** The photo captions of the printed page and its photo credit: no photos, so none of them stays. */
const CAPTIONS = ['穆棱城区。', '省级高新技术产业开发区内的企业生产车间。', '老旧小区改造。', '万亩沙棘谷。', '奋斗水库供水工程。'];
const CREDIT = '本版图片均由穆棱市委宣传部提供';

/** Steps that mend text inside a block, as opposed to steps that drop whole blocks. */
const IN_BLOCK_KINDS = new Set(['bold-markup', 'misread', 'doubled-word', 'duplicate-list-item', 'layout-mark']);

const step = (over: Partial<Repair>): Repair => ({
  id: 'fix-99',
  kind: 'misread',
  find: 'x',
  replace: 'y',
  occurrence: 1,
  where: 'a test',
  why: 'a test',
  ...over,
});

describe('applyRepairs', () => {
  it('replaces only the occurrence-th match of find, counting from 1', () => {
    expect(applyRepairs('a-a-a', [step({ find: 'a', replace: 'b', occurrence: 2 })])).toBe('a-b-a');
  });

  it('applies the steps in order, each to the output of the one before', () => {
    const log = [step({ id: 'fix-01', find: 'ab', replace: 'c' }), step({ id: 'fix-02', find: 'cc', replace: 'd' })];
    expect(applyRepairs('abc', log)).toBe('d');
  });

  it('throws naming the step when its text is not there', () => {
    expect(() => applyRepairs('穆棱市喜获多项称号', [step({ id: 'fix-98', find: '这段文字不在原文里' })])).toThrow(/fix-98/);
  });

  it('throws naming the step when there are fewer matches than its occurrence', () => {
    expect(() => applyRepairs('a-a', [step({ id: 'fix-97', find: 'a', occurrence: 3 })])).toThrow(/fix-97/);
  });
});

describe('cleanedText', () => {
  it('joins the blocks in order with one blank line and puts ● back in front of bullets', () => {
    const blocks: Paragraph[] = [
      { id: 'p-b', order: 1, kind: 'bullet', section: 'shudu', text: '新增产业扶贫项目8个' },
      { id: 'p-a', order: 0, kind: 'heading', section: 'shudu', text: '数读2020' },
    ];
    expect(cleanedText(blocks)).toBe('数读2020\n\n●新增产业扶贫项目8个');
  });
});

describe('the repair log over the raw article', () => {
  it('keeps raw.txt as the untouched extraction (it still carries the damage)', () => {
    const { raw } = article();
    expect(raw).toContain('**');
    expect(raw).toContain('□');
  });

  it('has unique step ids in ascending order', () => {
    const { repairs } = article();
    const ids = repairs.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('fixes every kind of damage the source notes list, each kind at least once', () => {
    const { repairs } = article();
    expect([...new Set(repairs.map((r) => r.kind))].sort()).toEqual(
      [
        'bold-markup',
        'column-break',
        'doubled-word',
        'duplicate-list-item',
        'duplicate-paragraph',
        'layout-mark',
        'misread',
        'photo-caption',
        'photo-credit',
        'tail-fragment',
      ].sort(),
    );
  });

  it('gives exactly the cleaned article that paragraphs.json holds: its blocks in order, a blank line apart, ● before each bullet', () => {
    const { paragraphs, cleaned } = article();
    expect(paragraphs.length).toBeGreaterThan(40);
    expect(cleaned).toBe(paragraphs.map((p) => `${p.kind === 'bullet' ? '●' : ''}${p.text}`).join('\n\n'));
  });

  it('numbers the blocks 0, 1, 2… in reading order, with unique ids', () => {
    const { paragraphs } = article();
    expect(paragraphs.map((p) => p.order)).toEqual(paragraphs.map((_, i) => i));
    expect(new Set(paragraphs.map((p) => p.id)).size).toBe(paragraphs.length);
  });

  it('leaves blocks separated by exactly one blank line, with no blank lines at either end', () => {
    const { cleaned, blocks } = article();
    expect(cleaned).not.toMatch(/\n{3,}/);
    expect(cleaned).not.toMatch(/^\s|\s$/);
    for (const block of blocks) expect(block, block).not.toMatch(/\n|^\s|\s$/);
  });

  it('removes the bold markers of the key-figures box', () => {
    const { cleaned } = article();
    expect(cleaned).not.toContain('**');
  });

  it('removes the □ layout mark in front of the byline', () => {
    const { cleaned, blocks } = article();
    expect(cleaned).not.toContain('□');
    expect(blocks).toContain('杜坤 本报记者 刘晓云');
  });

  it('mends the doubled word 高新技术产业产业园', () => {
    const { cleaned } = article();
    expect(cleaned).not.toContain('产业产业');
    expect(cleaned).toContain('高新技术产业园');
  });

  it('reads the route 八面通—开发区—高铁站—穆棱镇 with dashes, not the character 一', () => {
    const { cleaned } = article();
    expect(cleaned).not.toContain('八面通一开发区');
    expect(cleaned).toContain('“八面通—开发区—高铁站—穆棱镇”');
  });

  it('lists 省级法治政府示范创建先进县 once', () => {
    const { cleaned } = article();
    expect(cleaned.split('省级法治政府示范创建先进县').length - 1).toBe(1);
  });

  it('joins the sentence the column break split (优化城区人居环境)', () => {
    const { cleaned, blocks } = article();
    expect(cleaned).toContain('优化城区人居环境。');
    expect(blocks.some((b) => b.startsWith('人居环境'))).toBe(false);
  });

  it('drops the photo captions and the photo credit', () => {
    const { cleaned, blocks } = article();
    for (const caption of CAPTIONS) expect(blocks, caption).not.toContain(caption);
    expect(cleaned).not.toContain(CREDIT);
  });

  it('drops the fragments that start mid-word', () => {
    const { blocks } = article();
    expect(blocks.some((b) => b.startsWith('术产业开发区'))).toBe(false);
    expect(blocks.some((b) => b.startsWith('造等重点布局'))).toBe(false);
  });

  it('holds no block twice', () => {
    const { blocks } = article();
    const seen = new Set<string>();
    for (const block of blocks) {
      expect(seen.has(block), block).toBe(false);
      seen.add(block);
    }
  });

  it('keeps every block of the raw text somewhere, once its in-block damage is mended (only captions and the credit go)', () => {
    const { raw, repairs, cleaned } = article();
    const inBlock = repairs.filter((r) => IN_BLOCK_KINDS.has(r.kind));
    const rawBlocks = raw.split(/\n{2,}/).filter((b) => b !== '' && b !== CREDIT && !CAPTIONS.includes(b));
    expect(rawBlocks.length).toBeGreaterThan(40);
    for (const block of rawBlocks) {
      const mended = inBlock.reduce((text, r) => text.replace(r.find, r.replace), block);
      expect(cleaned, block).toContain(mended);
    }
  });

  it('keeps each 2020 paragraph under the sub-head its topic belongs to', () => {
    const { blocks } = article();
    const under = (heading: string, next: string) => {
      const start = blocks.indexOf(heading);
      return blocks.slice(start + 1, blocks.indexOf(next, start));
    };
    const jichu = under('发展基础更实', '发展动能更足');
    const dongneng = under('发展动能更足', '发展底色更暖');
    const dise = under('发展底色更暖', '杜坤 本报记者 刘晓云');
    expect(jichu.map((b) => b.slice(0, 6))).toEqual(['全市坚持统筹', '穆棱市喜获“']);
    expect(dongneng.map((b) => b.slice(0, 6))).toEqual([
      '粮食生产实现',
      '招商引资成效',
      '在建项目全面',
      '现有企业日益',
      '丹阿公路八面',
      '治理水土流失',
    ]);
    expect(dise.map((b) => b.slice(0, 6))).toEqual(['新增产业扶贫', '发放创业贷款', '省内基本医疗', '改造老旧小区']);
  });
});
