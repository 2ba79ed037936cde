import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from '../../../src/lib/csv';

describe('csvField', () => {
  it('leaves a plain field as it is, Chinese included', () => {
    expect(csvField('企业融资贷款')).toBe('企业融资贷款');
    expect(csvField('11.9亿元')).toBe('11.9亿元');
  });

  it('quotes a field with a comma, and doubles the quotes inside a quoted field', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('推动"经济通道"转变')).toBe('"推动""经济通道""转变"');
  });

  it('quotes a field with a line break (LF, CR or CRLF)', () => {
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('quotes a field with leading or trailing spaces, so no reader trims them', () => {
    expect(csvField(' a')).toBe('" a"');
    expect(csvField('a ')).toBe('"a "');
  });

  it('keeps Chinese commas and quotation marks unquoted: they are not CSV syntax', () => {
    expect(csvField('加强与绥芬河、东宁口岸合作，推动“经济通道”')).toBe('加强与绥芬河、东宁口岸合作，推动“经济通道”');
  });

  it('writes null and undefined as an empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('writes numbers in full: 3820000000 is not 3.82e9, 11 stays 11, 3.35 stays 3.35', () => {
    expect(csvField(3820000000)).toBe('3820000000');
    expect(csvField(11)).toBe('11');
    expect(csvField(3.35)).toBe('3.35');
    expect(csvField(0)).toBe('0');
  });

  it('refuses NaN and Infinity, which no spreadsheet reads back', () => {
    expect(() => csvField(Number.NaN)).toThrow(/NaN/);
    expect(() => csvField(Infinity)).toThrow(/Infinity/);
  });
});

describe('toCsv', () => {
  const rows = [
    { id: 'f-a', label: '甲,乙', value: 1.5, note: null },
    { id: 'f-b', label: '说"好"', value: 38200000, note: '两行\n文字' },
  ];

  it('starts with a UTF-8 byte-order mark, so Excel reads Chinese as UTF-8', () => {
    const csv = toCsv(['id', 'label'], rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes a header row, then one row per record, each ending in CRLF', () => {
    expect(toCsv(['id', 'value'], rows)).toBe(`${BOM}id,value\r\nf-a,1.5\r\nf-b,38200000\r\n`);
  });

  it('writes columns in the order given, whatever the order of the keys in a record', () => {
    expect(toCsv(['value', 'id'], rows).split('\r\n')[1]).toBe('1.5,f-a');
  });

  it('reads back to the same fields, commas, quotes and line breaks included', () => {
    const columns = ['id', 'label', 'value', 'note'] as const;
    const parsed = parseCsv(toCsv([...columns], rows));
    expect(parsed).toEqual([
      ['id', 'label', 'value', 'note'],
      ['f-a', '甲,乙', '1.5', ''],
      ['f-b', '说"好"', '38200000', '两行\n文字'],
    ]);
  });
});

describe('parseCsv', () => {
  it('drops the BOM and reads LF-only files too', () => {
    expect(parseCsv(`${BOM}a,b\nc,d\n`)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('fails on a quoted field that is never closed', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/never closed/);
  });

  it('reads back any field toCsv writes (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '“', '，', '=', '\t') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a, b }));
        expect(parseCsv(toCsv(['a', 'b'], rows))).toEqual([['a', 'b'], ...pairs]);
      }),
    );
  });
});
