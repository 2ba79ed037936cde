/**
 * The license of the site's own work — its data files and charts — a setting: SITE_LICENSE (name)
 * and SITE_LICENSE_URL, by default CC BY 4.0. The article's text remains the newspaper's.
 */
export interface License {
  readonly name: string;
  readonly url: string;
}

export function license(env: Record<string, string | undefined> = process.env): License {
  return {
    name: env.SITE_LICENSE ?? 'CC BY 4.0',
    url: env.SITE_LICENSE_URL ?? 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
  };
}
