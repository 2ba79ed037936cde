// The A4 handout as a person gets it: dist/handout.pdf, printed at build time from /handout/. Its
// pages, its fonts, its text as a PDF reader extracts it, its metadata, and its QR code as a phone
// reads it off the paper.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, distFile, page, ROOT, SITE } from './dist';
import { pageColumns, pageLines, pageTexts, pdfFonts, qrCodeSizesOn, qrCodesOn, rasterImages, renderPages, squash } from './pdf';

/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 };
const HOST = new URL(SITE).host;
const SOURCE = '来源：牡丹江日报《走出县域经济高质量发展特色之路》（2021年）';
const json = <T>(file: string): T => JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8')) as T;
/** The fact-checked text at `at` (content/audit.json). */
const checked = (at: string) => {
  const line = json<Array<{ at: string; text: string }>>('audit.json').find((a) => a.at === at);
  if (!line) throw new Error(`no fact-check line ${at}`);
  return line.text;
};
const sections = () => json<Array<{ id: string; heading: string; prose: unknown[]; plans: string[] }>>('sections.json');
/** Every fact-checked text the handout sets as running text: the sections' paragraphs and the plans' sentences. */
const blocks = () =>
  json<Array<{ at: string; text: string }>>('audit.json').filter((a) => /^(sections\/[a-z]+\/prose\/|plans\/)/.test(a.at));

let file = '';
let pdf: PDFDocument;
let pages: string[] = [];
let text = '';
/** Each page's lines in its two columns, and each column's text, as a person reads the page (see pdf.ts). */
let lines: Array<[string[], string[]]> = [];
let columns: Array<[string, string]> = [];

beforeAll(async () => {
  file = distFile('handout.pdf');
  pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  pages = pageTexts(file).map(squash);
  text = pages.join('');
  lines = pageLines(file);
  columns = pageColumns(file);
});

