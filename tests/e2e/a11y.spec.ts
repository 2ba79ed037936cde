// axe-core over every page, light and dark, in both projects (375 px phone and 1280 px desktop).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, openPage, test } from './helpers';

const sections: { id: string }[] = JSON.parse(readFileSync(new URL('../../content/sections.json', import.meta.url), 'utf8'));
const PAGES = ['/', '/yuanwen/', ...sections.map((s) => `/s/${s.id}/`)];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`${path} has no WCAG 2.2 A/AA violations (${scheme})`, async ({ page }) => {
        await openPage(page, path);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
