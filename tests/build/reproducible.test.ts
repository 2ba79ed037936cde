// Building twice from the same sources gives the same bytes, file for file — the handout PDF and the
// share images included: no build dates, random ids or cache-dependent output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/lib/page-weight.mjs';
import { ROOT } from './dist';

// Inside the project (.build/ is ignored), so build.mjs's swap is a rename on the same disk.
mkdirSync(join(ROOT, '.build'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.build', 'reproducible-'));
const cache = join(scratch, 'cache');

function build(name: string): string {
  const dist = join(scratch, name);
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
    // The first build starts from an empty content cache, the second reuses it, as a developer's would.
    env: { ...process.env, DIST_DIR: dist, ASTRO_CACHE_DIR: cache, CONTENT_DIR: join(ROOT, 'content'), FORCE_COLOR: '0' },
  });
  if (run.status !== 0) throw new Error(`build ${name} failed:\n${run.stdout}\n${run.stderr}`);
  return dist;
}

afterAll(() => {
  if (!process.env.KEEP_BUILDS) rmSync(scratch, { recursive: true, force: true });
});

describe('two builds in a row', () => {
  let first = '';
  let second = '';
  let a: string[] = [];
  let b: string[] = [];
  beforeAll(() => {
    first = build('first');
    second = build('second');
    a = filesUnder(first);
    b = filesUnder(second);
  });

  it('write the same files', () => {
    expect(b).toEqual(a);
    expect(a).toEqual(expect.arrayContaining(['index.html', 'yuanwen/index.html', 'sitemap.xml', 'data/figures.csv']));
  });

  it('write the same bytes in every file, handout.pdf and the share images included', () => {
    const differ = a.filter((f) => b.includes(f) && !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(differ).toEqual([]);
  });
});
