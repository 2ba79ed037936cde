// `npm run build:publish`: the build for a deployment. A site built for the placeholder address has
// dead QR codes, canonical links and share cards, so this refuses, before building anything, unless
// SITE_URL names the real address; then it is `npm run build`.
import { PLACEHOLDER_SITE_URL, publishProblem } from '../src/settings.mjs';

const problem = publishProblem();
if (problem) {
  console.error(`build:publish: ${problem}.
  Set SITE_URL to the address the site will be served at (the root of its host), for example:
    SITE_URL=https://shudu2020.example.cn npm run build:publish
  (\`npm run build\` builds for the placeholder ${PLACEHOLDER_SITE_URL}, for local use only.)`);
  process.exit(2);
}

await import('./build.mjs');
