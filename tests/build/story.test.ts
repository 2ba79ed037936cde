// The built pages, parsed from dist/: what a reader (and a search engine, and WeChat's share card)
// gets on the story, the section pages, 原文 and the small pages.
import { describe, expect, it } from 'vitest';
import { isFigure, isRanking, labelOf, printedText, renderPlain } from '../../src/schema';
import { printedPlace, printedQualified, labelWithStatus, sourceLine, yearLabel } from '../../src/lib/wording';
import { chartEntries, chartTitle } from '../../src/charts';
import { realContent } from '../content';
import { page, text } from './dist';

const { story: model } = realContent();
const { lookup, sections, source, changes } = model;
const plain = (t: string) => renderPlain(t, lookup.entryOrUndefined).replace(/\s+/g, '');

const story = page('/');
const yuanwen = page('/yuanwen/');
const meta = (d: Document, selector: string) => d.querySelector(selector)?.getAttribute('content') ?? null;

describe('the story page', () => {
  it('is Chinese, titled with its finding, and described for search and link previews', () => {
    expect(story.documentElement.getAttribute('lang')).toBe('zh-CN');
    const point = plain(lookup.section('shudu').point.text);
    expect(story.title).toBe(`数读2020｜穆棱市：${point}`);
    expect(meta(story, 'meta[property="og:title"]')).toBe(story.title);
    expect(meta(story, 'meta[name="description"]')).toBe(renderPlain(lookup.section('shudu').description.text, lookup.entryOrUndefined));
  });

  it("opens with the finding and its number, where 穆棱 is, and the six key numbers of the article's 数读2020 box", () => {
    const h1 = story.querySelector('h1');
    expect(text(h1)).toBe(plain(lookup.section('shudu').point.text));
    expect(text(h1)).toContain('11.0%');
    expect(text(story.querySelector('.lede .locator'))).toContain('黑龙江省牡丹江市所辖县级市');
    const tiles = [...story.querySelectorAll('.lede .tiles li a')];
    const leads = lookup.section('shudu').bullets.map((b) => lookup.entry(b.lead));
    expect(tiles.map((a) => text(a.querySelector('.tile__number')))).toEqual(leads.map(printedText));
    expect(tiles.map((a) => a.getAttribute('href'))).toEqual(leads.map((e) => `/yuanwen/#${e.id}`));
    expect(text(tiles[0])).toContain('预计');
  });

  it("shows the site's publication date from the change log, as <time datetime>", () => {
    const time = story.querySelector('.lede .dates time');
    expect(time?.getAttribute('datetime')).toBe(changes[0]!.date);
    expect(text(story.querySelector('.lede .dates'))).toContain('发布于');
  });

  it('has every section, in order, each with its heading; a bar links to each', () => {
    const ids = [...story.querySelectorAll('section[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(ids).toEqual(sections.map((s) => s.id));
    for (const s of sections.slice(1)) expect(text(story.querySelector(`#${s.id}-h`))).toBe(s.heading.replace(/\s+/g, ''));
    expect([...story.querySelectorAll('nav.bar a[data-chip]')].map((a) => a.getAttribute('href'))).toEqual(sections.map((s) => `#${s.id}`));
  });

  it("states every figure, ranking and honour in its own section's text, as printed, linked to its own words on 原文", () => {
    for (const s of sections) {
      const v = model.view(s.id);
      for (const id of [...s.figures, ...s.rankings, ...s.honours]) {
        const e = lookup.entry(id);
        const links = [...story.querySelectorAll(`section#${s.id} :is(.prose, .plans) a[data-ref~="${id}"]`)];
        expect(links.length, `${id} in the text of ${s.id}`).toBeGreaterThan(0);
        for (const a of links) {
          expect(text(a)).toBe(printedText(e).replace(/\s+/g, ''));
          expect(a.getAttribute('href')).toMatch(/^\/yuanwen\/#[fhr]-/);
        }
      }
      expect(v.entries.length).toBeGreaterThanOrEqual(s.figures.length);
    }
  });

  it('draws every chart as a figure: its finding as title, a named SVG, notes, a source line for what it shows, its CSV, and a table of the same numbers', () => {
    for (const chart of model.charts) {
      const fig = story.querySelector(`figure#chart-${chart.id}`);
      expect(fig, chart.id).not.toBeNull();
      expect(text(fig!.querySelector('.chart__title'))).toBe(chartTitle(chart, lookup).replace(/\s+/g, ''));
      const svg = fig!.querySelector('.chart__art svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toBe(`图：${chartTitle(chart, lookup)}`);
      const entries = chartEntries(chart, lookup);
      const caption = text(fig!.querySelector('figcaption'));
      expect(caption).toContain(sourceLine(source, entries).replace(/\s+/g, ''));
      expect(fig!.querySelector(`figcaption a[href="/data/charts/${chart.id}.csv"]`)).not.toBeNull();
      const rows = [...fig!.querySelectorAll('details table tbody tr')];
      const year = lookup.section(chart.section).year;
      expect(rows.map((r) => text(r.querySelector('th')))).toEqual(
        entries.map((e) =>
          `${e.year !== year ? yearLabel(e) : ''}${isRanking(e) ? labelWithStatus(e, lookup.figureOrUndefined) : labelOf(e)}`.replace(
            /\s+/g,
            '',
          ),
        ),
      );
      expect(rows.map((r) => text(r.querySelector('td.num')))).toEqual(
        entries.map((e) => (isRanking(e) ? printedPlace(e) : isFigure(e) ? printedQualified(e) : '')),
      );
    }
  });

  it('steps through a chart only where the chart changes: the unit chart, from the whole to its part', () => {
    expect([...story.querySelectorAll('figure.scrolly')].map((f) => f.getAttribute('data-chart'))).toEqual(['projects']);
    expect(story.querySelectorAll('figure.scrolly .step')).toHaveLength(2);
  });

  it('offers, at its end, sharing, the sections, the handout, the data, 原文 and the change log', () => {
    const end = story.querySelector('section.end');
    expect(end?.querySelector('a[data-share]')).not.toBeNull();
    expect(end?.querySelector('a[href="/handout.pdf"]')).not.toBeNull();
    expect(end?.querySelector('a[href="/data/"]')).not.toBeNull();
    expect(end?.querySelector('a[href="/yuanwen/"]')).not.toBeNull();
    expect(end?.querySelector('a[href="/changes/"]')).not.toBeNull();
    expect([...end!.querySelectorAll('.end__sections a')].map((a) => a.getAttribute('href'))).toEqual(sections.map((s) => `/s/${s.id}/`));
  });

  it("states the license of its data and charts in the footer, and that the article stays the newspaper's", () => {
    const footer = text(story.querySelector('footer.site-footer'));
    expect(footer).toContain('CCBY4.0');
    expect(footer).toContain('版权归牡丹江日报所有');
    expect(story.querySelector('footer.site-footer a[rel="license"]')?.getAttribute('href')).toMatch(
      /creativecommons\.org\/licenses\/by\/4\.0/,
    );
  });

  it('carries no audit notes in its prose (the status stays on each figure)', () => {
    expect(text(story.querySelector('main'))).not.toMatch(/这是目标，不是已完成的结果|不是最终统计|这一部分没有给出数字目标/);
  });
});

describe.each(sections.map((s) => [s.id, s] as const))('the section page /s/%s/', (slug, s) => {
  const d = page(`/s/${slug}/`);
  const v = model.view(slug);
  const point = plain(s.point.text);

  it('is titled with the finding (what a WeChat share card shows) and has its own canonical address and share image', () => {
    expect(d.title).toBe(`数读2020｜穆棱市：${point}`);
    expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/s/${slug}/$`));
    expect(meta(d, 'meta[property="og:image"]')).toMatch(new RegExp(`/share/${slug}\\.png$`));
    expect(meta(d, 'meta[name="description"]')).toBe(renderPlain(s.description.text, lookup.entryOrUndefined));
  });

  it('says near its top that it is section N of 8 and links into the story at that section', () => {
    const kicker = d.querySelector('.page-kicker');
    expect(text(kicker)).toContain(`第${v.number}节，共${v.count}节`);
    expect(kicker?.querySelector(`a[href="/#${slug}"]`)).not.toBeNull();
    expect(text(d.querySelector('h1'))).toBe(s.heading.replace(/\s+/g, ''));
    expect(text(d.querySelector('.dek'))).toBe(point);
  });

  it('does not show the share card as an image in the page', () => {
    expect(d.querySelector(`img[src^="/share/"]`)).toBeNull();
  });

  it('links to the sections before and after it and back to the whole story', () => {
    const pager = d.querySelector('nav.pager');
    if (v.previous) expect(pager?.querySelector(`a[rel="prev"][href="/s/${v.previous.id}/"]`)).not.toBeNull();
    if (v.next) expect(pager?.querySelector(`a[rel="next"][href="/s/${v.next.id}/"]`)).not.toBeNull();
    expect(pager?.querySelector(`a[href="/#${slug}"]`)).not.toBeNull();
  });
});

describe('原文', () => {
  it('holds the cleaned article, one anchor per paragraph', () => {
    for (const p of model.paragraphs.filter((x) => x.kind !== 'kicker')) {
      expect(yuanwen.getElementById(p.id), p.id).not.toBeNull();
    }
  });

  it('marks, inside the paragraph that states it, the words of every figure, ranking and honour', () => {
    for (const e of [...model.figures, ...model.rankings, ...model.honours]) {
      const anchor = yuanwen.getElementById(e.id);
      expect(anchor, e.id).not.toBeNull();
      const span = anchor!.closest('.ref');
      expect(text(span), e.id).toBe(printedText(e));
      expect(span!.closest('.block')?.id, e.id).toBe(e.paragraph);
    }
  });

  it("shows 核心提示 as the label of the article's box, not as an empty heading, and no ¶ after paragraphs", () => {
    expect(text(yuanwen.querySelector('.box .box__label'))).toBe('核心提示');
    expect(text(yuanwen.querySelector('main'))).not.toContain('¶');
  });

  it('says where the article comes from and invents no date', () => {
    const note = text(yuanwen.querySelector('main'));
    expect(note).toContain(`${source.newspaper}`);
    expect(note).toContain('原文日期与版次不在我们的副本中');
  });
});

describe('the small pages', () => {
  it.each(['/404.html', '/data/', '/changes/', '/yuanwen/'])("%s shows the site's dates and its footer", (path) => {
    const d = page(path);
    expect(d.querySelector('.dates time[datetime]')?.getAttribute('datetime')).toBe(changes[0]!.date);
    expect(d.querySelector('footer.site-footer')).not.toBeNull();
  });

  it('the change log lists every change, newest first, each with its kind and date', () => {
    const items = [...page('/changes/').querySelectorAll('ol.changes > li')];
    expect(items.map((li) => li.id)).toEqual([...changes].reverse().map((c) => c.id));
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([...changes].reverse().map((c) => c.date));
  });
});
