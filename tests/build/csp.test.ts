// The Content-Security-Policy every page carries (a <meta>; a host adds it as a header too, with
// frame-ancestors — see README). Strict: no 'unsafe-inline' or 'unsafe-eval'; inline scripts and
// styles run only when the policy names their sha256 hash; no inline style attributes at all.
// Inline scripts and styles are found the way a browser finds them, by parsing the page, and
// hashed as CSP says: the sha256 of the element's text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../../scripts/lib/page-weight.mjs';
import { DIST } from './dist';

const SECTIONS = ['shudu', 'jichu', 'dongneng', 'dise', 'gaige', 'chanye', 'chengxiang', 'minsheng'];
const PAGES = ['/', '/yuanwen/', '/changes/', '/data/', '/handout/', '/404.html', ...SECTIONS.map((s) => `/s/${s}/`)];

/** A page as served, parsed on first use inside a test. */
const parsed = new Map<string, { html: string; document: Document }>();
function pageAt(path: string) {
  let p = parsed.get(path);
  if (!p) {
    const file = fileFor(DIST, path);
    if (!file) throw new Error(`${path} is not in dist/: run \`npm run build\` first`);
    const html = readFileSync(file, 'utf8');
    p = { html, document: parseHTML(html).document as unknown as Document };
    parsed.set(path, p);
  }
  return p;
}

/** The policy as directive → sources, e.g. "script-src" → ["'self'", "'sha256-…'"]. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function policyOf(document: Document) {
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
    (m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy',
  );
  expect(metas, 'CSP <meta> elements').toHaveLength(1);
  return parsePolicy(metas[0]!.getAttribute('content') ?? '');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Inline scripts a browser runs (no src; not a data block such as JSON-LD), as parsed. */
const runnableInlineScripts = (document: Document) =>
  [...document.querySelectorAll('script:not([src])')].filter((s) => !/json|text\/plain/i.test(s.getAttribute('type') ?? ''));
const inlineStyles = (document: Document) => [...document.querySelectorAll('style')];
const hashes = (sources: string[] | undefined) => (sources ?? []).filter((s) => s.startsWith("'sha"));

describe('the pages checked', () => {
  it('are every page of the built site: the story, 原文, the change log, the data page, the handout, 404 and every section', () => {
    expect([...htmlPages(DIST)].sort()).toEqual([...PAGES].sort());
  });
});

describe.each(PAGES)('the Content-Security-Policy of %s', (path) => {
  it('is one <meta>, before any script, style or stylesheet', () => {
    const { html, document } = pageAt(path);
    policyOf(document);
    const at = html.search(/<meta[^>]+http-equiv=["']?content-security-policy/i);
    const firstResource = html.search(/<script\b|<style\b|<link[^>]+rel=["']?stylesheet/i);
    expect(at, 'the policy').toBeGreaterThanOrEqual(0);
    expect(firstResource, 'a script or style on the page').toBeGreaterThanOrEqual(0);
    expect(at, 'the policy only covers what comes after it').toBeLessThan(firstResource);
  });

  it("has default-src 'self', object-src 'none' and base-uri 'self'", () => {
    const policy = policyOf(pageAt(path).document);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });

  it("allows no 'unsafe-inline', 'unsafe-eval', wildcard or other origin anywhere", () => {
    const sources = [...policyOf(pageAt(path).document)].flatMap(([name, list]) => list.map((s) => `${name} ${s}`));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => /\s(?:'?unsafe-|\*$|https?:|\/\/|[\w-]+\.[\w.-]+)/i.test(s))).toEqual([]);
  });

  it("lets script-src and style-src name only 'self' and sha256 hashes", () => {
    const policy = policyOf(pageAt(path).document);
    for (const name of ['script-src', 'style-src']) {
      const sources = policy.get(name);
      expect(sources, name).toBeDefined();
      expect(
        sources!.filter((s) => !/^'self'$|^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
        name,
      ).toEqual([]);
    }
  });

  it('names in script-src exactly the hash of each inline script the page runs (the 长辈模式 head script), and no other', () => {
    const { document } = pageAt(path);
    const scripts = runnableInlineScripts(document);
    expect(scripts, 'inline scripts that run').toHaveLength(1);
    expect(hashes(policyOf(document).get('script-src'))).toEqual(scripts.map((s) => sha256(s.textContent ?? '')));
  });

  it('names in style-src exactly the hash of each inline <style> (SVG ones too), and no other', () => {
    const { document } = pageAt(path);
    const styles = inlineStyles(document);
    expect(styles.length, 'inline styles').toBeGreaterThan(0);
    expect([...hashes(policyOf(document).get('style-src'))].sort()).toEqual(
      [...new Set(styles.map((s) => sha256(s.textContent ?? '')))].sort(),
    );
  });

  it('gives no element a style attribute (the policy blocks them), nor an on… handler', () => {
    const { document } = pageAt(path);
    const elements = [...document.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(20);
    expect(elements.filter((el) => el.hasAttribute('style')).map((el) => `<${el.localName} style="${el.getAttribute('style')}">`)).toEqual(
      [],
    );
    expect(
      elements.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`)),
    ).toEqual([]);
  });

  it('has no link or form that goes to a javascript: URL', () => {
    const { document } = pageAt(path);
    const js = [...document.querySelectorAll('[href], [src], [action], [formaction]')].filter((el) =>
      ['href', 'src', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? '')),
    );
    expect(js.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });
});
