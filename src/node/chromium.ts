// Finding and starting Chromium, for everything that drives one: the handout printer (the build),
// the browser tests (playwright.config.ts), the benchmark (Lighthouse) and scripts/ensure-env.sh,
// which runs this file to learn whether a Chromium is there (`node src/node/chromium.ts`: prints
// its path, or exits 1). Plain, erasable TypeScript with no local imports, so Node runs it as is.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * How Chromium runs on the build and CI machines: as root (no sandbox), without a GPU, and offline
 * (the background services' connections would be refused, many at a time, by the closed network).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const HELP =
  "Run `npm run setup:env` (scripts/ensure-env.sh installs Debian's chromium and the Chinese fonts when run as root) " +
  'or set CHROMIUM_PATH to a Chromium binary.';

/**
 * The Chromium to drive, or null: CHROMIUM_PATH when set, else Debian's `chromium` on PATH.
 * (Playwright's own browser download cannot reach its server from our machines.)
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which does not exist. ${HELP}`);
    return fromEnv;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8', timeout: 10_000 }).trim() || null;
  } catch {
    return null;
  }
}

/** The Chromium to drive; throws, saying how to get one, when there is none. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(`No Chromium found. ${HELP}`);
  return found;
}

/** A headless Chromium, driven by Playwright, as the build machines allow it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
}

if (import.meta.main) {
  const found = findChromium();
  if (!found) process.exit(1);
  console.log(found);
}
