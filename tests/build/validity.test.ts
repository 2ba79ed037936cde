// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json), with
// every problem listed by page, line, column and rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../../scripts/lib/page-weight.mjs';
import { DIST, ROOT } from './dist';

const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];
const PAGES = ['/', '/yuanwen/', '/changes/', '/data/', '/handout/', '/404.html', ...SECTIONS.map((s) => `/s/${s}/`)];
const validator = () =>
  new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData));

describe('html-validate (recommended rules)', () => {
  it('checks every page of the built site: the story, 原文, the change log, the data, the handout, 404 and the sections', () => {
    expect([...htmlPages(DIST)].sort()).toEqual([...PAGES].sort());
  });

  it.each(PAGES)('%s has no errors', async (path) => {
    const file = fileFor(DIST, path);
    expect(file, `${path} in dist/`).not.toBeNull();
    const report = await validator().validateString(readFileSync(file!, 'utf8'), file!);
    const problems = report.results.flatMap((r) =>
      r.messages
        .filter((m) => m.severity === 2)
        .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(problems).toEqual([]);
  });
});
