// Every dependency installs by name and version from the npm registry and is checked against a
// sha512 hash: the lockfile records no download address at all (no git, file or tarball URLs, no
// other registry), so npm fetches each package from the registry it is configured with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
}
const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};
// The root entry is the project itself.
const entries = Object.entries(lock.packages).filter(([path]) => path !== '');

describe('package-lock.json', () => {
  it('is a lockfile v3 with every installed package in it', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('links nothing from the local disk', () => {
    expect(entries.filter(([, e]) => e.link).map(([path]) => path)).toEqual([]);
  });

  it('names no download address for any package, so each comes from the npm registry by name', () => {
    const addressed = entries.filter(([, e]) => e.resolved !== undefined);
    expect(addressed.map(([path, e]) => `${path}: ${e.resolved}`)).toEqual([]);
  });

  it('has a sha512 integrity hash for every package', () => {
    const unverified = entries.filter(([, e]) => !/^sha512-[A-Za-z0-9+/]{86}==$/.test(e.integrity ?? ''));
    expect(unverified.map(([path, e]) => `${path}: ${e.integrity ?? 'no integrity'}`)).toEqual([]);
  });

  it('pins every package to a registry version (no git, file or URL specs)', () => {
    const odd = entries.filter(([, e]) => !/^\d+\.\d+\.\d+(-[\w.-]+)?(\+[\w.-]+)?$/.test(e.version ?? ''));
    expect(odd.map(([path, e]) => `${path}: ${e.version}`)).toEqual([]);
  });
});
