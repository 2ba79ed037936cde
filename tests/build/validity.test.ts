// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json), with
// every problem listed by page, line, column and rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../../scripts/lib/page-weight.mjs';
import { DIST, ROOT } from './dist';

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = htmlPages(DIST);

describe('html-validate (recommended rules)', () => {
  it('finds the pages: the story, 原文, the sections and 404', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/yuanwen/', '/s/shudu/', '/s/minsheng/', '/404.html']));
  });

  it.each(pages)('%s has no errors', async (path) => {
    const file = fileFor(DIST, path)!;
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const problems = report.results.flatMap((r) =>
      r.messages
        .filter((m) => m.severity === 2)
        .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(problems).toEqual([]);
  });
});
