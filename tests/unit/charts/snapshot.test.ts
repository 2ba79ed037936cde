import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { expectSvgSnapshot, normaliseSvg } from './snapshot';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');
const NAME = 'harness-self-check';
const file = join(DIR, `${NAME}-1.svg`);
const changed = join(DIR, `${NAME}-1-changed.svg`);

afterEach(() => {
  rmSync(file, { force: true });
  rmSync(changed, { force: true });
});

test('normaliseSvg rounds numbers to one decimal and puts one element per line', () => {
  expect(normaliseSvg('<g x="1.26"><a y="-0.04"/></g>')).toBe('<g x="1.3">\n<a y="0"/>\n</g>\n');
});

test('expectSvgSnapshot writes a missing snapshot, then passes on the same markup', () => {
  expectSvgSnapshot('<svg x="1"/>', NAME, 1);
  expect(readFileSync(file, 'utf8')).toBe('<svg x="1"/>\n');
  expectSvgSnapshot('<svg x="1.04"/>', NAME, 1);
  expect(existsSync(changed)).toBe(false);
});

test('expectSvgSnapshot writes a -changed file and fails on a mismatch', () => {
  expectSvgSnapshot('<svg x="1"/>', NAME, 1);
  expect(() => expectSvgSnapshot('<svg x="2"/>', NAME, 1)).toThrow();
  expect(readFileSync(changed, 'utf8')).toBe('<svg x="2"/>\n');
});
