// Builds of the site from a content folder of a test's own, as `npm run build` makes them, under a
// time limit; and a way to run several, each to its end, whatever the others do.
import { spawn } from 'node:child_process';
import { isAbsolute, relative, resolve } from 'node:path';
import { ROOT } from './dist';

/** One build takes well under a minute on a busy machine: four means it hangs. */
export const BUILD_LIMIT_MS = 4 * 60_000;

/**
 * How many builds to run at once: one. However separate their content, output and cache folders,
 * every build writes the project's own `.astro/content-assets.mjs` (by way of a `.tmp` file it then
 * renames), so two builds side by side can take that file from under each other and fail.
 */
export const CONCURRENT_BUILDS = 1;

export interface Build {
  status: number | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

/**
 * `npm run build` with CONTENT_DIR, DIST_DIR and ASTRO_CACHE_DIR set. `dist` must lie inside the
 * project: Astro keeps a build's intermediate files beside its output only there (elsewhere, in
 * the project's .astro/, which each build would then overwrite for the next).
 */
export async function buildSite({ content, dist, cache }: { content: string; dist: string; cache: string }): Promise<Build> {
  const inside = relative(ROOT, resolve(ROOT, dist));
  if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`buildSite: ${dist} is outside the project`);
  // coreutils `timeout` stops the build and everything it started (its own process group).
  const limit = `${BUILD_LIMIT_MS / 1000}s`;
  const child = spawn('timeout', ['--kill-after=10s', limit, process.execPath, 'scripts/build.mjs'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: cache, FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  if (status === 124 || status === 137) throw new Error(`the build timed out after ${limit}, and was stopped:\n${output.slice(-2000)}`);
  return { status, output };
}

/**
 * `task` on every item, at most `limit` at a time. Resolves once every task has settled — none is
 * left running when one fails — to their outcomes, in the order of `items`.
 */
export async function settleEach<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const outcomes: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        outcomes[i] = { status: 'fulfilled', value: await task(items[i]!, i) };
      } catch (reason) {
        outcomes[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return outcomes;
}

/** The value of a settled outcome; throws its error if it failed. */
export function outcomeOf<R>(outcome: PromiseSettledResult<R> | undefined): R {
  if (!outcome) throw new Error('this build never ran');
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value;
}
