// `npm run build:publish` refuses the placeholder address before building anything; `npm run build`
// builds for it but says so. The builds that go ahead here are given an empty content folder, so
// they stop at the content check within seconds instead of building the site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL } from '../../../src/settings.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'shudu-publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a script of scripts/ with this Node, with a time limit, SITE_URL as given. */
function run(script: string, siteUrl: string | undefined, limitMs: number) {
  const dist = join(scratch, `dist-${Math.random().toString(36).slice(2)}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DIST_DIR: dist,
    CONTENT_DIR: join(scratch, 'no-content'),
    ASTRO_CACHE_DIR: join(scratch, 'cache'),
    FORCE_COLOR: '0',
  };
  delete env.SITE_URL;
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  const started = Date.now();
  // coreutils `timeout` stops the script and everything it started (a build's Chromium) at the limit.
  const r = spawnSync('timeout', ['--kill-after=5s', `${limitMs / 1000}s`, process.execPath, join('scripts', script)], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  return { status: r.status, timedOut: r.status === 124, ms: Date.now() - started, stdout: r.stdout, stderr: r.stderr, dist };
}

describe('npm run build:publish', () => {
  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['the placeholder', PLACEHOLDER_SITE_URL],
    ['the placeholder with a slash', `${PLACEHOLDER_SITE_URL}/`],
    ['not an absolute http(s) address', 'shudu2020.example.cn'],
  ])(
    'refuses SITE_URL %s, fast, before building anything, naming the setting with an example',
    (_, siteUrl) => {
      const r = run('build-publish.mjs', siteUrl, 10_000);
      expect(r.timedOut, 'finished within 10 s').toBe(false);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^build:publish: SITE_URL /);
      expect(r.stderr).toMatch(/SITE_URL=https:\/\/\S+ npm run build:publish/);
      expect(r.ms).toBeLessThan(5_000);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/astro|content-guard|build failed/i);
      expect(existsSync(r.dist), 'no output folder').toBe(false);
    },
    15_000,
  );

  it('with a real address, runs the normal build', () => {
    const r = run('build-publish.mjs', 'https://shudu2020.example.cn', 120_000);
    expect(r.timedOut, 'finished within 120 s').toBe(false);
    // The normal build, stopped by the content check: the content folder is empty.
    expect(r.stderr).toMatch(/problem in the content:[\s\S]*the content folder does not exist/);
    expect(r.stderr).toMatch(/build failed after/);
    expect(r.stderr).not.toContain('build:publish:');
    expect(`${r.stdout}${r.stderr}`).not.toContain(PLACEHOLDER_SITE_URL);
  }, 150_000);
});

describe('npm run build', () => {
  it('says, on its first line, when it builds for the placeholder, naming SITE_URL', () => {
    const r = run('build.mjs', undefined, 120_000);
    expect(r.timedOut, 'finished within 120 s').toBe(false);
    const first = `${r.stderr}`.split('\n')[0]!;
    expect(first).toContain('SITE_URL is not set');
    expect(first).toContain(PLACEHOLDER_SITE_URL);
    expect(first).toContain('npm run build:publish');
  }, 150_000);
});
