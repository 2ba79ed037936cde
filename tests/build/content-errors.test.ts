import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/node/files';
import { BREAKAGES } from '../fixtures/broken-content';
import { ROOT } from './dist';
import { BUILD_LIMIT_MS, type Build, buildSite, outcomeOf } from './fixture-build';

// Inside the project (.build/ is ignored): builds that run side by side need their output there.
mkdirSync(join(ROOT, '.build'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.build', 'content-'));
const good = join(scratch, 'good');
const broken = join(scratch, 'broken');
const unparsable = join(scratch, 'unparsable');
const dist = join(scratch, 'dist');
const warmCache = join(scratch, 'cache-warm');

const build = (contentDir: string, cacheDir: string) => buildSite({ content: contentDir, dist, cache: cacheDir });

function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const rel of filesUnder(dir)) hash.update(rel).update(readFileSync(join(dir, rel)));
  return hash.digest('hex');
}

beforeAll(() => {
  cpSync(join(ROOT, 'content'), good, { recursive: true });
  cpSync(good, broken, { recursive: true });
  cpSync(good, unparsable, { recursive: true });
  for (const b of BREAKAGES) {
    const path = join(broken, b.file);
    const original = readFileSync(path, 'utf8');
    if (b.text) writeFileSync(path, b.text(original));
    else {
      const entries = JSON.parse(original) as Record<string, unknown>[];
      b.apply!(entries);
      writeFileSync(path, JSON.stringify(entries, null, 2));
    }
  }
  const figures = join(unparsable, 'figures.json');
  writeFileSync(figures, readFileSync(figures, 'utf8').replace('"f-jobs"', '"f-jobs",,'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The builds run in two rounds of two: the good build (which warms a cache and leaves the good
// output) beside the broken content with a cold cache; then the two builds that need the warm
// cache, each with a copy of its own. Each test reads its build's outcome.
const runs: Partial<Record<'good' | 'cold' | 'warm' | 'unparsable', PromiseSettledResult<Build>>> = {};
let goodFingerprint = '';

beforeAll(
  async () => {
    [runs.good, runs.cold] = await Promise.allSettled([build(good, warmCache), build(broken, join(scratch, 'cache-cold'))]);
    if (runs.good.status === 'fulfilled' && runs.good.value.status === 0) goodFingerprint = fingerprint(dist);
    // (A good build that failed left no cache: the builds below then start cold, and the first test says why.)
    for (const copy of ['cache-warm-1', 'cache-warm-2'])
      if (existsSync(warmCache)) cpSync(warmCache, join(scratch, copy), { recursive: true });
    [runs.warm, runs.unparsable] = await Promise.allSettled([
      build(broken, join(scratch, 'cache-warm-1')),
      build(unparsable, join(scratch, 'cache-warm-2')),
    ]);
  },
  2 * BUILD_LIMIT_MS + 60_000,
);

describe('content that is wrong fails the build', () => {
  it('the real content builds (and warms a content cache)', () => {
    const run = outcomeOf(runs.good);
    expect(run.status, run.output).toBe(0);
    expect(goodFingerprint).not.toBe('');
  });

  it('every broken entry is reported in one run, naming file, entry and field — cold cache', () => {
    const run = outcomeOf(runs.cold);
    expect(run.status).not.toBe(0);
    const firstHonour = (JSON.parse(readFileSync(join(good, 'honours.json'), 'utf8')) as { id: string }[])[0]!.id;
    for (const b of BREAKAGES) {
      const entry = b.expect.entry === '(first honour)' ? firstHonour : b.expect.entry;
      expect(run.output, b.what).toContain(`${b.file} › ${entry} › ${b.expect.field}`);
    }
  });

  it('the same broken content fails with a warm cache from a good build', () => {
    const run = outcomeOf(runs.warm);
    expect(run.status).not.toBe(0);
    for (const b of BREAKAGES.filter((x) => x.expect.entry !== '(first honour)')) {
      expect(run.output, b.what).toContain(`${b.file} › ${b.expect.entry} › ${b.expect.field}`);
    }
  });

  it('a figures file that no longer parses fails even though the cache holds its old entries', () => {
    const run = outcomeOf(runs.unparsable);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('figures.json › (file) › (syntax)');
  });

  it('a failed build leaves the last good output untouched', () => {
    expect(goodFingerprint).not.toBe('');
    expect(fingerprint(dist)).toBe(goodFingerprint);
  });
});