describe('dist/handout.pdf', () => {
  it('is offered at the end of the story, beside the sections and the data', () => {
    expect(page('/').querySelector('nav.end a[href="/handout.pdf"]')).not.toBeNull();
  });

  it('is A4 portrait on every page, and at most 6 pages long', () => {
    const sizes = pdf.getPages().map((p) => p.getSize());
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(sizes.length).toBeLessThanOrEqual(6);
    for (const s of sizes) {
      expect(Math.abs(s.width - A4.width)).toBeLessThan(1);
      expect(Math.abs(s.height - A4.height)).toBeLessThan(1);
    }
  });

  it("is set in the project's bundled face only: TrueType subsets embedded as CID fonts, no Type 3 outlines, no font of the machine", () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.type, f.name).toBe('CID TrueType');
      expect(f.embedded, f.name).toBe(true);
      expect(f.name, 'a subset of Noto Sans SC, the face the project bundles').toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
    }
  });

  it('is small: the bundled face cut to the characters it prints', () => {
    expect(readFileSync(file).length).toBeLessThan(600_000);
  });

  it('has real text on every page, in Chinese, that a reader can select and search', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [i, t] of pages.entries()) expect(t.length, `page ${i + 1}`).toBeGreaterThan(200);
    expect(text).toContain('走出县域经济高质量发展特色之路');
  });

  it('draws its charts and QR code as vectors: it holds no raster image at all', () => {
    expect(rasterImages(file)).toEqual([]);
  });

  it('states every figure of the article as printed (with 预计, 力争, 控制在), every ranking as its sentence prints it', () => {
    // Read as a person reads the page, column by column: pdftotext's own reading order may set a
    // chart's labels between two lines of the paragraph beside it.
    const read = columns.flat().join('\n');
    const figures = json<Array<{ id: string; printed: string }>>('figures.json');
    expect(figures).toHaveLength(35);
    for (const f of figures) expect(read, f.id).toContain(squash(f.printed));
    for (const words of ['预计分别增长11.0%、30.7%', '11.0%（预计）', '力争10户', '控制在3.35%', '近7000户'])
      expect(read, words).toContain(words);
    for (const place of ['牡丹江市首位', '全省第一', '牡丹江市第一名', '全国第三', '位列第二名']) expect(read, place).toContain(place);
  });

  it('never parts a figure of the article across two lines: a number stays on the line of its unit, as the web pages keep it', () => {
    const figures = json<Array<{ id: string; printed: string }>>('figures.json');
    expect(figures).toHaveLength(35);
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    const broken: string[] = [];
    for (const [i, page] of lines.entries()) {
      for (const column of page) {
        // Each time a figure is found in the column's text but not on any one line, a line break parts it.
        for (const f of figures) {
          const parted = count(column.join(''), f.printed) - count(column.join('\n'), f.printed);
          if (parted > 0) broken.push(`page ${i + 1}: ${f.printed} (${f.id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists the 2021 numbers — targets and plans — as such, with their year', () => {
    const cover = pages[0]!;
    expect(cover).toContain('2021年写明数量的目标与计划');
    for (const words of [
      '动力源五大2021年计划',
      '新增高新技术企业力争10户2021年目标',
      '新增科技型中小企业力争30户2021年目标',
      '基地十大2021年计划',
      '打造旅游带两条2021年计划',
    ])
      expect(cover, words).toContain(words);
  });

  it('has every section, under its own heading, with its address, the heading on the page of its first block', () => {
    const rest = sections().slice(1);
    expect(rest).toHaveLength(7);
    for (const s of rest) {
      expect(text, s.id).toContain(squash(s.heading));
      expect(text, s.id).toContain(squash(`本节网页：${HOST}/s/${s.id}/`));
      // The first block: the section's first paragraph, or in a section of plans alone its first plan.
      const first = squash(checked(s.prose.length > 0 ? `sections/${s.id}/prose/0` : `plans/${s.plans[0]}/text`));
      const heading = pages.findIndex((t) => t.includes(squash(`本节网页：${HOST}/s/${s.id}/`)));
      expect((columns[heading] ?? []).join('\n'), `${s.id}: its first block on the page of its heading`).toContain(first.slice(0, 20));
    }
  });

  it('sets each paragraph and each plan whole in one column of one page: read column by column, each runs on unbroken', () => {
    // A paragraph broken across the two columns, or across two pages, runs on whole in no column.
    // (It once did: a one-paragraph section text set in two columns left its last words alone atop the second.)
    const read = columns.flat();
    expect(read).toHaveLength(2 * pages.length);
    const single = sections()
      .slice(1)
      .filter((s) => s.prose.length === 1);
    expect(single.map((s) => s.id)).toEqual(['gaige']);
    const all = blocks();
    expect(all).toHaveLength(16 + 23);
    for (const { at, text: words } of all)
      expect(
        read.some((c) => c.includes(squash(words))),
        at,
      ).toBe(true);
  });

  it("never splits a chart: each chart's title and its source line are on one page", () => {
    const charts = ['rankings', 'growth', 'projects', 'targets'];
    for (const id of charts) {
      const title = squash(checked(`charts/${id}/title`));
      const at = pages.findIndex((t) => t.includes(title));
      expect(at, `${id}'s title`).toBeGreaterThanOrEqual(0);
      const after = pages[at]!.slice(pages[at]!.indexOf(title));
      expect(after, `${id}: its source line on the same page as its title`).toMatch(
        /来源：牡丹江日报《走出县域经济高质量发展特色之路》（2021年）/,
      );
    }
  });

  it('prints the source, the site address and “第 N / M 页” in the margin of every page — and no 2020 label over 2021 pages', () => {
    const n = pages.length;
    for (const [i, t] of pages.entries()) {
      expect(t, `page ${i + 1}`).toContain(SOURCE);
      expect(t, `page ${i + 1}`).toContain(squash(`${HOST} · 第 ${i + 1} / ${n} 页`));
    }
    // The margin says nothing about the year of what the page holds: each chart and list says that.
    for (const [i, t] of pages.entries())
      expect(t.match(/数据为2020年/g)?.length ?? 0, `page ${i + 1}`).toBeLessThanOrEqual((t.match(/来源：/g)?.length ?? 0) - 1);
  });

  it('says where it comes from — 牡丹江日报, 2021, the byline, figures for 2020 and plans for 2021 — and invents no date for the article', () => {
    const cover = pages[0]!;
    for (const words of [
      '穆棱市：黑龙江省牡丹江市所辖县级市（编者注）',
      '据牡丹江日报2021年的报道整理',
      '2020年的数字，和报道写下的2021年计划与目标',
      '本站不追踪计划后来的执行',
      '原文杜坤本报记者刘晓云',
      '本站发布于2026年12月1日，更新于2026年12月8日',
    ])
      expect(cover, words).toContain(words);
    expect(text).not.toMatch(/刊于20\d\d年\d{1,2}月/);
  });

  it('says, in how to read it, that its one comparison is the editors’, not the article’s', () => {
    expect(pages[0]).toContain('怎么读这份讲义');
    expect(pages[0]).toContain('唯一的比较——2020年跻身高新技术企业行列的企业数与2021年的新增目标并列——是编者所加，图中注明。');
  });

  it('links its figures to their own words on 原文 on the public site, never to a local address', () => {
    const decode = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);
    const uris = pdf.getPages().flatMap((p) => {
      const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      return (annots?.asArray() ?? []).map((ref) =>
        decode(pdf.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'))),
      );
    });
    expect(uris.length).toBeGreaterThan(20);
    const yuanwen = page('/yuanwen/');
    for (const uri of uris) {
      const url = new URL(uri!);
      expect(url.origin, uri).toBe(new URL(SITE).origin);
      expect(existsSync(join(DIST, url.pathname, 'index.html')), uri).toBe(true);
    }
    // Most lead to a figure's own words on 原文, each an anchor there.
    const toWords = uris.map((uri) => new URL(uri!)).filter((url) => url.pathname === '/yuanwen/' && url.hash);
    expect(toWords.length).toBeGreaterThan(20);
    for (const url of toWords) expect(yuanwen.getElementById(decodeURIComponent(url.hash.slice(1))), url.href).not.toBeNull();
  });

  it("says what it is in its metadata: title, the article's byline as author, subject, keywords, language zh-CN", () => {
    expect(pdf.getTitle()).toBe('数读2020｜穆棱市：关键指标均居牡丹江市首位（A4讲义）');
    expect(pdf.getAuthor()).toBe('杜坤 本报记者 刘晓云');
    expect(pdf.getSubject()).toContain('牡丹江日报');
    expect(pdf.getKeywords()).toContain('穆棱');
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toBe('zh-CN');
  });

  it("carries the change log's dates — created at its first entry, modified at its last — not the time it was built, so that two builds give the same bytes", () => {
    // change-001, 2026-12-01T20:00:00+08:00; change-004, 2026-12-08T09:00:00+08:00.
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2026-12-08T01:00:00.000Z');
  });
});

describe('the QR code of dist/handout.pdf, read off its pages at 200 dpi', () => {
  let rendered: string[] = [];
  let codes: string[][] = [];
  beforeAll(() => {
    rendered = renderPages(file, 200);
    codes = rendered.map((png) => qrCodesOn(png));
  });

  it('is one per page, and it opens the whole story on the public site', () => {
    expect(codes.length).toBe(pages.length);
    expect(codes.length).toBeGreaterThanOrEqual(3);
    for (const [i, found] of codes.entries()) expect(found, `page ${i + 1}`).toEqual([`${SITE}/`]);
  });

  it('is printed 23 mm square, its quiet zone of two modules included: large enough for a phone to read off the paper', () => {
    expect(rendered.length).toBe(pages.length);
    for (const [i, png] of rendered.entries()) {
      const sizes = qrCodeSizesOn(png, 200);
      expect(
        sizes.map((c) => c.data),
        `page ${i + 1}`,
      ).toEqual([`${SITE}/`]);
      expect(Math.abs(sizes[0]!.mm - 23), `page ${i + 1}: ${sizes[0]!.mm.toFixed(2)} mm`).toBeLessThan(0.5);
    }
  });
});
