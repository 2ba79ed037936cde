import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BREAKAGES } from '../fixtures/broken-content';
import { ROOT } from './dist';

const scratch = mkdtempSync(join(tmpdir(), 'shudu-content-'));
const good = join(scratch, 'good');
const broken = join(scratch, 'broken');
const unparsable = join(scratch, 'unparsable');
const dist = join(scratch, 'dist');
const warmCache = join(scratch, 'cache-warm');

function build(contentDir: string, cacheDir: string) {
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: dist, ASTRO_CACHE_DIR: cacheDir, FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(dir, path)).update(readFileSync(path));
    }
  };
  walk(dir);
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

describe('content that is wrong fails the build', () => {
  let goodFingerprint = '';

  it('the real content builds (and warms a content cache)', () => {
    const run = build(good, warmCache);
    expect(run.status, run.output).toBe(0);
    goodFingerprint = fingerprint(dist);
  });

  it('every broken entry is reported in one run, naming file, entry and field — cold cache', () => {
    const run = build(broken, join(scratch, 'cache-cold'));
    expect(run.status).not.toBe(0);
    const firstHonour = (JSON.parse(readFileSync(join(good, 'honours.json'), 'utf8')) as { id: string }[])[0]!.id;
    for (const b of BREAKAGES) {
      const entry = b.expect.entry === '(first honour)' ? firstHonour : b.expect.entry;
      expect(run.output, b.what).toContain(`${b.file} › ${entry} › ${b.expect.field}`);
    }
  });

  it('the same broken content fails with a warm cache from a good build', () => {
    const run = build(broken, warmCache);
    expect(run.status).not.toBe(0);
    for (const b of BREAKAGES.filter((x) => x.expect.entry !== '(first honour)')) {
      expect(run.output, b.what).toContain(`${b.file} › ${b.expect.entry} › ${b.expect.field}`);
    }
  });

  it('a figures file that no longer parses fails even though the cache holds its old entries', () => {
    const run = build(unparsable, warmCache);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('figures.json › (file) › (syntax)');
  });

  it('a failed build leaves the last good output untouched', () => {
    expect(goodFingerprint).not.toBe('');
    expect(fingerprint(dist)).toBe(goodFingerprint);
  });
});
