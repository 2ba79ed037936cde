// The public address (SITE_URL), read by astro.config.mjs and by the build scripts. Plain JavaScript,
// so that the scripts can import it without Astro's TypeScript loader.

/**
 * The address a build uses when SITE_URL is unset. It belongs to a reserved domain: canonical links,
 * share cards, posters, QR codes and the handout built for it lead nowhere.
 */
export const PLACEHOLDER_SITE_URL = 'https://shudu2020.example.org';

/**
 * The address to build for: SITE_URL, or the placeholder when it is unset or empty.
 * @param {Record<string, string | undefined>} [env]
 */
export function siteUrl(env = process.env) {
  return env.SITE_URL || PLACEHOLDER_SITE_URL;
}

/**
 * Whether an address is the placeholder (trailing slash or not).
 * @param {string} url
 */
export function isPlaceholder(url) {
  return URL.canParse(url) && new URL(url).origin === new URL(PLACEHOLDER_SITE_URL).origin;
}

/**
 * Why a build with this environment must not be published, or null when it may be: SITE_URL must be
 * set, absolute http(s), and not the placeholder.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
export function publishProblem(env = process.env) {
  const value = env.SITE_URL;
  if (!value) return 'SITE_URL is not set, so the build would use the placeholder address';
  if (isPlaceholder(value)) return `SITE_URL is the placeholder address ${PLACEHOLDER_SITE_URL}`;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    return `SITE_URL is "${value}", which is not an absolute http(s) address`;
  }
  return null;
}

/**
 * The license of the site's own work — its data files and charts — by default CC BY 4.0; a
 * deployment may set SITE_LICENSE (its name) and SITE_LICENSE_URL. The article's text stays the
 * newspaper's.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ name: string, url: string }}
 */
export function siteLicense(env = process.env) {
  return {
    name: env.SITE_LICENSE || 'CC BY 4.0',
    url: env.SITE_LICENSE_URL || 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  };
}
