import { expect, test } from 'vitest';
import { expectChartRules } from './svg-rules';

// The rule check must fail on what it is there to catch.
const GOOD =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 40" width="320" height="40" role="img" aria-label="图" class="chart chart--bars">' +
  '<g class="datum" data-key="f-a" data-step="1"><rect class="mark mark--reported" x="0" y="0" width="10.5" height="10"/>' +
  '<text class="t-value" x="12" y="20" font-size="15">1个</text></g></svg>';
const c = { width: 320, id: 'x', label: '图', floor: 14 };

test('the rule check accepts a chart that keeps the rules', () => void expectChartRules(GOOD, c));
test('the rule check catches an inline style', () =>
  expect(() => expectChartRules(GOOD.replace('<rect ', '<rect style="fill:red" '), c)).toThrow());
test('the rule check catches a hard-coded colour', () =>
  expect(() => expectChartRules(GOOD.replace('<rect ', '<rect fill="#c00" '), c)).toThrow());
test('the rule check catches two decimals', () => expect(() => expectChartRules(GOOD.replace('10.5', '10.25'), c)).toThrow());
test('the rule check catches text under the size floor', () =>
  expect(() => expectChartRules(GOOD.replace('font-size="15"', 'font-size="12"'), c)).toThrow());
test('the rule check catches an aria-label inside', () =>
  expect(() => expectChartRules(GOOD.replace('<g class', '<g aria-label="cell" class'), c)).toThrow());
test('the rule check catches a missing xmlns', () =>
  expect(() => expectChartRules(GOOD.replace(' xmlns="http://www.w3.org/2000/svg"', ''), c)).toThrow());
test('the rule check catches an id not derived from the chart', () =>
  expect(() => expectChartRules(GOOD.replace('<rect ', '<rect id="plot-1" '), c)).toThrow());
test('the rule check catches a <style> element', () =>
  expect(() => expectChartRules(GOOD.replace('<g ', '<style>.a{}</style><g '), c)).toThrow());
test('the rule check catches a chart that is not one image (no role="img")', () =>
  expect(() => expectChartRules(GOOD.replace(' role="img"', ''), c)).toThrow());
test('the rule check catches a chart named other than its label', () =>
  expect(() => expectChartRules(GOOD.replace('aria-label="图"', 'aria-label="chart"'), c)).toThrow());
test('the rule check catches a chart drawn at another width', () =>
  expect(() => expectChartRules(GOOD.replace('width="320"', 'width="360"'), c)).toThrow());
test('the rule check catches a viewBox other than the drawing size', () =>
  expect(() => expectChartRules(GOOD.replace('viewBox="0 0 320 40"', 'viewBox="0 0 640 80"'), c)).toThrow());
test('the rule check catches a chart without its chart--kind class', () =>
  expect(() => expectChartRules(GOOD.replace('class="chart chart--bars"', 'class="chart"'), c)).toThrow());
test('the rule check catches a reference to a pattern the chart does not hold', () =>
  expect(() => expectChartRules(GOOD.replace('<rect ', '<rect fill="url(#x-hatch)" '), c)).toThrow());
test('the rule check catches text without a t- class', () =>
  expect(() => expectChartRules(GOOD.replace('class="t-value"', 'class="value"'), c)).toThrow());
test('the rule check catches a datum without its step', () =>
  expect(() => expectChartRules(GOOD.replace(' data-step="1"', ''), c)).toThrow());
