import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/integrations/load-content';
import { shareImages } from '../../../src/integrations/share-images';
import { shareImageSvg } from '../../../src/integrations/share/card';
import { CHART_STYLE } from '../../../src/integrations/share/chart';
import { shareModel } from '../../../src/integrations/share/model';
import { posterSvg } from '../../../src/integrations/share/poster';
import { qrBlock } from '../../../src/integrations/share/qr';
import { fontFiles, prepareFonts, renderOptions, renderPng } from '../../../src/integrations/share/render';
import subsetFont from 'subset-font';
import { fitHeadline, wrap } from '../../../src/integrations/share/text';
import { SECTION_SLUGS, type SectionSlug } from '../../../src/schema';

const SITE = 'https://shudu2020.example.org';
const { content } = loadContent();
const model = (slug: SectionSlug) => shareModel(content, slug, SITE);
const printed = (slug: SectionSlug) => model(slug).hero.map((p) => p.text).join('');

const rgba = (png: Buffer) => PNG.sync.read(png);

describe('shareModel', () => {
  test('spells every key figure exactly as printed, a ranking with its scope', () => {
    for (const s of content.sections) {
      const f = content.figures.find((x) => x.id === s.keyFigure);
      const r = content.rankings.find((x) => x.id === s.keyFigure);
      expect(printed(s.id), s.id).toBe(f ? f.printed : `${r!.scope}${r!.printed}`);
    }
    expect(printed('jichu')).toBe('11.0%');
    expect(printed('dise')).toBe('近7000户');
    expect(printed('chengxiang')).toBe('全国第三');
  });

  test('sets the number large and 近, the unit and the scope smaller', () => {
    expect(model('dise').hero.map((p) => [p.text, p.scale === 1])).toEqual([['近', false], ['7000', true], ['户', false]]);
    expect(model('chengxiang').hero.map((p) => [p.text, p.scale === 1])).toEqual([['全国', false], ['第三', true]]);
    expect(model('chanye').hero.map((p) => [p.text, p.scale === 1])).toEqual([['两', true], ['条', false]]);
  });

  test('says 预计 for an estimate and 目标 for a target; 近 needs no word, it is in the number', () => {
    expect(model('jichu').status).toBe('预计');
    expect(model('gaige').status).toBe('目标');
    expect(model('chanye').status).toBe('目标');
    expect(model('dise').status).toBeNull();
    expect(model('dongneng').status).toBeNull();
    expect(model('chengxiang').status).toBeNull();
  });

  test('gives the year of the figure, so a 2021 section leading with a 2020 result says 2020', () => {
    expect(model('gaige').year).toBe(2021);
    expect(model('chengxiang').year).toBe(2020);
    expect(model('minsheng').year).toBe(2020);
  });

  test('builds the URL on the public address, and shows it without the scheme', () => {
    expect(model('jichu').url).toBe('https://shudu2020.example.org/s/jichu/');
    expect(model('jichu').shortUrl).toBe('shudu2020.example.org/s/jichu/');
    expect(shareModel(content, 'dise', 'https://example.com/').url).toBe('https://example.com/s/dise/');
  });

  test('names the source: the newspaper, the headline, and that the figures are for 2020', () => {
    expect(model('shudu').source).toBe('来源：牡丹江日报《走出县域经济高质量发展特色之路》，数据为2020年');
  });

  test('takes the section’s first chart, and the plan headings of a 2021 section without one', () => {
    expect(model('jichu').chart?.id).toBe('growth');
    expect(model('dongneng').chart?.id).toBe('projects');
    expect(model('chanye').chart).toBeNull();
    expect(model('chanye').plans).toEqual(['推进农业提质扩规', '打造工业强链集群', '深化服务业开放融合']);
  });
});

describe('shareImageSvg', () => {
  const svg = shareImageSvg(model('jichu'));

  test('is 1200 × 630 on paper white, with no stylesheet', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('fill="#fbfaf7"');
    expect(svg).not.toContain('<style');
  });

  test('says the masthead, heading, point, figure, status word, label, source and short URL', () => {
    for (const s of ['数读2020 · 穆棱', '发展基础更实', '地区生产总值预计增长11.0%', '>11.0<', '>%<', '>预计<', '地区生产总值增速', '来源：牡丹江日报', 'shudu2020.example.org/s/jichu/']) {
      expect(svg).toContain(s);
    }
  });

  test('draws the key figure in the accent red', () => {
    expect(svg).toMatch(/fill="#b8141f"[^>]*>11\.0</);
  });
});

