/**
 * A sheet is the one table shape every export goes through; the writers here turn it into CSV, XLSX or
 * JSON bytes. Pure and runtime-neutral: the Worker's /export and the extension's own export call them.
 */
import { xlsxBytes } from './xlsx';

export type Cell = string | number | null;
export interface Sheet {
  name: string;
  columns: string[];
  rows: Cell[][];
}

const BOM = '\uFEFF';

/**
 * Excel and WPS run a text cell as a formula when, after any leading blanks (which they trim), it
 * starts with = + - @, in half or full width (WPS reads 「＝」 as "="). A quote copied from a page could
 * then reach out of the sheet, so such text gets a leading apostrophe (OWASP's advice). A cell opening
 * with a tab or CR is prefixed too. Numbers stay numbers, so negative values are untouched.
 */
const FORMULA_START = /^[\s\u00a0\u3000\ufeff]*[=+\-@＝＋－＠]|^[\t\r]/;

export function guardFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const s = guardFormula(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line with its CRLF. */
export function csvLine(row: Cell[]): string {
  return `${row.map(csvField).join(',')}\r\n`;
}

/** The byte-order mark a CSV starts with: Excel and WPS on zh-CN Windows need it to read UTF-8. */
export const CSV_BOM = BOM;

/** RFC 4180 CSV with a byte-order mark and CRLF line ends. */
export function toCsv(sheet: Sheet): string {
  return BOM + [sheet.columns, ...sheet.rows].map(csvLine).join('');
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** An .xlsx workbook (a zip: the bytes start with "PK"), one worksheet per sheet. Async for its callers' sake. */
export async function toXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  return xlsxBytes(sheets);
}
