import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Playwright's own browser download cannot reach its server from our build and CI machines, so the
 * build drives Debian's `chromium`: CHROMIUM_PATH if set, else `chromium` on PATH.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which does not exist. Run \`npm run setup:env\` (scripts/ensure-env.sh) or point CHROMIUM_PATH at a Chromium binary.`);
    return fromEnv;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    throw new Error(
      'No Chromium found: the build needs one to print handout.pdf. Run `npm run setup:env` ' +
        '(scripts/ensure-env.sh installs Debian\'s chromium and the Chinese fonts when run as root) ' +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

/** A headless Chromium as the build machines allow it: as root (no sandbox), offline, no GPU. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