describe('posterSvg', () => {
  test('is 1080 × 1920 and maps the chart classes to the light palette, scoped to the chart', () => {
    const svg = posterSvg(model('jichu'), content);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1080" height="1920"/);
    expect(svg).toContain(`<style>${CHART_STYLE}</style>`);
    for (const cls of ['mark--muling', 'mark--estimate', 'hatch-line', 'rule', 't-axis']) expect(CHART_STYLE).toContain(`.${cls}`);
    expect(CHART_STYLE).not.toMatch(/(^|})text\{/);
    expect(svg).toContain('<svg class="chart"');
    expect(svg).toContain('扫码阅读本节');
  });

  test('lists the plans, and carries no stylesheet, where the section has no chart', () => {
    const svg = posterSvg(model('minsheng'), content);
    expect(svg).not.toContain('<style');
    for (const plan of model('minsheng').plans) expect(svg).toContain(plan);
  });
});

describe('shareImages', () => {
  test('makes a card and a poster per section, in reading order, at the paths of src/lib/share.ts', () => {
    const images = shareImages(content, SITE);
    expect(images.map((i) => i.path)).toEqual(SECTION_SLUGS.flatMap((s) => [`/share/${s}.png`, `/share/${s}-poster.png`]));
  });

  test('gives the same SVG for the same content, byte for byte', () => {
    expect(shareImages(content, SITE)).toEqual(shareImages(content, SITE));
  });
});

describe('text layout', () => {
  test('fitHeadline keeps a headline on one line down to its smallest size', () => {
    expect(fitHeadline('全年开复工各类项目106个', 920, 64, 54)).toEqual({ size: 64, lines: ['全年开复工各类项目106个'] });
    expect(fitHeadline('新建和改造管网惠及群众近7000户', 920, 64, 54).lines).toHaveLength(1);
  });

  test('fitHeadline breaks two lines after a comma rather than inside a word', () => {
    expect(fitHeadline('以绿水青山为底线，建设宜居宜业宜游城市', 920, 64, 54).lines).toEqual(['以绿水青山为底线，', '建设宜居宜业宜游城市']);
  });

  test('wrap keeps numbers whole and never starts a line with closing punctuation', () => {
    const lines = wrap('地区生产总值与规模以上工业增加值增速为预计数（斜线条），一般公共预算收入增速11.0%原文未标“预计”。', 300, 24);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/^[，。、；：）》”%]/);
    expect(lines.some((l) => l.includes('11.0%'))).toBe(true);
  });
});

describe('fonts and rendering', () => {
  let fonts: Awaited<ReturnType<typeof prepareFonts>>;
  beforeAll(async () => {
    fonts = await prepareFonts('数读2020 · 穆棱11.0%近7000户');
  });
  afterAll(() => fonts.dispose());

  test('a subset of Noto Sans SC draws the same pixels as the whole font, from a far smaller file', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="90"><rect width="420" height="90" fill="#fff"/><text x="6" y="60" font-size="40" font-weight="700">数读2020 · 穆棱11.0%</text></svg>';
    const whole = new Resvg(svg, renderOptions(fontFiles())).render().asPng();
    const subset = new Resvg(svg, fonts.options).render().asPng();
    expect(rgba(subset).data.equals(rgba(whole).data)).toBe(true);
    const [regular] = fontFiles();
    expect((await subsetFont(readFileSync(regular!), '数读2020', { targetFormat: 'truetype' })).length).toBeLessThan(readFileSync(regular!).length / 10);
  });

  test('rendering the same SVG twice gives the same PNG bytes', async () => {
    const svg = shareImageSvg(model('dise'));
    const all = await prepareFonts(svg);
    try {
      const [a, b] = await Promise.all([renderPng(svg, all.options), renderPng(svg, all.options)]);
      expect(a.equals(b)).toBe(true);
    } finally {
      all.dispose();
    }
  });

  test('the QR block has whole-pixel modules and decodes to its URL', () => {
    const url = 'https://shudu2020.example.org/s/chengxiang/';
    const qr = qrBlock(url, 10, 10, 248);
    expect(qr.markup).not.toMatch(/\d\.\d/);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${qr.side + 20}" height="${qr.side + 20}">${qr.markup}</svg>`;
    const image = rgba(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(code?.data).toBe(url);
  });
});
