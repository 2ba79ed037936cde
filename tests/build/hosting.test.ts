// Hosting, checked on the real dist/: the `_headers` file the build writes, and the project's nginx
// configuration (src/hosting/nginx.conf) in a real nginx, over HTTP. Both are held to the header
// table (src/hosting/headers.ts), the one source, read here the way a host reads them; literal values
// pin the table itself.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/node/files';
import { addressOf, contentTypeOf, HEADER_RULES, type HeaderName, headersFor, ruleApplies } from '../../src/hosting/headers';
import { DIST, distFile, ROOT } from './dist';

/** How long nginx may take to answer its first request. */
const STARTUP_LIMIT_MS = 5_000;
/** How long any one request may take. */
const REQUEST_LIMIT_MS = 5_000;
/** nginx is stopped after this long whatever happens to this test (coreutils `timeout`). */
const NGINX_LIFETIME_S = 300;

distFile('/index.html'); // fails clearly when there is no build
const files = filesUnder(DIST).filter((file) => file !== '_headers');
const addresses = files.map(addressOf);
const fileOf = new Map(files.map((file) => [addressOf(file), file]));
/** Every header the table speaks of; Content-Type only where it names one (a server always sends one). */
const NAMES = [...new Set(HEADER_RULES.flatMap((rule) => Object.keys(rule.headers) as HeaderName[]))];

/**
 * Whether a `_headers` path pattern matches `path`, as Netlify and Cloudflare Pages read one: `*`
 * stands for any characters, slashes included; everything else is literal. Written out here, apart
 * from the header table's own matcher.
 */
function hostMatches(pattern: string, path: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === path;
  if (!path.startsWith(pattern.slice(0, star))) return false;
  const rest = pattern.slice(star + 1);
  for (let end = star; end <= path.length; end++) if (hostMatches(rest, path.slice(end))) return true;
  return false;
}

