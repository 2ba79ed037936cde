// Builds the site into a scratch folder and swaps it in for dist/ only when everything succeeded,
// so a failed build (bad content, a broken chart) never damages the last good output.
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isPlaceholder, siteUrl } from '../src/settings.mjs';
import { run } from './lib/run.mjs';

const target = process.env.DIST_DIR ?? 'dist';
// Scratch folders sit beside the target, on the same filesystem, so the swap is two renames.
const beside = (suffix) => join(dirname(target), `.${basename(target)}.${suffix}-${process.pid}`);
const scratch = beside('next');
const previous = beside('previous');
mkdirSync(dirname(target), { recursive: true });
rmSync(scratch, { recursive: true, force: true });

const site = siteUrl();
// Said first, so that it is seen even when the build fails; said again on the last line.
const forPlaceholder = isPlaceholder(site);
if (forPlaceholder) {
  const why = process.env.SITE_URL ? 'SITE_URL is the placeholder' : 'SITE_URL is not set';
  console.warn(
    `${why}: this build is for ${site}, where its links and QR codes lead nowhere. To publish: SITE_URL=https://… npm run build:publish`,
  );
}

const started = performance.now();
// Run Astro with this very Node (the project's pinned one), not whatever `node` is on PATH.
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// A build takes well under a minute; one still running after ten has hung (Chromium printing the
// handout, say) and is stopped, so that it fails instead of blocking whoever waits for it.
const LIMIT_MS = 10 * 60 * 1000;
let status;
try {
  const result = await run(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
    timeout: LIMIT_MS,
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: scratch, TZ: 'UTC' },
  });
  status = result.status ?? 1;
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  status = 1;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (status !== 0) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\nbuild failed after ${seconds} s; ${existsSync(target) ? `${target}/ is unchanged` : `no ${target}/ was written`}.`);
  process.exit(status);
}
if (existsSync(target)) renameSync(target, previous);
renameSync(scratch, target);
rmSync(previous, { recursive: true, force: true });
console.log(
  `\nbuild finished in ${seconds} s → ${target}/, for ${forPlaceholder ? `the placeholder ${site} (set SITE_URL to publish)` : site}`,
);
