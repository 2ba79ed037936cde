// The Content-Security-Policy every page carries (a <meta>; a host adds it as a header too, with
// frame-ancestors — see README). Strict: no 'unsafe-inline' or 'unsafe-eval'; inline scripts and
// styles run only when the policy names their sha256 hash; no inline style attributes at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../../scripts/lib/page-weight.mjs';
import { DIST } from './dist';

const pages = htmlPages(DIST).map((path) => {
  const html = readFileSync(fileFor(DIST, path)!, 'utf8');
  return { path, html, document: parseHTML(html).document as unknown as Document };
});

/** The policy as directive → sources, e.g. "script-src" → ["'self'", "'sha256-…'"]. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const policyOf = (document: Document) => {
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
    (m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy',
  );
  return { metas, policy: parsePolicy(metas[0]?.getAttribute('content') ?? '') };
};

/** The exact text between <script …> and </script> (or style), as the browser hashes it. */
function inlineBodies(html: string, tag: 'script' | 'style'): Array<{ attrs: string; body: string }> {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'gi'))]
    .map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }))
    .filter((s) => !/\ssrc\s*=/i.test(s.attrs));
}
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it('there are pages to check: the story, 原文, every section, 404', () => {
    const paths = pages.map((p) => p.path);
    for (const p of ['/', '/yuanwen/', '/s/jichu/', '/404.html']) expect(paths).toContain(p);
  });

  it('every page has exactly one CSP <meta>, before any script, style or stylesheet', () => {
    for (const { path, html, document } of pages) {
      const { metas } = policyOf(document);
      expect(metas, path).toHaveLength(1);
      const at = html.search(/<meta[^>]+http-equiv=["']?content-security-policy/i);
      const firstResource = html.search(/<script\b|<style\b|<link[^>]+rel=["']?stylesheet/i);
      if (firstResource >= 0) expect(at, `${path}: the policy only covers what comes after it`).toBeLessThan(firstResource);
    }
  });

  it("has default-src 'self', object-src 'none' and base-uri 'self'", () => {
    for (const { path, document } of pages) {
      const { policy } = policyOf(document);
      expect(policy.get('default-src'), path).toEqual(["'self'"]);
      expect(policy.get('object-src'), path).toEqual(["'none'"]);
      expect(policy.get('base-uri'), path).toEqual(["'self'"]);
    }
  });

  it("allows no 'unsafe-inline', 'unsafe-eval', wildcard or other origin anywhere", () => {
    for (const { path, document } of pages) {
      for (const [name, sources] of policyOf(document).policy) {
        for (const source of sources) {
          expect(source, `${path} ${name}`).not.toMatch(/unsafe-|^\*$|^https?:|^\/\/|^[\w-]+\.[\w.-]+/i);
        }
      }
    }
  });

  it("script-src and style-src name only 'self' and hashes", () => {
    for (const { path, document } of pages) {
      const { policy } = policyOf(document);
      for (const name of ['script-src', 'style-src']) {
        const sources = policy.get(name) ?? policy.get('default-src')!;
        for (const s of sources) expect(s, `${path} ${name}`).toMatch(/^'self'$|^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/);
      }
    }
  });

  it("every inline <script> matches one of the policy's sha256 hashes", () => {
    for (const { path, html, document } of pages) {
      const { policy } = policyOf(document);
      const allowed = policy.get('script-src') ?? policy.get('default-src')!;
      for (const { attrs, body } of inlineBodies(html, 'script')) {
        // Data blocks (JSON) are not run, so the policy does not apply to them.
        if (/type=["']?(application\/(ld\+)?json|text\/plain)/i.test(attrs)) continue;
        expect(allowed, `${path}: inline script ${body.slice(0, 60)}…`).toContain(sha256(body));
      }
    }
  });

  it("every inline <style> (SVG ones too) matches one of the policy's sha256 hashes", () => {
    for (const { path, html, document } of pages) {
      const { policy } = policyOf(document);
      const allowed = policy.get('style-src') ?? policy.get('default-src')!;
      for (const { body } of inlineBodies(html, 'style')) {
        expect(allowed, `${path}: inline style ${body.slice(0, 60)}…`).toContain(sha256(body));
      }
    }
  });

  it('each page names only the hashes of its own inline scripts and styles (the policy is read before the first paint)', () => {
    for (const { path, html, document } of pages) {
      const { policy } = policyOf(document);
      for (const [name, tag] of [
        ['script-src', 'script'],
        ['style-src', 'style'],
      ] as const) {
        const own = new Set(inlineBodies(html, tag).map(({ body }) => sha256(body)));
        const named = (policy.get(name) ?? []).filter((s) => s.startsWith("'sha"));
        expect(
          named.filter((hash) => !own.has(hash)),
          `${path} ${name}: hashes of nothing on this page`,
        ).toEqual([]);
      }
    }
  });

  it('no element anywhere has a style attribute (the policy blocks them), nor an on… handler', () => {
    for (const { path, document } of pages) {
      const styled = [...document.querySelectorAll('[style]')].map((el) => `<${el.localName} style="${el.getAttribute('style')}">`);
      expect(styled, path).toEqual([]);
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
      );
      expect(handlers, path).toEqual([]);
    }
  });

  it('no link or form goes to a javascript: URL', () => {
    for (const { path, document } of pages) {
      const js = [...document.querySelectorAll('[href], [src], [action], [formaction]')].filter((el) =>
        ['href', 'src', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? '')),
      );
      expect(
        js.map((el) => el.outerHTML.slice(0, 80)),
        path,
      ).toEqual([]);
    }
  });
});
