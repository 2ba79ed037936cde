// The one place that reads the content collections; every route builds from this.
import { getCollection } from 'astro:content';
import { createLookup } from '../lib/lookup';

const unwrap = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);

export async function loadStory() {
  const paragraphs = unwrap(await getCollection('paragraphs'));
  const figures = unwrap(await getCollection('figures'));
  const rankings = unwrap(await getCollection('rankings'));
  const honours = unwrap(await getCollection('honours'));
  const plans = unwrap(await getCollection('plans'));
  const sections = unwrap(await getCollection('sections'));
  const charts = unwrap(await getCollection('charts'));
  const sources = unwrap(await getCollection('source'));
  // getCollection() sorts by id; reading order comes from the explicit order fields.
  paragraphs.sort((a, b) => a.order - b.order);
  sections.sort((a, b) => a.order - b.order);
  plans.sort((a, b) => a.order - b.order);
  const source = sources[0]!;
  const lookup = createLookup({ figures, rankings, honours, paragraphs });
  const sourceLine = `${source.newspaper}《${source.headline}》（${source.published}年），数据为${source.figuresYear}年`;
  const chartById = new Map(charts.map((c) => [c.id, c]));
  const chartsFor = (slug: string) =>
    sections
      .find((s) => s.id === slug)!
      .charts.map((id) => chartById.get(id)!)
      .map((chart) => ({ chart, figures: chart.figures.map(lookup.figure), rankings: chart.rankings.map(lookup.ranking) }));
  const partOf = (slug: string) => {
    const s = sections.find((x) => x.id === slug)!;
    return {
      section: s,
      charts: chartsFor(slug),
      honours: s.honours.map(lookup.honour),
      plans: plans.filter((p) => s.plans.includes(p.id)),
    };
  };
  const bullets = paragraphs.filter((p) => p.kind === 'bullet');
  return { paragraphs, figures, rankings, honours, plans, sections, charts, source, sourceLine, lookup, partOf, bullets };
}
