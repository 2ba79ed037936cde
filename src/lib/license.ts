import { siteLicense } from '../settings.mjs';

/** The license of the site's own data files and charts (a setting; see src/settings.mjs). */
export interface License {
  readonly name: string;
  readonly url: string;
}

export function license(env: Record<string, string | undefined> = process.env): License {
  return siteLicense(env);
}
