// What each section's card and poster say, on the real content: the key figure exactly as printed,
// its year and status in words, and a source line that agrees in time with everything shown.
import { describe, expect, it } from 'vitest';
import { isFigure, isRanking, type Entry, type Phase } from '../../../src/schema';
import { bundledTypesetter, card, poster, shareModel } from '../../../src/share';
import { placedTexts, realStory, SITE } from './fixtures';

const story = realStory();
const t = bundledTypesetter();
const sections = await Promise.all(
  story.sections.map(async (s) => {
    const model = shareModel(story, s.id, SITE);
    const view = story.view(s.id);
    return { id: s.id, s, view, model, card: card(model, t), poster: await poster(model, t) };
  }),
);
const byId = (id: string) => sections.find((s) => s.id === id)!;

/** The text of an image, line by line, as drawn. */
const shown = (svg: string) => placedTexts(svg).texts.map((p) => p.text);

/** What the article prints for an entry shown large: a figure's number, a ranking's scope and place. */
const printedLarge = (e: Entry) => (isFigure(e) ? e.printed : isRanking(e) ? `${e.scope}${e.printed}` : e.title);

/** What a source line must say for entries of these phases, whatever the section's year. */
function expectedNote(phases: ReadonlySet<Phase>): RegExp {
  const later = [phases.has('target') ? '2021年目标' : '', phases.has('plan') ? '2021年计划' : ''].filter(Boolean);
  if (phases.has('result') && later.length)
    return new RegExp(`，2020年数据与2021年(目标与计划|${later.map((l) => l.slice(5)).join('|')})$`);
  if (later.length) return new RegExp(`，为2021年${later.length === 2 ? '目标与计划' : later[0]!.slice(5)}$`);
  return /，数据为2020年$/;
}

describe.each(sections)('section $id', ({ s, view, model, card: cardSvg, poster: posterSvg }) => {
  it('leads with its key figure exactly as printed, or with its point where it has none', () => {
    if (!view.key) {
      expect(s.keyFigure).toBeNull();
      expect(model.key).toBeNull();
      expect(shown(cardSvg).join('')).toContain(model.point);
      return;
    }
    const key = model.key!;
    expect(key.printed).toBe(printedLarge(view.key));
    expect(key.runs.map((r) => r.text).join('')).toBe(key.printed);
    // On the card and the poster: the runs, in order, each a text of its own.
    for (const svg of [cardSvg, posterSvg]) {
      const lines = shown(svg);
      const at = lines.indexOf(key.runs[0]!.text);
      expect(lines.slice(at, at + key.runs.length), s.id).toEqual(key.runs.map((r) => r.text));
    }
  });

  it('says the key figure’s year on it, in words derived from its phase: 2020年, 2021年目标, 2021年计划', () => {
    if (!model.key) return;
    const e = model.key.entry;
    const year = e.phase === 'result' ? `${e.year}年` : `${e.year}年${e.phase === 'target' ? '目标' : '计划'}`;
    expect(model.key.tags.map((g) => g.text)).toContain(year);
    // A target or a plan is 2021's whatever the section; a result is 2020's, even on a 2021 card.
    expect(year.startsWith(e.phase === 'result' ? '2020年' : '2021年')).toBe(true);
    for (const svg of [cardSvg, posterSvg]) expect(shown(svg)).toContain(year);
  });

  it('says 预计 beside an estimate, boxed, and no status word beside a reported or approximate figure (近 is in the number)', () => {
    if (!model.key) return;
    const e = model.key.entry;
    const estimate = isFigure(e)
      ? e.status === 'estimate'
      : isRanking(e) && !!e.figure && story.lookup.figure(e.figure).status === 'estimate';
    expect(model.key.tags.filter((g) => g.kind === 'estimate').map((g) => g.text)).toEqual(estimate ? ['预计'] : []);
    if (estimate) for (const svg of [cardSvg, posterSvg]) expect(shown(svg)).toContain('预计');
    expect(model.key.tags.map((g) => g.text)).not.toContain('近');
  });

  it('ends the card’s source line with the years of what the card shows', () => {
    const phases = new Set<Phase>([...model.entries.map((e) => e.phase), ...(model.entries.length ? [] : view.plans.map((p) => p.phase))]);
    expect(model.cardSource).toMatch(/^来源：牡丹江日报《走出县域经济高质量发展特色之路》（2021年），/);
    expect(model.cardSource).toMatch(expectedNote(phases));
    expect(shown(cardSvg)).toContain(model.cardSource);
  });

  it('ends the poster’s source line with the years of the card’s entries and the chart’s (or the plans’)', () => {
    const chartEntries = model.chart ? model.chart.entries : [];
    const phases = new Set<Phase>([
      ...model.entries.map((e) => e.phase),
      ...(model.entries.length ? [] : view.plans.map((p) => p.phase)),
      ...chartEntries.map((e) => e.phase),
      ...(model.chart ? [] : view.plans.map((p) => p.phase)),
    ]);
    expect(model.posterSource).toMatch(expectedNote(phases));
    expect(shown(posterSvg).join('')).toContain(model.posterSource);
  });

  it('never puts a 2021 target or plan under 数据为2020年', () => {
    const later = (es: readonly { phase: Phase }[]) => es.some((e) => e.phase !== 'result');
    const cardShows = [...model.entries, ...(model.entries.length ? [] : view.plans)];
    if (later(cardShows)) expect(model.cardSource).not.toContain('数据为2020年');
    if (later([...cardShows, ...(model.chart ? model.chart.entries : view.plans)]))
      expect(model.posterSource).not.toContain('数据为2020年');
  });

  it('links to the section’s absolute URL on the public address', () => {
    expect(model.url).toBe(`${SITE}/s/${s.id}/`);
    expect(model.shortUrl).toBe(`shudu2020.example.org/s/${s.id}/`);
  });
});

describe('the cards of the real content', () => {
  it('mark 数读’s and 基础’s 地区生产总值 11.0% as 预计, as a 2020 figure', () => {
    for (const id of ['shudu', 'jichu']) {
      const { model } = byId(id);
      expect(model.key!.printed).toBe('11.0%');
      expect(model.key!.tags).toEqual([
        { text: '2020年', kind: 'year' },
        { text: '预计', kind: 'estimate' },
      ]);
    }
  });

  it('keep 近 inside the number: 近7000户, with no word beside it but its year', () => {
    const { model } = byId('dise');
    expect(model.key!.runs.map((r) => r.text)).toEqual(['近', '7000', '户']);
    expect(model.key!.tags).toEqual([{ text: '2020年', kind: 'year' }]);
  });

  it('call 2021’s target and plan what they are', () => {
    expect(byId('gaige').model.key!.tags).toEqual([{ text: '2021年目标', kind: 'later' }]);
    expect(byId('chanye').model.key!.tags).toEqual([{ text: '2021年计划', kind: 'later' }]);
    expect(byId('gaige').model.cardSource).toMatch(/，为2021年目标$/);
    expect(byId('chanye').model.cardSource).toMatch(/，为2021年计划$/);
  });

  it('lead with the point on the two 2021 sections without a number', () => {
    for (const id of ['chengxiang', 'minsheng']) {
      expect(byId(id).model.key).toBeNull();
      expect(byId(id).model.cardSource).toMatch(/，为2021年计划$/);
    }
  });

  it('say 2020年数据与2021年目标 on the poster that sets 2020’s count beside 2021’s target', () => {
    expect(byId('gaige').model.posterSource).toMatch(/，2020年数据与2021年目标$/);
  });
});
