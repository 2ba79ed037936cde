import { defineConfig } from '@playwright/test';
import { DESKTOP, wechatPhone } from './tests/e2e/devices';
import { CHROMIUM_ARGS, chromiumPath } from './src/node/chromium';

// The browser tests run against the BUILT site in dist/ (run `npm run build` first; `npm test`
// does), served by `astro preview` on the loopback interface only.
const port = Number(process.env.PREVIEW_PORT ?? 4321);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its outputDir at start; keep it apart from the other suites' reports.
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  },
  // Specs named *.devices.spec.ts open their pages on the devices they need themselves (320, 375 and
  // 1280 px wide; WeChat on Android or iOS, or a phone's own browser), so they run once, in their
  // own project; the others run as a phone in WeChat and on a desktop.
  projects: [
    {
      name: 'phone',
      // Printing is tested once, at an A4 page's width, in the desktop project.
      testIgnore: [/print\.spec\.ts$/, /\.devices\.spec\.ts$/],
      use: wechatPhone(375, 667),
    },
    {
      name: 'desktop',
      testIgnore: /\.devices\.spec\.ts$/,
      use: DESKTOP,
    },
    {
      name: 'devices',
      testMatch: /\.devices\.spec\.ts$/,
    },
  ],
  webServer: {
    // --ignore-lock: a second `astro preview` (say, one started by `npm start`) would otherwise
    // refuse to start. PREVIEW_PORT picks another port when 4321 is taken.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: baseURL,
    // Never reuse: a dev server on the same port would be tested instead of the built dist/.
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
