import type { Change } from '../schema';

/** The site's publication: the first entry of the change log. */
export function published(changes: readonly Change[]): Change {
  const first = changes[0];
  if (!first) throw new Error('content/changes.json has no entry: the site needs its publication date');
  return first;
}

/** The latest change after publication, if any. */
export function lastModified(changes: readonly Change[]): Change | null {
  return changes.length > 1 ? changes[changes.length - 1]! : null;
}

/** The corrections (更正) that touch any of `ids`, newest first. */
export function correctionsFor(changes: readonly Change[], ids: readonly string[]): Change[] {
  return changes.filter((c) => c.kind === '更正' && c.touches.some((t) => ids.includes(t))).reverse();
}

/** 2026年12月1日 20:00, in Beijing time (the offset the log records), whatever the build machine's zone. */
export function formatDate(iso: string, withTime = true): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  const [, y, mo, d, h, mi] = m;
  const date = `${y}年${Number(mo)}月${Number(d)}日`;
  return withTime ? `${date} ${h}:${mi}` : date;
}
