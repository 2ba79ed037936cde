// Building twice from the same sources gives the same bytes, file for file — the handout PDF and the
// share images included: no build dates, random ids or cache-dependent output.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/node/files';
import { DIST, ROOT } from './dist';
import { BUILD_LIMIT_MS, buildSite, outcomeOf } from './fixture-build';

// Inside the project (.build/ is ignored), so build.mjs's swap is a rename on the same disk.
mkdirSync(join(ROOT, '.build'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.build', 'reproducible-'));

// The first build is dist/ itself, made by `npm run build` with the project's content cache (empty
// on a fresh clone, as in CI; where it is, see astro.config.mjs). The second starts from a copy of
// that cache as the first left it, as a developer's next build would.
const projectCache = process.env.ASTRO_CACHE_DIR ?? join(ROOT, 'node_modules/.astro');
const cache = join(scratch, 'cache');

async function build(name: string): Promise<string> {
  const dist = join(scratch, name);
  if (existsSync(projectCache)) cpSync(projectCache, cache, { recursive: true });
  const run = await buildSite({ content: join(ROOT, 'content'), dist, cache });
  if (run.status !== 0) throw new Error(`build ${name} failed:\n${run.output}`);
  return dist;
}

afterAll(() => {
  if (!process.env.KEEP_BUILDS) rmSync(scratch, { recursive: true, force: true });
});

describe('two builds in a row', () => {
  // Each test reads the second build's outcome, and fails with its error if it failed.
  let outcome: PromiseSettledResult<string> | undefined;
  beforeAll(async () => {
    [outcome] = await Promise.allSettled([build('second')]);
  }, BUILD_LIMIT_MS + 60_000);
  const files = () => ({ first: DIST, second: outcomeOf(outcome), a: filesUnder(DIST), b: filesUnder(outcomeOf(outcome)) });

  it('write the same files', () => {
    const { a, b } = files();
    expect(b).toEqual(a);
    expect(a).toEqual(expect.arrayContaining(['index.html', 'yuanwen/index.html', 'sitemap.xml', 'data/figures.csv']));
  });

  it('write the same bytes in every file, handout.pdf and the share images included', () => {
    const { first, second, a, b } = files();
    const differ = a.filter((f) => b.includes(f) && !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(differ, 'these differ from dist/ (unless dist/ is older than the sources: then run `npm run build`)').toEqual([]);
  });
});
