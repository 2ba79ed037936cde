import { csvParseRows } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../../src/lib/csv';

/** A file as a spreadsheet reads it: the BOM dropped, then the rows (d3-dsv's parser, not ours). */
const read = (csv: string) => csvParseRows(csv.slice(BOM.length));

describe('toCsv', () => {
  const rows = [
    { id: 'f-a', label: '甲,乙', value: 1.5, note: null },
    { id: 'f-b', label: '说"好"', value: 38200000, note: '两行\n文字' },
  ];

  it('starts with a UTF-8 byte-order mark, so Excel reads Chinese as UTF-8', () => {
    expect(Buffer.from(toCsv(['id', 'label'], rows), 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes a header row, then one row per record, each ending in CRLF', () => {
    expect(toCsv(['id', 'value'], rows)).toBe(`${BOM}id,value\r\nf-a,1.5\r\nf-b,38200000\r\n`);
  });

  it('writes columns in the order given, whatever the order of the keys in a record', () => {
    expect(toCsv(['value', 'id'], rows).split('\r\n')[1]).toBe('1.5,f-a');
  });

  it('quotes a field with a comma, a quote or a line break, and doubles the quotes inside', () => {
    expect(toCsv(['label', 'note'], rows).split('\r\n').slice(1).join('|')).toBe('"甲,乙",|"说""好""","两行\n文字"|');
  });

  it('keeps Chinese commas and quotation marks unquoted: they are not CSV syntax', () => {
    expect(toCsv(['t'], [{ t: '加强与绥芬河、东宁口岸合作，推动“经济通道”' }])).toBe(
      `${BOM}t\r\n加强与绥芬河、东宁口岸合作，推动“经济通道”\r\n`,
    );
  });

  it('writes numbers in full (3820000000, not 3.82e9; 3.35 stays 3.35) and null as an empty field', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: 3820000000, b: 3.35, c: null }]).split('\r\n')[1]).toBe('3820000000,3.35,');
  });

  it('refuses NaN and Infinity, which no spreadsheet reads back', () => {
    expect(() => toCsv(['a'], [{ a: Number.NaN }])).toThrow(/NaN/);
    expect(() => toCsv(['a'], [{ a: Infinity }])).toThrow(/Infinity/);
  });

  it('reads back to the same fields, commas, quotes and line breaks included', () => {
    expect(read(toCsv(['id', 'label', 'value', 'note'], rows))).toEqual([
      ['id', 'label', 'value', 'note'],
      ['f-a', '甲,乙', '1.5', ''],
      ['f-b', '说"好"', '38200000', '两行\n文字'],
    ]);
  });

  it('reads back any field it writes (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '“', '，', '=', '\t') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (pairs) => {
        expect(
          read(
            toCsv(
              ['a', 'b'],
              pairs.map(([a, b]) => ({ a, b })),
            ),
          ),
        ).toEqual([['a', 'b'], ...pairs]);
      }),
    );
  });
});
