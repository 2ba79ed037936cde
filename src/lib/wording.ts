/*
 * How an entry reads, on every surface: the page, a chart, a table, a share image, the handout,
 * the open data. Year labels, status words and source lines are derived here from the data
 * (phase, year, status, qualifier) and nowhere else.
 */
import type { Figure, Phase, Plan, Ranking, Source, Status, Year } from '../schema';
import { type Entry, isFigure, isRanking, PHASE_YEAR, printedText, renderPlain } from '../schema';

export { printedText };

/**
 * The word that says what kind of number it is, where it is not a plain result. 近 is part of the
 * printed number and 控制在 is the article's verb, so neither is repeated as a status word.
 */
const STATUS_WORD: Readonly<Record<Status, string>> = {
  reported: '',
  estimate: '预计',
  approximate: '约数',
  target: '目标',
  plan: '计划',
};

/** The status of a ranking is its figure's: a place won by an estimated growth rate is 预计 too. */
export function statusOf(e: Entry, figureOf: (id: string) => Figure | undefined): Status {
  if (isFigure(e)) return e.status;
  if (isRanking(e) && e.figure) return figureOf(e.figure)?.status === 'estimate' ? 'estimate' : 'reported';
  return 'reported';
}

export function statusWord(status: Status): string {
  return STATUS_WORD[status];
}

/** 2020年, 2021年目标, 2021年计划: what the year of an entry is, in words. */
export function yearLabel(e: { phase: Phase; year: Year }): string {
  return e.phase === 'result' ? `${e.year}年` : `${e.year}年${e.phase === 'target' ? '目标' : '计划'}`;
}

/**
 * The short tags that stand beside a figure shown large (a key figure, a tile, a share card):
 * its year where the surroundings are about another year (or always, with `always`), and its
 * status word. 目标 and 计划 already say 2021年 in the year tag, so they are not repeated.
 */
export function tags(e: Entry, context: { year: Year; always?: boolean }, figureOf: (id: string) => Figure | undefined): string[] {
  const yearShown = context.always || e.year !== context.year;
  if (e.phase !== 'result') return [yearShown ? yearLabel(e) : statusWord(e.phase === 'target' ? 'target' : 'plan')];
  const status = statusOf(e, figureOf);
  return [yearShown ? yearLabel(e) : '', status === 'estimate' ? statusWord(status) : ''].filter(Boolean);
}

/**
 * A figure with the words the article puts around its number: 预计11.0%, 力争10户, 控制在3.35%,
 * 近7000户 (近 is printed). For tables and for figures named out of their sentence.
 */
export function printedQualified(f: Figure): string {
  return f.qualifier && f.qualifier !== '近' ? `${f.qualifier}${f.printed}` : f.printed;
}

/** The value label drawn beside a chart mark: 11.0%（预计）, 目标 10户, 控制在3.35%, 近7000户. */
export function printedOnMark(f: Figure): string {
  if (f.status === 'estimate') return `${f.printed}（预计）`;
  if (f.status === 'target') return `目标 ${f.printed}`;
  if (f.status === 'plan') return `计划 ${f.printed}`;
  return printedQualified(f);
}

/**
 * A figure's printed form in its parts: 近 (where printed), the number, the unit — 近|7000|户,
 * 38.2|亿元, 两|家, 十七|连丰. Joined, they spell `printed`.
 */
export function printedParts(f: Pick<Figure, 'printed' | 'unit' | 'qualifier'>): { approx: string; number: string; unit: string } {
  const approx = f.qualifier === '近' && f.printed.startsWith('近') ? '近' : '';
  const unit = f.printed.endsWith(f.unit) && f.printed.length > approx.length + f.unit.length ? f.unit : '';
  return { approx, number: f.printed.slice(approx.length, f.printed.length - unit.length), unit };
}

/** The number of a figure as printed, without 近 and the unit: 38.2亿元 → 38.2, 近7000户 → 7000, 两家 → 两. */
export function printedNumber(f: Pick<Figure, 'printed' | 'unit' | 'qualifier'>): string {
  return printedParts(f).number;
}

/** A ranking's indicator with 预计 where the ranked figure is an estimate. */
export function labelWithStatus(r: Ranking, figureOf: (id: string) => Figure | undefined): string {
  return statusOf(r, figureOf) === 'estimate' ? `${r.label}（预计）` : r.label;
}

/** The place as a reader needs it out of its sentence: always with its scope (全省第二名). */
export function printedPlace(r: Ranking): string {
  return `${r.scope}${r.printed}`;
}

/**
 * An entry read aloud, out of its sentence, with nothing dropped: 地区生产总值增长（预计）11.0%，
 * 新增高新技术企业（2021年目标，力争）10户, 国家重点生态功能区县域生态考核全国第三.
 */
export function printedAloud(e: Entry, figureOf: (id: string) => Figure | undefined): string {
  if (isFigure(e)) {
    const notes = [e.phase !== 'result' ? yearLabel(e) : '', e.status === 'estimate' ? '预计' : '', e.qualifier === '力争' ? '力争' : '']
      .filter(Boolean)
      .join('，');
    return `${e.label}${notes ? `（${notes}）` : ''}${e.qualifier === '控制在' ? '控制在' : ''}${e.printed}`;
  }
  if (isRanking(e)) return `${labelWithStatus(e, figureOf)}${printedPlace(e)}`;
  return printedText(e);
}

/**
 * What the entries shown together are, in time: 数据为2020年 / 为2021年目标 / 为2021年计划, or
 * both years where a surface shows both. Every source line on every surface ends with this.
 */
export function yearsNote(entries: readonly { phase: Phase; year: Year }[]): string {
  const results = entries.some((e) => e.phase === 'result');
  const targets = entries.some((e) => e.phase === 'target');
  const plans = entries.some((e) => e.phase === 'plan');
  const later = targets && plans ? '2021年目标与计划' : targets ? '2021年目标' : plans ? '2021年计划' : '';
  if (results && later) return `2020年数据与${later}`;
  if (later) return `为${later}`;
  return '数据为2020年';
}

/**
 * The words a plan is named by out of its list (a poster, a data file): its title, or else the
 * first clause of its text — the article's own words either way.
 */
export function planName(p: Plan, entry: (id: string) => Entry | undefined): string {
  return p.title ?? (renderPlain(p.text, entry).split(/[，。；：]/)[0] as string);
}

/** The site's masthead, on every page and every share image: 数读2020 · 穆棱. */
export function mastheadName(source: Source): string {
  return `数读2020 · ${source.kicker}`;
}

/** Where the place is, marked as the site's note: the article does not say it. */
export function locatorLine(source: Source): string {
  return `${source.place}：${source.locator}（编者注）`;
}

/**
 * What the site is, on every first screen: the feature as the newspaper published it, the year of
 * its figures and the year of its plans, and that the site does not follow the plans up.
 */
export function framingLine(source: Source): string {
  return (
    `据${source.newspaper}${source.published}年的报道整理（${source.publishedNote}）：` +
    `${source.figuresYear}年的数字，和报道写下的${PHASE_YEAR.plan}年计划与目标；本站不追踪计划后来的执行。`
  );
}

/** The article, as every source line names it: 牡丹江日报《走出县域经济高质量发展特色之路》（2021年）. */
export function articleName(source: Source): string {
  return `${source.newspaper}《${source.headline}》（${source.published}年）`;
}

/** 来源：牡丹江日报《…》（2021年），数据为2020年 — for the entries a surface shows. */
export function sourceLine(source: Source, entries: readonly { phase: Phase; year: Year }[]): string {
  return `来源：${articleName(source)}，${yearsNote(entries)}`;
}
