// The response headers the site needs from its host, as one table. The build writes `_headers`
// (Netlify, Cloudflare Pages) from it; `nginx.conf` beside it is tested against it, over HTTP.
// Pure: no I/O.

export type HeaderName = 'X-Content-Type-Options' | 'Referrer-Policy' | 'Content-Security-Policy' | 'Cache-Control' | 'Content-Type';
export type HeaderSet = Readonly<Partial<Record<HeaderName, string>>>;

export interface HeaderRule {
  /** Why these paths get these headers; `_headers` carries it as a comment. */
  readonly why: string;
  /** Request paths, in `_headers` syntax: `*` stands for any run of characters, `/` included. */
  readonly paths: readonly string[];
  /**
   * Paths among those that this rule must leave alone because another rule gives them another
   * value. `_headers` cannot say "except", so such a rule is written out file by file.
   */
  readonly except?: readonly string[];
  readonly headers: HeaderSet;
}

/** Pages, wherever they are: every address ending in / (a folder's index.html), every .html file. */
const PAGES = ['/', '/*/', '/*.html'];

export const HEADER_RULES: readonly HeaderRule[] = [
  {
    why: "Every response. frame-ancestors works only as a header. The rest of each page's policy stays in its <meta>: it lists sha256 hashes that change from build to build, and a browser enforces every policy it is given, so a header without them would block the scripts the <meta> allows.",
    paths: ['/*'],
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    },
  },
  {
    why: 'Scripts and styles whose names carry a hash of their content: a new version is a new name.',
    paths: ['/_astro/*'],
    headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  },
  {
    why: "Pages, wherever they are (an address ending in / or .html): WeChat's browser caches hard, and a corrected figure must reach readers.",
    paths: PAGES,
    headers: { 'Cache-Control': 'no-cache' },
  },
  {
    why: 'Files that keep their names from build to build: an hour old at most.',
    paths: [
      '/share/*',
      '/handout.pdf',
      '/handout/fonts/*',
      '/charts/*',
      '/qr/*',
      '/print.css',
      '/sitemap.xml',
      '/robots.txt',
      '/favicon.svg',
    ],
    headers: { 'Cache-Control': 'public, max-age=3600' },
  },
  {
    why: 'The open data files, which keep their names too; a page among them (/data/) is a page.',
    paths: ['/data/*'],
    except: PAGES,
    headers: { 'Cache-Control': 'public, max-age=3600' },
  },
  {
    why: 'Open data as CSV, nested folders included.',
    paths: ['/data/*.csv'],
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  },
  {
    why: 'Open data as JSON; the JSON Schemas of the data have their own type.',
    paths: ['/data/*.json'],
    except: ['/data/schema/*'],
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  },
  {
    why: 'The JSON Schemas of the open data.',
    paths: ['/data/schema/*.json'],
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  },
];

/** Cloudflare Pages reads at most this many rules (path blocks) from `_headers`. */
export const MAX_HEADERS_FILE_RULES = 100;

/** Whether a `_headers` path pattern matches a request path (`*`: any characters, `/` included). */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

export function ruleApplies(rule: HeaderRule, path: string): boolean {
  return rule.paths.some((p) => pathMatches(p, path)) && !(rule.except ?? []).some((p) => pathMatches(p, path));
}

/**
 * The headers a response for `path` must carry: those of every rule that applies. Two rules giving
 * one path the same header is an error in the table (hosts that read `_headers` would join them).
 */
export function headersFor(path: string, rules: readonly HeaderRule[] = HEADER_RULES): HeaderSet {
  const out: Partial<Record<HeaderName, string>> = {};
  for (const rule of rules.filter((r) => ruleApplies(r, path))) {
    for (const [name, value] of Object.entries(rule.headers) as [HeaderName, string][]) {
      if (name in out) throw new Error(`header table: two rules give ${path} a ${name} header ("${out[name]}" and "${value}")`);
      out[name] = value;
    }
  }
  return out;
}

/**
 * The Content-Type of each kind of file the site holds, by extension: what any host sends for it
 * unless the table above names another (the open data). Servers of our own — the handout printer's,
 * the benchmark's — ask `contentTypeOf`.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
};

/**
 * The Content-Type a response for `path` carries: the table's where it names one, else by extension;
 * an address ending in / is a page (a file's address as Astro hands it to an endpoint, /print.css/,
 * is the file's).
 */
export function contentTypeOf(address: string): string {
  const path = address.replace(/(\.[a-z0-9]+)\/$/i, '$1');
  const named = headersFor(path)['Content-Type'];
  if (named) return named;
  const extension = path.endsWith('/') ? '.html' : (/\.[a-z0-9]+$/i.exec(path)?.[0] ?? '').toLowerCase();
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

/** The address a built file is served at: `s/jichu/index.html` → `/s/jichu/`, `404.html` → `/404.html`. */
export function addressOf(file: string): string {
  const path = `/${file.replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The `_headers` file for a site whose files are served at `addresses`. Hosts that read it send the
 * headers of every rule whose path matches, joining the values of a header named twice; so each
 * rule keeps its own paths, and a rule with exceptions is written out for the addresses it covers.
 */
export function headersFile(addresses: readonly string[], rules: readonly HeaderRule[] = HEADER_RULES): string {
  const lines = [
    '# Generated by the build from src/hosting/headers.ts: edit that table, not this file.',
    '# A host sends the headers of every rule that matches a path and joins the values of a header',
    '# given twice, so no two rules here give one path the same header.',
  ];
  let blocks = 0;
  for (const rule of rules) {
    const paths = rule.except?.length ? [...new Set(addresses)].filter((a) => ruleApplies(rule, a)).sort() : rule.paths;
    if (paths.length === 0) continue;
    lines.push('', `# ${rule.why}`);
    for (const path of paths) {
      if (/\s/.test(path)) throw new Error(`_headers: the path "${path}" has white space, which the format cannot hold`);
      lines.push(path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
      blocks++;
    }
  }
  if (blocks > MAX_HEADERS_FILE_RULES) {
    throw new Error(
      `_headers: ${blocks} rules, more than the ${MAX_HEADERS_FILE_RULES} Cloudflare Pages reads; give the rules with exceptions patterns instead`,
    );
  }
  return `${lines.join('\n')}\n`;
}
