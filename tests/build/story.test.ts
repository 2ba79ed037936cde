import { describe, expect, it } from 'vitest';
import type { Chart, Figure, Honour, Paragraph, Ranking, Section } from '../../src/schema';
import { page, readJson, text } from './dist';

const figures = readJson<Figure[]>('content/figures.json');
const rankings = readJson<Ranking[]>('content/rankings.json');
const honours = readJson<Honour[]>('content/honours.json');
const sections = readJson<Section[]>('content/sections.json').sort((a, b) => a.order - b.order);
const charts = readJson<Chart[]>('content/charts.json');
const paragraphs = readJson<Paragraph[]>('content/article/paragraphs.json');

const story = page('/');
const yuanwen = page('/yuanwen/');

describe('the story page', () => {
  it('is Chinese, titled 数读2020, and says where its figures come from', () => {
    expect(story.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(story.title).toMatch(/^数读2020｜穆棱/);
    expect(text(story.querySelector('#credits'))).toContain('牡丹江日报');
  });

  it('has every section of the brief, in order, each with its heading', () => {
    const ids = [...story.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    expect([...new Set(ids)]).toEqual(sections.map((s) => s.id));
    for (const s of sections.filter((x) => x.id !== 'shudu')) {
      expect(text(story.querySelector(`#${s.id}-h`))).toBe(s.heading.replace(/\s+/g, ''));
    }
  });

  it('states every figure, as printed, in the prose of its own section, linked to its paragraph', () => {
    for (const f of figures) {
      const links = [...story.querySelectorAll(`section#${f.section} .prose a[data-ref="${f.id}"]`)];
      expect(links.length, `${f.id} in the prose of ${f.section}`).toBeGreaterThan(0);
      for (const a of links) {
        expect(text(a)).toBe(f.printed);
        expect(a.getAttribute('href')).toBe(`/yuanwen/#${f.paragraph}`);
      }
    }
  });

  it('states every ranking with its scope, and every honour, in the prose of its section', () => {
    for (const r of rankings) {
      const a = story.querySelector(`section#${r.section} .prose a[data-ref="${r.id}"]`);
      expect(text(a), r.id).toBe(`${r.scope}${r.printed}`);
    }
    for (const h of honours) {
      expect(story.querySelector(`section#${h.section} .prose a[data-ref="${h.id}"]`), h.id).not.toBeNull();
    }
  });

  it('keeps 预计 beside every estimate and 力争 or 目标 beside every target', () => {
    for (const a of story.querySelectorAll('.prose a.fig--estimate')) expect(text(a.parentElement)).toContain('预计');
    for (const a of story.querySelectorAll('.prose a.fig--target')) expect(text(a.parentElement)).toMatch(/力争|目标/);
  });

  it('draws every chart as a figure with a title, a named SVG, a source caption and a data table of the same numbers', () => {
    for (const c of charts) {
      const fig = story.querySelector(`section#${c.section} figure.chart#chart-${c.id}`);
      expect(fig, c.id).not.toBeNull();
      expect(text(fig!.querySelector('.chart__title'))).toBe(c.title.replace(/\s+/g, ''));
      const svgs = [...fig!.querySelectorAll('svg')];
      expect(svgs.length).toBeGreaterThan(0);
      for (const svg of svgs) {
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('aria-label')?.length).toBeGreaterThan(4);
        expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
        expect(svg.outerHTML).not.toMatch(/\sstyle=|<style/);
      }
      expect(text(fig!.querySelector('figcaption'))).toContain('来源：牡丹江日报');
      const table = text(fig!.querySelector('table'));
      for (const id of c.figures) expect(table).toContain(figures.find((f) => f.id === id)!.printed);
      for (const id of c.rankings) expect(table).toContain(rankings.find((r) => r.id === id)!.printed);
      const art = svgs.map((s) => s.textContent ?? '').join(' ');
      for (const id of c.figures) expect(art, `${c.id} labels ${id}`).toContain(figures.find((f) => f.id === id)!.printed);
    }
  });

  it('ends with the byline, credits and a link to 原文', () => {
    const credits = story.querySelector('#credits')!;
    expect(text(credits)).toContain('杜坤');
    expect(text(credits)).toContain('刘晓云');
    expect(credits.querySelector('a[href="/yuanwen/"]')).not.toBeNull();
    const article = story.querySelector('article.story')!;
    expect(article.lastElementChild?.lastElementChild?.id).toBe('credits');
  });

  it('ships no d3 or Plot to the browser', () => {
    const scripts = [...story.querySelectorAll('script')].map((s) => s.textContent ?? '').join('\n');
    expect(scripts).not.toMatch(/d3-|observablehq/);
  });
});

describe('原文', () => {
  it('holds every paragraph of the cleaned article once, each with its own anchor', () => {
    const blocks = [...yuanwen.querySelectorAll('.article .block')];
    const texts = blocks.map((b) => text(b).replace(/¶$/, ''));
    expect(new Set(texts).size).toBe(texts.length);
    for (const p of paragraphs.filter((x) => x.kind === 'paragraph' || x.kind === 'bullet')) {
      const el = yuanwen.getElementById(p.id);
      expect(el, p.id).not.toBeNull();
      expect(text(el)).toContain(p.text.replace(/\s+/g, ''));
    }
  });

  it('carries the byline and says the photos are not reproduced', () => {
    const all = text(yuanwen.querySelector('main'));
    expect(all).toContain('杜坤本报记者刘晓云');
    expect(all).toContain('本版图片均由穆棱市委宣传部提供');
  });

  it('resolves every figure link on the story to a paragraph that states that figure', () => {
    const refs = [...story.querySelectorAll('a[data-ref]')];
    expect(refs.length).toBeGreaterThan(figures.length);
    for (const a of refs) {
      const id = a.getAttribute('data-ref')!;
      const target = a.getAttribute('href')!.split('#')[1]!;
      const para = text(yuanwen.getElementById(target));
      expect(para, `${id} → #${target}`).not.toBe('');
      const f = figures.find((x) => x.id === id);
      const r = rankings.find((x) => x.id === id);
      const h = honours.find((x) => x.id === id);
      if (f) expect(para).toContain(f.printed);
      if (r) {
        expect(para).toContain(r.scope);
        expect(para).toContain(r.printed);
      }
      if (h) expect(para).toContain(h.title);
    }
  });
});
