/**
 * CSV as RFC 4180 writes it, for spreadsheets: comma-separated, CRLF line ends, a field quoted when
 * it holds a comma, a quote, a line break or surrounding spaces (quotes inside are doubled), and a
 * UTF-8 byte-order mark so that Excel opens Chinese text as UTF-8 rather than the local code page.
 */
export const BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/** One field: null and undefined are empty; numbers are written in full (no exponent below 1e21). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? numberText(value) : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`CSV: ${n} is not a number a spreadsheet can read`);
  return String(n);
}

/** A whole file: BOM, header row, one row per record, in the order of `columns`. */
export function toCsv<T extends Record<string, CsvValue>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Reads CSV back (the inverse of toCsv; a leading BOM is dropped): rows of fields, quotes undone.
 * For tests and for checking what we publish, not a general parser of every dialect.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // CRLF: the \n that follows ends the row.
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV: a quoted field is never closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
