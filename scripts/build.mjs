// `npm run build`: builds the site into a scratch folder beside dist/ and swaps it in only when the
// build succeeded, so a failed build (bad content, a broken chart) leaves the last good dist/ as it was.
// DIST_DIR names another target; astro.config.mjs reads OUT_DIR, the scratch folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPlaceholder, siteUrl } from '../src/settings.mjs';

const target = process.env.DIST_DIR ?? 'dist';
// Scratch folders sit beside the target, on the same filesystem, so the swap is two renames.
const beside = (/** @type {string} */ suffix) => join(dirname(target), `.${basename(target)}.${suffix}-${process.pid}`);
const scratch = beside('next');
const previous = beside('previous');
mkdirSync(dirname(target), { recursive: true });

const site = siteUrl();
// Said first, so that it is seen even when the build fails; said again on the last line.
const forPlaceholder = isPlaceholder(site);
if (forPlaceholder) {
  const why = process.env.SITE_URL ? 'SITE_URL is the placeholder' : 'SITE_URL is not set';
  console.warn(
    `${why}: this build is for ${site}, where its links and QR codes lead nowhere. To publish: SITE_URL=https://… npm run build:publish`,
  );
}

const started = Date.now();
// Astro run by this very Node (the project's own), not whatever `node` is on PATH. A build takes
// well under a minute; one still running after ten has hung, and is stopped.
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const LIMIT_MIN = 10;
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: scratch, TZ: 'UTC' },
  timeout: LIMIT_MIN * 60_000,
  killSignal: 'SIGKILL',
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

if (result.status !== 0) {
  rmSync(scratch, { recursive: true, force: true });
  if (result.error) console.error(`\n${result.signal ? `timed out after ${LIMIT_MIN} min, stopped` : result.error.message}`);
  console.error(`\nbuild failed after ${seconds} s; ${existsSync(target) ? `${target}/ is unchanged` : `no ${target}/ was written`}.`);
  process.exit(result.status || 1);
}
if (existsSync(target)) renameSync(target, previous);
renameSync(scratch, target);
rmSync(previous, { recursive: true, force: true });
console.log(
  `\nbuild finished in ${seconds} s → ${target}/, for ${forPlaceholder ? `the placeholder ${site} (set SITE_URL to publish)` : site}`,
);
