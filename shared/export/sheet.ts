/**
 * A sheet is the one table shape every export goes through; the writers here turn it into CSV, XLSX or
 * JSON bytes. Pure and runtime-neutral: the Worker's /export and the extension's own export call them.
 */
export type Cell = string | number | null;
export interface Sheet {
  name: string;
  columns: string[];
  rows: Cell[][];
}

const BOM = '\uFEFF';

/**
 * Excel and WPS run a text cell that starts with = + - @ (or a tab/CR) as a formula: a quote copied from
 * a page could then reach out of the sheet. Such text gets a leading apostrophe (OWASP's advice).
 * Numbers stay numbers, so negative values are untouched.
 */
function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const s = guardFormula(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a byte-order mark (Excel and WPS on zh-CN Windows need it) and CRLF line ends. */
export function toCsv(sheet: Sheet): string {
  const lines = [sheet.columns, ...sheet.rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

// XML 1.0 cannot carry these at all (a NUL from a page would make the whole workbook unreadable).
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EXCEL_MAX_CELL = 32_767;

function xlsxText(s: string): string {
  return s.replace(XML_INVALID, '').slice(0, EXCEL_MAX_CELL);
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique within the workbook. */
function sheetNames(sheets: Sheet[]): string[] {
  const seen = new Set<string>();
  return sheets.map((s, i) => {
    let name = xlsxText(s.name).replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || `Sheet${i + 1}`;
    while (seen.has(name)) name = `${name.slice(0, 28)}_${i + 1}`;
    seen.add(name);
    return name;
  });
}

/** An .xlsx workbook (a zip: the bytes start with "PK"), one worksheet per sheet. */
export async function toXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  // Loaded on demand so bundles that never write a workbook stay small.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const names = sheetNames(sheets);
  const data = sheets.map((sheet, i) => ({
    sheet: names[i]!,
    stickyRowsCount: 1,
    columns: sheet.columns.map((c) => ({ width: Math.min(60, Math.max(8, c.length * 2 + 2)) })),
    data: [
      sheet.columns.map((c) => ({ value: xlsxText(c), fontWeight: 'bold' as const })),
      ...sheet.rows.map((row) =>
        row.map((cell) =>
          cell === null || cell === undefined
            ? null
            : typeof cell === 'number'
              ? Number.isFinite(cell) ? cell : null
              : xlsxText(cell),
        ),
      ),
    ],
  }));
  const blob = await writeXlsxFile(data).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
