// What each section's card and poster say, on the real content: the key figure exactly as printed,
// its year and status in words, and a source line that agrees in time with everything shown. What
// each must say is written out below for every one of the eight sections.
import { describe, expect, it } from 'vitest';
import { bundledTypesetter, card, poster, type ShareModel, shareModel } from '../../../src/share';
import { placedTexts, realStory, SITE } from './fixtures';

const SOURCE = '来源：牡丹江日报《走出县域经济高质量发展特色之路》（2021年），';

interface Expected {
  id: string;
  /** The key figure in the runs it is set in, and the words beside it; null where the card leads with its point. */
  key: { runs: string[]; tags: Array<[text: string, kind: 'year' | 'later' | 'estimate']> } | null;
  point: string;
  /** What the source lines end with: the card's, and the poster's (which also speaks for its chart or plans). */
  card: string;
  poster: string;
  /** The chart the poster draws, or the plans it lists where the section has no chart. */
  chart: string | null;
  plans: string[];
}

const SECTIONS: Expected[] = [
  {
    id: 'shudu',
    key: { runs: ['全国', '第三'], tags: [['2020年', 'year']] },
    point: '国家重点生态功能区县域生态环境考核位列全国第三、全省第一；关键指标均居牡丹江市首位',
    card: '数据为2020年',
    poster: '数据为2020年',
    chart: 'rankings',
    plans: [],
  },
  {
    id: 'jichu',
    key: {
      runs: ['11.0', '%'],
      tags: [
        ['2020年', 'year'],
        ['预计', 'estimate'],
      ],
    },
    point: '地区生产总值预计增长11.0%，规上工业增加值预计增长30.7%',
    card: '数据为2020年',
    poster: '数据为2020年',
    chart: 'growth',
    plans: [],
  },
  {
    id: 'dongneng',
    key: { runs: ['106', '个'], tags: [['2020年', 'year']] },
    point: '全年开复工各类项目106个，其中省市百大项目16个',
    card: '数据为2020年',
    poster: '数据为2020年',
    chart: 'projects',
    plans: [],
  },
  {
    id: 'dise',
    key: { runs: ['近', '7000', '户'], tags: [['2020年', 'year']] },
    point: '改造老旧小区、新建和改造管网，惠及群众近7000户',
    card: '数据为2020年',
    poster: '数据为2020年',
    chart: null,
    plans: [],
  },
  {
    id: 'gaige',
    key: { runs: ['10', '户'], tags: [['2021年目标', 'later']] },
    point: '2021年力争新增高新技术企业10户、科技型中小企业30户',
    card: '为2021年目标',
    poster: '2020年数据与2021年目标',
    chart: 'targets',
    plans: [],
  },
  {
    id: 'chanye',
    key: { runs: ['两', '条'], tags: [['2021年计划', 'later']] },
    point: '2021年打造孤榆树红色历史文化和保安绿色自然景观两条旅游带',
    card: '为2021年计划',
    poster: '为2021年计划',
    chart: null,
    plans: ['产业是经济发展的引擎与支柱', '推进农业提质扩规', '打造工业强链集群', '深化服务业开放融合'],
  },
  {
    id: 'chengxiang',
    key: null,
    point: '2021年以绿水青山为底线，建设宜居宜业宜游城市',
    card: '为2021年计划',
    poster: '为2021年计划',
    chart: null,
    plans: [
      '穆棱以绿水青山为底线',
      '建立全市污染防治攻坚战任务台账',
      '以实施“城市更新”行动为抓手',
      '深入推进乡村振兴战略',
      '弘扬社会主义核心价值观',
      '推进农村移风易俗',
    ],
  },
  {
    id: 'minsheng',
    key: null,
    point: '2021年用心用情办好各项民生实事',
    card: '为2021年计划',
    poster: '为2021年计划',
    chart: null,
    plans: [
      '穆棱聚焦群众所需所急所盼',
      '补齐民生基础设施短板',
      '完善社会保障体系',
      '提升公共服务水平',
      '持续提升社会治理能力',
      '实现“十四五”开好局',
    ],
  },
];