describe('dist/_headers', () => {
  // Read by each test, so that a missing file fails these tests and not the nginx ones.
  const headersText = () => readFileSync(distFile('/_headers'), 'utf8');

  /** The headers a `_headers` host sends for `path`: every matching rule's, values of a name joined. */
  function asHostsRead(path: string): Record<string, string> {
    const out: Record<string, string[]> = {};
    let matches = false;
    for (const line of headersText().split('\n')) {
      if (line.startsWith('/')) matches = hostMatches(line.trim(), path);
      else if (matches && /^\s+\S/.test(line)) {
        const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
        (out[name!] ??= []).push(value!);
      }
    }
    return Object.fromEntries(Object.entries(out).map(([name, values]) => [name, values.join(', ')]));
  }

  it('reads as a host reads it: * for any characters, the rest literal', () => {
    expect(hostMatches('/data/*.csv', '/data/sections/jichu.csv')).toBe(true);
    expect(hostMatches('/data/*.csv', '/data/figures.json')).toBe(false);
    expect(hostMatches('/*/', '/')).toBe(false);
    expect(hostMatches('/', '/s/jichu/')).toBe(false);
    expect(hostMatches('/handout.pdf', '/handoutXpdf')).toBe(false);
  });

  it('sends the values the README promises (the table, pinned)', () => {
    const script = addresses.find((a) => a.startsWith('/_astro/') && a.endsWith('.js'));
    expect(script, 'a hashed script in /_astro/').toBeDefined();
    const pinned: Array<[string, string, string]> = [
      ['/', 'X-Content-Type-Options', 'nosniff'],
      ['/', 'Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['/', 'Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"],
      ['/', 'Cache-Control', 'no-cache'],
      ['/404.html', 'Cache-Control', 'no-cache'],
      ['/s/jichu/', 'Cache-Control', 'no-cache'],
      [script!, 'Cache-Control', 'public, max-age=31536000, immutable'],
      ['/print.css', 'Cache-Control', 'public, max-age=3600'],
      ['/handout.pdf', 'Cache-Control', 'public, max-age=3600'],
      ['/data/figures.csv', 'Cache-Control', 'public, max-age=3600'],
      ['/data/figures.csv', 'Content-Type', 'text/csv; charset=utf-8'],
      ['/data/sections/jichu.csv', 'Cache-Control', 'public, max-age=3600'],
      ['/data/sections/jichu.csv', 'Content-Type', 'text/csv; charset=utf-8'],
      ['/data/figures.json', 'Content-Type', 'application/json; charset=utf-8'],
      ['/data/schema/figures.json', 'Content-Type', 'application/schema+json; charset=utf-8'],
    ];
    for (const [address, name, value] of pinned) expect(asHostsRead(address)[name], `${address}: ${name}`).toBe(value);
  });

  it('gives every built file the headers of the table, each once, as Netlify and Cloudflare Pages join rules', () => {
    expect(addresses.length).toBeGreaterThan(20);
    for (const address of addresses) expect(asHostsRead(address), address).toEqual(headersFor(address));
  });

  it('covers every rule of the table, each on at least one built file', () => {
    for (const rule of HEADER_RULES) {
      const covered = addresses.filter((address) => ruleApplies(rule, address));
      expect(covered.length, `a built file for the rule “${rule.why}”`).toBeGreaterThan(0);
      for (const address of covered) expect(asHostsRead(address), address).toMatchObject(rule.headers);
    }
  });
});

describe("the Content-Type of the project's own servers (contentTypeOf: the handout printer's, the benchmark's)", () => {
  /** What each kind of built file is sent as, pinned; the open data as the table names it. */
  const KINDS: Array<[RegExp, string]> = [
    [/\/$|\.html$/, 'text/html; charset=utf-8'],
    [/\.css$/, 'text/css; charset=utf-8'],
    [/\.js$/, 'text/javascript; charset=utf-8'],
    [/^\/data\/schema\/.*\.json$/, 'application/schema+json; charset=utf-8'],
    [/\.json$/, 'application/json; charset=utf-8'],
    [/\.csv$/, 'text/csv; charset=utf-8'],
    [/\.txt$/, 'text/plain; charset=utf-8'],
    [/\.xml$/, 'application/xml; charset=utf-8'],
    [/\.svg$/, 'image/svg+xml'],
    [/\.png$/, 'image/png'],
    [/\.ttf$/, 'font/ttf'],
    [/\.pdf$/, 'application/pdf'],
  ];

  it('sends every built file as its kind, the section files and the JSON Schemas included', () => {
    const kinds = new Set<string>();
    for (const address of addresses) {
      const kind = KINDS.find(([pattern]) => pattern.test(address));
      expect(kind, `${address}: a kind of file this test knows`).toBeDefined();
      kinds.add(kind![1]);
      expect(contentTypeOf(address), address).toBe(kind![1]);
    }
    expect(kinds.size, 'every kind met in dist/').toBe(KINDS.length);
    expect(contentTypeOf('/data/sections/jichu.csv')).toBe('text/csv; charset=utf-8');
  });

  it('reads an address as Astro hands it to an endpoint (/print.css/) as the file it names', () => {
    expect(contentTypeOf('/print.css/')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('/handout/qr.svg/')).toBe('image/svg+xml');
    expect(contentTypeOf('/s/jichu/')).toBe('text/html; charset=utf-8');
  });
});

// --- nginx -----------------------------------------------------------------------------------------

interface Reply {
  status: number;
  /** Every value of every header, by lower-case name, as sent (not joined, not deduplicated). */
  headers: Map<string, string[]>;
  /** The body as sent (compressed when Content-Encoding says so). */
  raw: Buffer;
  /** The body, decompressed. */
  body: Buffer;
}

function get(port: number, path: string, { gzip = false } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': gzip ? 'gzip' : 'identity' }, timeout: REQUEST_LIMIT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers = new Map<string, string[]>();
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i]!.toLowerCase();
            headers.set(name, [...(headers.get(name) ?? []), res.rawHeaders[i + 1]!]);
          }
          const raw = Buffer.concat(chunks);
          const body = headers.get('content-encoding')?.[0] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode!, headers, raw, body });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${path}: no answer within ${REQUEST_LIMIT_MS / 1000} s`)));
    req.on('error', reject);
    req.end();
  });
}

const values = (reply: Reply, name: string) => reply.headers.get(name.toLowerCase()) ?? [];

/** Checks that a reply carries exactly the table's headers for `address`, each sent once. */
function expectTableHeaders(reply: Reply, address: string, what = address) {
  const expected = headersFor(address);
  for (const name of NAMES) {
    if (name === 'Content-Type' && !expected[name]) continue;
    expect(values(reply, name), `${what}: ${name}`).toEqual(expected[name] ? [expected[name]] : []);
  }
}

function findNginx(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8', timeout: 5_000 }).stdout?.trim();
  if (found) return found;
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  throw new Error('nginx is not installed: run npm run setup:env');
}

/** The mime.types beside the nginx's own configuration (Debian: /etc/nginx/mime.types). */
function mimeTypes(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8', timeout: 5_000 });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  const file = join(dirname(confPath), 'mime.types');
  if (!existsSync(file)) throw new Error(`${file} is missing (it comes with nginx): run npm run setup:env`);
  return file;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const quote = (path: string) => JSON.stringify(path);

/** Files the built site does not have yet, served by a second server: more nested data, later pages. */
const LATER = [
  'data/sections/later.csv',
  'data/sections/later.json',
  'data/schema/v2/figures.json',
  'data/index.html',
  's/later/index.html',
  'later/index.html',
  'later.html',
];

const scratch = mkdtempSync(join(tmpdir(), 'shudu-nginx-'));
let nginx: ChildProcess | undefined;
let output = '';
let port = 0;
let laterPort = 0;

async function startNginx(): Promise<void> {
  const bin = findNginx();
  const later = join(scratch, 'later-root');
  for (const file of LATER) {
    mkdirSync(dirname(join(later, file)), { recursive: true });
    writeFileSync(join(later, file), file.endsWith('.html') ? `<!doctype html><title>${file}</title>` : `${file}\n`);
  }
  copyFileSync(distFile('/404.html'), join(later, '404.html'));
  [port, laterPort] = [await freePort(), await freePort()];
  const server = (listen: number, root: string) => `
    server {
      listen 127.0.0.1:${listen};
      root ${quote(root)};
      include ${quote(join(ROOT, 'src/hosting/nginx.conf'))};
    }`;
  const temp = (name: string) => `${name}_temp_path ${quote(join(scratch, name))};`;
  writeFileSync(
    join(scratch, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${quote(join(scratch, 'nginx.pid'))};
error_log ${quote(join(scratch, 'error.log'))} warn;
# Started by root, nginx's workers would run as nobody, who may not be allowed to read the checkout.
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 64; }
http {
  include ${quote(mimeTypes(bin))};
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ${server(port, DIST)}
  ${server(laterPort, later)}
}
`,
  );
  const child = spawn('timeout', [String(NGINX_LIFETIME_S), bin, '-p', `${scratch}/`, '-c', join(scratch, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx = child;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<never>((_, reject) => {
    child.on('error', (error) => reject(new Error(`nginx (through coreutils timeout) did not start: ${error.message}`)));
    child.on('exit', (code, signal) =>
      reject(new Error(`nginx stopped (${signal ?? `exit ${code}`}) before answering:\n${output}${errorLog()}`)),
    );
  });
  exited.catch(() => {});
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  for (;;) {
    try {
      await Promise.race([exited, Promise.all([get(port, '/robots.txt'), get(laterPort, '/later.html')])]);
      return;
    } catch (error) {
      if (child.exitCode !== null || child.signalCode !== null) throw error;
      if (Date.now() > deadline) {
        throw new Error(
          `nginx did not answer on 127.0.0.1:${port} within ${STARTUP_LIMIT_MS / 1000} s (${(error as Error).message}):\n${output}${errorLog()}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function errorLog(): string {
  const file = join(scratch, 'error.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

async function stopNginx(): Promise<void> {
  const child = nginx;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const stopped = await Promise.race([gone.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 5_000))]);
  if (!stopped) child.kill('SIGKILL');
}

/** Starts nginx once, for the first test that needs it; every test fails with the reason if it cannot. */
let startup: Promise<void> | undefined;
const ready = () => (startup ??= startNginx());

describe('nginx with src/hosting/nginx.conf, serving dist/', () => {
  afterAll(async () => {
    await stopNginx();
    rmSync(scratch, { recursive: true, force: true });
  });

  const file = (address: string) => readFileSync(join(DIST, fileOf.get(address)!));
  const firstSection = addresses.find((a) => /^\/s\/[^/]+\/$/.test(a))!;
  const page404 = () => readFileSync(distFile('/404.html'));

  it('sends every built file with exactly the headers of the table', async () => {
    await ready();
    for (const address of addresses) {
      const reply = await get(port, address);
      expect(reply.status, address).toBe(200);
      expectTableHeaders(reply, address);
      expect(reply.body.equals(file(address)), `${address}: the file's bytes`).toBe(true);
    }
  });

  it('applies each rule of the table to a file of its own', async () => {
    await ready();
    for (const rule of HEADER_RULES) {
      const address = addresses.find((a) => ruleApplies(rule, a));
      expect(address, `a built file for the rule “${rule.why}”`).toBeDefined();
      const reply = await get(port, address!);
      for (const [name, value] of Object.entries(rule.headers)) expect(values(reply, name), `${address}: ${name}`).toEqual([value]);
    }
  });

  it('sends the values the README promises (the table, pinned)', async () => {
    await ready();
    // The pages carry their styles inline; /_astro/ holds the hashed scripts.
    const script = addresses.find((a) => a.startsWith('/_astro/') && a.endsWith('.js'))!;
    const pinned: Array<[string, string, string]> = [
      ['/', 'X-Content-Type-Options', 'nosniff'],
      ['/', 'Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['/', 'Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"],
      ['/', 'Cache-Control', 'no-cache'],
      ['/404.html', 'Cache-Control', 'no-cache'],
      [firstSection, 'Cache-Control', 'no-cache'],
      [script, 'Cache-Control', 'public, max-age=31536000, immutable'],
      ['/print.css', 'Cache-Control', 'public, max-age=3600'],
      ['/handout.pdf', 'Cache-Control', 'public, max-age=3600'],
      ['/data/figures.csv', 'Cache-Control', 'public, max-age=3600'],
      ['/data/figures.csv', 'Content-Type', 'text/csv; charset=utf-8'],
      ['/data/sections/jichu.csv', 'Cache-Control', 'public, max-age=3600'],
      ['/data/sections/jichu.csv', 'Content-Type', 'text/csv; charset=utf-8'],
      ['/data/figures.json', 'Content-Type', 'application/json; charset=utf-8'],
      ['/data/schema/figures.json', 'Content-Type', 'application/schema+json; charset=utf-8'],
    ];
    for (const [address, name, value] of pinned) expect(values(await get(port, address), name), `${address}: ${name}`).toEqual([value]);
  });

  it('answers unknown addresses with status 404 and the 404 page, sent as that page is', async () => {
    await ready();
    for (const address of ['/nope', '/s/nope/', '/s/', '/_astro/missing.js', '/data/missing.csv', '/_headers']) {
      const reply = await get(port, address);
      expect(reply.status, address).toBe(404);
      expect(reply.body.equals(page404()), `${address}: the body of /404.html`).toBe(true);
      expectTableHeaders(reply, '/404.html', address);
    }
  });

  it('redirects an address without its trailing slash (/yuanwen) to the one with it, with 301', async () => {
    await ready();
    const yuanwen = await get(port, '/yuanwen');
    expect(yuanwen.status).toBe(301);
    expect(new URL(values(yuanwen, 'Location')[0]!, 'http://host/').pathname).toBe('/yuanwen/');
    for (const address of addresses.filter((a) => a.length > 1 && a.endsWith('/'))) {
      const reply = await get(port, `${address.slice(0, -1)}?from=singlemessage`);
      expect(reply.status, address).toBe(301);
      const to = new URL(values(reply, 'Location')[0]!, 'http://host/');
      expect(`${to.pathname}${to.search}`, address).toBe(`${address}?from=singlemessage`);
    }
  });

  it('compresses HTML, CSS, JavaScript, SVG, CSV and JSON when asked to', async () => {
    await ready();
    for (const kind of ['.html', '.css', '.js', '.svg', '.csv', '.json']) {
      const matching = files.filter((f) => f.endsWith(kind));
      expect(matching.length, `a built ${kind} file`).toBeGreaterThan(0);
      for (const address of [...new Set([matching[0]!, matching.at(-1)!])].map(addressOf)) {
        const reply = await get(port, address, { gzip: true });
        expect(values(reply, 'Content-Encoding'), address).toEqual(['gzip']);
        expect(reply.raw.length, `${address}: fewer bytes sent`).toBeLessThan(file(address).length);
        expect(reply.body.equals(file(address)), `${address}: unzips to the file`).toBe(true);
        expect(values(reply, 'Vary').join(), address).toMatch(/Accept-Encoding/i);
      }
    }
  });

  it('answers a section page opened from WeChat (?from=singlemessage&isappinstalled=0) as without it', async () => {
    await ready();
    const plain = await get(port, firstSection);
    const wechat = await get(port, `${firstSection}?from=singlemessage&isappinstalled=0`);
    expect(wechat.status).toBe(200);
    expect(wechat.body.equals(plain.body)).toBe(true);
    expect(wechat.body.equals(file(firstSection))).toBe(true);
    expectTableHeaders(wechat, firstSection);
    expect(values(wechat, 'Cache-Control')).toEqual(['no-cache']);
  });

  it('gives files the site does not have yet (nested data, later pages) the headers of the table', async () => {
    await ready();
    for (const name of LATER) {
      const address = addressOf(name);
      const reply = await get(laterPort, address);
      expect(reply.status, address).toBe(200);
      expectTableHeaders(reply, address);
      if (name.endsWith('.html')) expect(values(reply, 'Content-Type'), address).toEqual(['text/html; charset=utf-8']);
    }
    expect(values(await get(laterPort, '/data/sections/later.csv'), 'Content-Type')).toEqual(['text/csv; charset=utf-8']);
    expect(values(await get(laterPort, '/data/sections/later.json'), 'Content-Type')).toEqual(['application/json; charset=utf-8']);
    expect(values(await get(laterPort, '/data/'), 'Cache-Control')).toEqual(['no-cache']);
    expect(values(await get(laterPort, '/s/later/'), 'Cache-Control')).toEqual(['no-cache']);
  });
});
