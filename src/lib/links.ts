/** Paths inside the site. Every figure links to the paragraph of 原文 that states it. */
export const YUANWEN_PATH = '/yuanwen/';

export function sourceHref(paragraphId: string): string {
  return `${YUANWEN_PATH}#${paragraphId}`;
}

export function sectionPath(slug: string): string {
  return `/s/${slug}/`;
}
