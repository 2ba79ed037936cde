// The A4 handout as a person gets it: dist/handout.pdf, printed at build time from /handout/. Its
// pages, its fonts, its text as a PDF reader extracts it, its metadata, and its QR code as a phone
// reads it off the paper.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, distFile, page, ROOT, SITE } from './dist';
import { pageTexts, pdfFonts, qrCodesOn, rasterImages, renderPages, squash } from './pdf';

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
const sections = () => json<Array<{ id: string; heading: string; prose: unknown[] }>>('sections.json');

let file = '';
let pdf: PDFDocument;
let pages: string[] = [];
let text = '';

beforeAll(async () => {
  file = distFile('handout.pdf');
  pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  pages = pageTexts(file).map(squash);
  text = pages.join('');
});

describe('dist/handout.pdf', () => {
  it('is offered at the end of the story, beside the sections and the data', () => {
    expect(page('/').querySelector('section.end a[href="/handout.pdf"]')).not.toBeNull();
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
    const figures = json<Array<{ id: string; printed: string }>>('figures.json');
    expect(figures).toHaveLength(33);
    for (const f of figures) expect(text, f.id).toContain(squash(f.printed));
    for (const words of ['预计增长11.0%', '11.0%（预计）', '力争10户', '控制在3.35%', '近7000户']) expect(text, words).toContain(words);
    for (const place of ['牡丹江市首位', '全省第一', '牡丹江市第一名', '全国第三', '位列第二名']) expect(text, place).toContain(place);
  });

  it('lists the 2021 numbers — targets and plans — as such, with their year', () => {
    const cover = pages[0]!;
    expect(cover).toContain('2021年写明数量的目标与计划');
    for (const words of ['新增高新技术企业力争10户', '新增科技型中小企业力争30户', '打造旅游带两条']) expect(cover, words).toContain(words);
    expect(cover).toContain('2021年目标');
    expect(cover).toContain('2021年计划');
  });

  it('has every section, under its own heading, with its address', () => {
    const rest = sections().slice(1);
    expect(rest).toHaveLength(7);
    for (const s of rest) {
      expect(text, s.id).toContain(squash(s.heading));
      expect(text, s.id).toContain(squash(`本节网页：${HOST}/s/${s.id}/`));
    }
  });

  it('sets a section text of one paragraph as one block: read line by line across the page, it runs on unbroken', () => {
    // With -layout, pdftotext prints what stands side by side on one line: a paragraph broken into
    // two columns comes out with its last words beside its first line.
    const lines = pageTexts(file, { layout: true }).map(squash).join('');
    const single = sections()
      .slice(1)
      .filter((s) => s.prose.length === 1);
    expect(single.map((s) => s.id)).toEqual(['gaige', 'chanye', 'chengxiang', 'minsheng']);
    for (const s of single) expect(lines, s.id).toContain(squash(checked(`sections/${s.id}/prose/0`)));
  });

  it("never splits a chart: each chart's title and its source line are on one page", () => {
    const charts = ['rankings', 'growth', 'money', 'projects', 'land', 'livelihoods', 'targets'];
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

  it('says where it comes from — 牡丹江日报, 2021, the byline, figures for 2020 — and invents no date for the article', () => {
    expect(text).toContain('牡丹江日报');
    for (const name of ['杜坤', '刘晓云']) expect(text).toContain(name);
    expect(text).toContain('数字为2020年');
    expect(text).not.toMatch(/刊于20\d\d年\d{1,2}月/);
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

  it('says what it is in its metadata: title, author, subject, keywords, language zh-CN', () => {
    expect(pdf.getTitle()).toMatch(/^数读2020｜穆棱市：/);
    for (const name of ['杜坤', '刘晓云']) expect(pdf.getAuthor()).toContain(name);
    expect(pdf.getSubject()).toContain('牡丹江日报');
    expect(pdf.getKeywords()).toContain('穆棱');
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toBe('zh-CN');
  });

  it('carries fixed dates, not the time it was built, so that two builds give the same bytes', () => {
    const fixed = process.env.SOURCE_DATE_EPOCH
      ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()
      : '2021-01-01T00:00:00.000Z';
    expect(pdf.getCreationDate()?.toISOString()).toBe(fixed);
    expect(pdf.getModificationDate()?.toISOString()).toBe(fixed);
  });
});

describe('the QR code of dist/handout.pdf, read off its pages at 200 dpi', () => {
  let codes: string[][] = [];
  beforeAll(() => {
    codes = renderPages(file, 200).map((png) => qrCodesOn(png));
  });

  it('is one per page, and it opens the whole story on the public site', () => {
    expect(codes.length).toBe(pages.length);
    expect(codes.length).toBeGreaterThanOrEqual(3);
    for (const [i, found] of codes.entries()) expect(found, `page ${i + 1}`).toEqual([`${SITE}/`]);
  });
});