/** The text of an image, line by line, as drawn. */
const shown = (svg: string) => placedTexts(svg).texts.map((p) => p.text);

/** Each section's model, card and poster, drawn once, on first use inside a test. */
const drawn = new Map<string, Promise<{ model: ShareModel; card: string; poster: string }>>();
function images(id: string) {
  let d = drawn.get(id);
  if (!d) {
    d = (async () => {
      const t = bundledTypesetter();
      const model = shareModel(realStory(), id as ShareModel['slug'], SITE);
      return { model, card: card(model, t), poster: await poster(model, t) };
    })();
    drawn.set(id, d);
  }
  return d;
}

describe('the sections of the real content', () => {
  it('are the eight this file spells out, in order', () => {
    expect(realStory().sections.map((s) => s.id)).toEqual(SECTIONS.map((s) => s.id));
  });
});

describe.each(SECTIONS)('section $id', (expected) => {
  it('leads its card and poster with its key figure exactly as printed, each run a text of its own — or with its point where it has none', async () => {
    const { model, card: cardSvg, poster: posterSvg } = await images(expected.id);
    expect(model.point).toBe(expected.point);
    if (expected.key === null) {
      expect(model.key).toBeNull();
      expect(shown(cardSvg).join('')).toContain(expected.point);
    } else {
      expect(model.key?.printed).toBe(expected.key.runs.join(''));
      expect(model.key?.runs.map((r) => r.text)).toEqual(expected.key.runs);
      for (const [name, svg] of [
        ['card', cardSvg],
        ['poster', posterSvg],
      ] as const) {
        const lines = shown(svg);
        const at = lines.indexOf(expected.key.runs[0]!);
        expect(at, `${name}: the key figure's first run`).toBeGreaterThanOrEqual(0);
        expect(lines.slice(at, at + expected.key.runs.length), name).toEqual(expected.key.runs);
      }
    }
  });

  it('says beside the key figure its year (2020年, 2021年目标, 2021年计划) and 预计 where it is an estimate, never 近', async () => {
    const { model, card: cardSvg, poster: posterSvg } = await images(expected.id);
    const tags = expected.key?.tags ?? [];
    expect(model.key?.tags.map((g) => [g.text, g.kind]) ?? []).toEqual(tags);
    for (const svg of [cardSvg, posterSvg]) for (const [text] of tags) expect(shown(svg)).toContain(text);
  });

  it('ends the card’s source line with the years of what the card shows', async () => {
    const { model, card: cardSvg } = await images(expected.id);
    expect(model.cardSource).toBe(`${SOURCE}${expected.card}`);
    expect(shown(cardSvg)).toContain(model.cardSource);
  });

  it('ends the poster’s source line with the years of the card’s entries and the chart’s (or the plans’)', async () => {
    const { model, poster: posterSvg } = await images(expected.id);
    expect(model.posterSource).toBe(`${SOURCE}${expected.poster}`);
    expect(shown(posterSvg).join('')).toContain(model.posterSource);
  });

  it('draws its chart on the poster, or lists its plans where it has one and no chart (a 2020 section without a chart shows its key figure alone)', async () => {
    const { model, poster: posterSvg } = await images(expected.id);
    expect(model.chart?.id ?? null).toBe(expected.chart);
    expect(placedTexts(posterSvg).texts.some((p) => p.inChart)).toBe(expected.chart !== null);
    const words = shown(posterSvg).join('');
    for (const title of expected.plans) expect(words).toContain(title);
  });

  it('links to the section’s absolute URL on the public address', async () => {
    const { model } = await images(expected.id);
    expect(model.url).toBe(`https://shudu2020.example.org/s/${expected.id}/`);
    expect(model.shortUrl).toBe(`shudu2020.example.org/s/${expected.id}/`);
  });
});
