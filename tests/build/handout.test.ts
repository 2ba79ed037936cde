// The A4 handout as a person gets it: dist/handout.pdf, printed at build time from /handout/. Its
// pages, its text as a PDF reader extracts it, its metadata, and its QR codes as a phone reads them
// off the paper.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure, Ranking, Section, Source } from '../../src/schema';
import { DIST, distFile, page, readJson } from './dist';
import { pageTexts, qrCodesOn, rasterImages, renderPages, squash } from './pdf';

const sections = readJson<Section[]>('content/sections.json').sort((a, b) => a.order - b.order);
const figures = readJson<Figure[]>('content/figures.json');
const rankings = readJson<Ranking[]>('content/rankings.json');
const [source] = readJson<Source[]>('content/source.json');

/** The public address the site was built for, as its story page states it. */
const SITE = new URL('/', page('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!);
/** A4 in PDF points (Chromium writes 594.96 × 841.92). */
const A4 = { width: 595.28, height: 841.89 };

const file = distFile('handout.pdf');
let pdf: PDFDocument;
let pages: string[] = [];
let layoutPages: string[] = [];
let text = '';

beforeAll(async () => {
  pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  pages = pageTexts(file).map(squash);
  layoutPages = pageTexts(file, { layout: true }).map(squash);
  text = pages.join('');
});

describe('dist/handout.pdf', () => {
  it('is linked from the story as 下载讲义 PDF', () => {
    const link = [...page('/').querySelectorAll('a[href="/handout.pdf"]')];
    expect(link.map((a) => a.textContent?.trim())).toContain('下载讲义 PDF');
  });

  it('is A4 portrait, every page, and 2 to 4 pages long', () => {
    const sizes = pdf.getPages().map((p) => p.getSize());
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(sizes.length).toBeLessThanOrEqual(4);
    for (const [i, size] of sizes.entries()) {
      expect(Math.abs(size.width - A4.width), `page ${i + 1} width ${size.width} pt`).toBeLessThan(1);
      expect(Math.abs(size.height - A4.height), `page ${i + 1} height ${size.height} pt`).toBeLessThan(1);
    }
  });

  it('has real text on every page, in Chinese, that a reader can select and search', () => {
    expect(pages).toHaveLength(pdf.getPageCount());
    for (const [i, t] of pages.entries()) {
      expect(t.length, `characters of text on page ${i + 1}`).toBeGreaterThan(200);
      expect((t.match(/\p{Script=Han}/gu) ?? []).length, `Chinese characters on page ${i + 1}`).toBeGreaterThan(100);
    }
    expect(text).toContain('数读2020');
    expect(text).toContain(squash(source!.headline));
  });

  it('draws its charts and QR codes as vectors: it holds no raster image at all', () => {
    expect(rasterImages(file)).toEqual([]);
  });

  it.each([
    ['growth', ['11.0%', '30.7%', '12.1%']],
    ['money', ['38.2亿元']],
    ['projects', ['106个', '16个']],
    ['rankings', ['全省第一', '全国第三', '第二名', '首位', '第一名']],
    ['land', ['4万亩', '10万亩']],
    ['poverty relief', ['8个']],
  ])('states the key figures of the article with their units: %s', (_what, printed) => {
    for (const p of printed) expect(text, p).toContain(p);
  });

  it('keeps the 2021 targets as targets: 力争新增高新技术企业10户、科技型中小企业30户', () => {
    expect(text).toContain('力争新增高新技术企业10户');
    expect(text).toContain('科技型中小企业30户');
  });

  it('states every figure of the article as printed, and every ranking with its scope', () => {
    const missing = [
      ...figures.filter((f) => !text.includes(squash(f.printed))).map((f) => `${f.id}: ${f.printed}`),
      ...rankings.filter((r) => !text.includes(squash(r.scope + r.printed))).map((r) => `${r.id}: ${r.scope}${r.printed}`),
    ];
    expect(missing).toEqual([]);
  });

  it('keeps 预计 beside the estimates and 近 beside the approximate figure', () => {
    expect(text).toMatch(/预计[^。]*11\.0%/);
    expect(text).toMatch(/11\.0%（预计）/);
    expect(text).toContain('近7000户');
  });

  it('has every section, under its own heading', () => {
    for (const s of sections.filter((x) => x.id !== 'shudu')) expect(text, s.id).toContain(squash(s.heading));
  });

  it('never splits a chart across pages: each chart’s title, the foot of its drawing, its notes and source are on one page', () => {
    const charts = [...page('/handout/').querySelectorAll('figure.chart')].map((f) => {
      // The drawing the page shows: the wide one across the page, the narrow one in a column.
      const art = f.classList.contains('hchart--full') ? '.chart__art--wide' : '.chart__art--narrow';
      const drawn = [...f.querySelectorAll(`${art} svg text`)].map((t) => squash(t.textContent ?? '')).filter((t) => t.length >= 2);
      return {
        title: squash(f.querySelector('.hchart__title')?.textContent ?? ''),
        // Its notes and source, which close the figure.
        captions: [...f.querySelectorAll('.hchart__caption p')].map((p) => squash(p.textContent ?? '')),
        // The last text of the drawing: its foot, an axis or a note.
        foot: drawn.at(-1)!,
      };
    });
    expect(charts.length).toBeGreaterThanOrEqual(3);
    // The caption closes the figure: its notes, then the source line (which, unlike the page
    // footer's, does not go on to 数据为…).
    const follows = (text: string, caption: string) =>
      caption.startsWith('来源：') ? new RegExp(`${caption.replace(/[()（）.*+?^$[\]{}|\\]/g, '\\$&')}(?!，数据为)`).test(text) : text.includes(caption);
    for (const { title, captions, foot } of charts) {
      // The page where the title is followed by the whole caption (the title may also be a phrase
      // of the prose, elsewhere).
      const at = pages.findIndex((t) => t.split(title).slice(1).some((_, i, parts) => captions.every((c) => follows(parts.slice(i).join(title), c))));
      expect(at, `${title}: its notes and source (${captions.join(' / ')}) on its page`).toBeGreaterThanOrEqual(0);
      // Read line by line (-layout) there: a drawing's texts come out in lines as drawn, not in blocks.
      expect(layoutPages[at], `${title}: the foot of its drawing (${foot}) on its page`).toContain(foot);
    }
  });

  it('never leaves a section heading alone at the foot of a page: the heading and its QR address share a page', () => {
    for (const s of sections.filter((x) => x.id !== 'shudu')) {
      const heading = pages.findIndex((t) => t.includes(squash(s.heading)));
      const address = pages.findIndex((t) => t.includes(`${SITE.host}/s/${s.id}/`));
      expect(heading, s.id).toBeGreaterThanOrEqual(0);
      expect(address, s.id).toBe(heading);
    }
  });

  it('says where it comes from — 牡丹江日报, 2021, the byline, figures for 2020 — and invents no date', () => {
    expect(text).toContain(source!.newspaper);
    for (const name of source!.authors) expect(text).toContain(name);
    expect(text).toContain(`文章刊于${source!.published}年`);
    expect(text).toContain(`数字为${source!.figuresYear}年`);
    // The article's day and month are not in our copy: no 2021年1月…, no 2021-01-…
    expect(text).not.toMatch(/20\d\d年\d{1,2}月/);
    expect(text).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('prints the source, the site address and “page N / M” at the foot of every page', () => {
    const n = pages.length;
    for (const [i, t] of pages.entries()) {
      expect(t, `page ${i + 1}`).toContain(`来源：${source!.newspaper}《${source!.headline}》`);
      expect(t, `page ${i + 1}`).toContain(`${SITE.host}·第${i + 1}/${n}页`);
    }
  });

  it('prints the short address of the story and of every section', () => {
    expect(text).toContain(squash(`${SITE.host}/`));
    for (const s of sections) expect(text, s.id).toContain(`${SITE.host}/s/${s.id}/`);
  });

  it('links its figures to their paragraphs of 原文 on the public site, never to a local address', () => {
    const decode = (o: unknown) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);
    const uris = pdf.getPages().flatMap((p) => {
      const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      return (annots?.asArray() ?? []).map((ref) => {
        const action = pdf.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
        return decode(action?.lookup(PDFName.of('URI')));
      });
    });
    expect(uris.length).toBeGreaterThan(20);
    const yuanwen = page('/yuanwen/');
    for (const uri of uris) {
      expect(uri, 'a link with a URI').toBeTruthy();
      const url = new URL(uri!);
      expect(url.origin, uri).toBe(SITE.origin);
      expect(existsSync(join(DIST, url.pathname, 'index.html')), uri).toBe(true);
      if (url.hash) expect(yuanwen.getElementById(url.hash.slice(1)), uri).not.toBeNull();
    }
  });

  it('says what it is in its metadata: title, author, subject, keywords, language zh-CN', () => {
    expect(pdf.getTitle()).toMatch(/^数读2020｜穆棱/);
    expect(pdf.getTitle()).toContain(source!.headline);
    for (const name of source!.authors) expect(pdf.getAuthor()).toContain(name);
    expect(pdf.getSubject()).toContain(source!.newspaper);
    expect(pdf.getKeywords()).toContain('穆棱');
    expect(pdf.getCreator()).toContain('数读2020');
    expect(pdf.getProducer()).toMatch(/\S/);
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toBe('zh-CN');
  });

  it('carries fixed dates, not the time it was built, so that two builds give the same bytes', () => {
    const fixed = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.UTC(2021, 0, 1));
    expect(pdf.getCreationDate()?.toISOString()).toBe(fixed.toISOString());
    expect(pdf.getModificationDate()?.toISOString()).toBe(fixed.toISOString());
  });
});

describe('the QR codes of dist/handout.pdf, read off its pages at 200 dpi', () => {
  let codes: string[][] = [];
  beforeAll(() => {
    codes = renderPages(file, 200).map((png) => qrCodesOn(png));
  });

  it('each open a page of the site that exists in dist/', () => {
    const all = codes.flat();
    expect(all.length).toBeGreaterThan(0);
    for (const code of all) {
      const url = new URL(code);
      expect(url.origin, code).toBe(SITE.origin);
      const path = join(DIST, url.pathname, url.pathname.endsWith('/') ? 'index.html' : '');
      expect(existsSync(path), `${code} → ${path}`).toBe(true);
    }
  });

  it('cover the whole story and every section', () => {
    const paths = new Set(codes.flat().map((code) => new URL(code).pathname));
    expect([...paths].sort()).toEqual(expect.arrayContaining(['/', ...sections.map((s) => `/s/${s.id}/`)]));
  });

  it('put the whole story on the first page', () => {
    expect(codes[0]).toContain(SITE.href);
  });
});
