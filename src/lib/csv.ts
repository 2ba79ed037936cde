import { csvFormatRows } from 'd3';

/**
 * CSV for spreadsheets, written by d3-dsv (a field holding a comma, a quote or a line break is
 * quoted, quotes inside doubled), with the two things spreadsheets on Chinese systems need: CRLF
 * line ends, and a UTF-8 byte-order mark so that Excel opens Chinese text as UTF-8 rather than the
 * local code page.
 */
export const BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/** One field's text: null and undefined are empty; a number is written in full (3820000000, not 3.82e9). */
function cell(value: CsvValue): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`CSV: ${value} is not a number a spreadsheet can read`);
  return value === null || value === undefined ? '' : String(value);
}

/** A whole file: BOM, header row, one row per record in the order of `columns`, each ending in CRLF. */
export function toCsv<T extends Record<string, CsvValue>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const table = [[...columns], ...rows.map((row) => columns.map((c) => cell(row[c])))];
  return `${BOM}${table.map((row) => csvFormatRows([row])).join('\r\n')}\r\n`;
}
