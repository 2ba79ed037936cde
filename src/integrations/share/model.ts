import type { Chart, Figure, Ranking, Section, SectionSlug } from '../../schema';
import { sectionPath } from '../../lib/links';
import type { LoadedContent } from '../load-content';

/** One run of the key figure, drawn at `scale` × the figure's size: 106 large, 个 smaller. */
export interface HeroPart {
  readonly text: string;
  readonly scale: number;
}

/** Everything a share image or poster of one section says, resolved from the content. */
export interface ShareModel {
  readonly slug: SectionSlug;
  readonly heading: string;
  readonly point: string;
  readonly description: string;
  /** The key figure exactly as printed (a ranking with its scope), cut into runs for typesetting. */
  readonly hero: readonly HeroPart[];
  /** What the key figure measures, in the article's words. */
  readonly label: string;
  /** The year the key figure is for: a 2021 section may lead with a 2020 result. */
  readonly year: number;
  /** The word that says what kind of number it is, where it is not a plain result (近 is part of the number). */
  readonly status: '预计' | '目标' | '控制在' | null;
  /** 来源：牡丹江日报《…》，数据为2020年 */
  readonly source: string;
  /** The section's absolute URL, which the QR code encodes. */
  readonly url: string;
  /** The same URL as a reader would type it: no scheme. */
  readonly shortUrl: string;
  /** The section's first chart, if it has one. */
  readonly chart: Chart | null;
  /** The headings of the section's plans, in order, in the article's words. */
  readonly plans: readonly string[];
  /** The year the section is about: 2020's results or 2021's plans; null for the opening. */
  readonly part: string | null;
}

/** Units and qualifiers are set smaller than the number they belong to; % a little less so. */
const SCALE = { unit: 0.46, percent: 0.62, scope: 0.58 } as const;

function figureHero(f: Figure): HeroPart[] {
  const prefix = f.qualifier === '近' && f.printed.startsWith('近') ? '近' : '';
  const unit = f.printed.endsWith(f.unit) ? f.unit : '';
  const core = f.printed.slice(prefix.length, f.printed.length - unit.length);
  if (!core) return [{ text: f.printed, scale: 1 }];
  return [
    ...(prefix ? [{ text: prefix, scale: SCALE.unit }] : []),
    { text: core, scale: 1 },
    ...(unit ? [{ text: unit, scale: unit === '%' ? SCALE.percent : SCALE.unit }] : []),
  ];
}

function rankingHero(r: Ranking): HeroPart[] {
  return [
    { text: r.scope, scale: SCALE.scope },
    { text: r.printed, scale: 1 },
  ];
}

function statusOf(f: Figure): ShareModel['status'] {
  if (f.qualifier === '控制在') return '控制在';
  if (f.status === 'estimate') return '预计';
  if (f.status === 'target') return '目标';
  return null;
}

/** The share model of section `slug`, with URLs on `site` (the one public address). */
export function shareModel(content: LoadedContent, slug: SectionSlug, site: string | URL): ShareModel {
  const section: Section | undefined = content.sections.find((s) => s.id === slug);
  if (!section) throw new Error(`content/sections.json has no section "${slug}"`);
  const figure = content.figures.find((f) => f.id === section.keyFigure);
  const ranking = content.rankings.find((r) => r.id === section.keyFigure);
  if (!figure && !ranking) throw new Error(`content/sections.json: ${slug}.keyFigure "${section.keyFigure}" is neither a figure nor a ranking`);
  const source = content.source[0];
  if (!source) throw new Error('content/source.json has no entry');

  const hero = figure ? figureHero(figure) : rankingHero(ranking!);
  const printed = figure ? figure.printed : `${ranking!.scope}${ranking!.printed}`;
  // Typesetting may change sizes, never the words: the runs must spell the figure as printed.
  if (hero.map((p) => p.text).join('') !== printed) throw new Error(`${section.keyFigure}: the share image would not print "${printed}" as printed`);

  const url = new URL(sectionPath(slug), site);
  const chartId = section.charts[0];
  return {
    slug,
    heading: section.heading,
    point: section.point,
    description: section.description,
    hero,
    label: figure ? figure.label : ranking!.indicator,
    year: (figure ?? ranking!).year,
    status: figure ? statusOf(figure) : null,
    source: `来源：${source.newspaper}《${source.headline}》，数据为${source.figuresYear}年`,
    url: url.href,
    shortUrl: `${url.host}${url.pathname}`,
    chart: (chartId && content.charts.find((c) => c.id === chartId)) || null,
    part: section.part,
    plans: content.plans.filter((p) => section.plans.includes(p.id)).sort((a, b) => a.order - b.order).map((p) => p.title),
  };
}
