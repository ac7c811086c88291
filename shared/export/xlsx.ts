/**
 * An .xlsx writer that streams: rows go in one at a time, zip bytes come out as they are ready. It is
 * synchronous all the way down (fflate's streaming Zip and ZipDeflate), so it runs in workerd, which has
 * no Web Worker for fflate's asynchronous zip to use (what broke write-excel-file above ~500 rows), and
 * memory stays flat whatever the number of rows.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Cell, Sheet } from './sheet';

/** Excel's grid: rows per sheet (the header included) and columns. */
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_COLUMNS = 16_384;
const EXCEL_MAX_CELL = 32_767;
// Level 1: the files are repetitive XML, so the cheapest level already shrinks them ~8x; CPU is what a
// Worker runs out of first.
const LEVEL = 1;
const FLUSH_CHARS = 64 * 1024;

// XML 1.0 cannot carry these at all (a NUL from a page would make the whole workbook unreadable).
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function xlsxText(s: string): string {
  return s.replace(XML_INVALID, '').slice(0, EXCEL_MAX_CELL);
}
const xml = (s: string) => xlsxText(s).replace(/[&<>"]/g, (c) => XML_ESCAPE[c]!);

function columnName(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique within the workbook. */
export function sheetNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    let name = xlsxText(raw).replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || `Sheet${i + 1}`;
    while (seen.has(name)) name = `${name.slice(0, 28)}_${i + 1}`;
    seen.add(name);
    return name;
  });
}

const enc = new TextEncoder();
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLES = `${HEAD}<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

export class XlsxRowLimitError extends Error {}

/**
 * Usage: `sheet(name, columns)`, `row(cells)` per row, next `sheet(...)`, then `end()`. `out` gets
 * each piece of the zip as it is ready (synchronously, inside those calls).
 */
export class XlsxStream {
  private readonly zip: Zip;
  private file: ZipDeflate | null = null;
  private names: string[] = [];
  private buf = '';
  private rowNo = 0;
  private width = 0;
  private refs: string[] = [];
  private failure: Error | null = null;

  constructor(out: (chunk: Uint8Array, final: boolean) => void) {
    this.zip = new Zip((err, data, final) => {
      if (err) this.failure = err;
      else out(data, final);
    });
  }

  private write(s: string) {
    this.buf += s;
    if (this.buf.length >= FLUSH_CHARS) this.flush(false);
  }

  private flush(final: boolean) {
    this.file!.push(enc.encode(this.buf), final);
    this.buf = '';
    if (this.failure) throw this.failure;
  }

  private closeSheet() {
    if (!this.file) return;
    this.write('</sheetData></worksheet>');
    this.flush(true);
    this.file = null;
  }

  /** Starts the next worksheet; its first row is `columns`, bold and frozen. */
  sheet(name: string, columns: string[]) {
    this.closeSheet();
    if (columns.length > XLSX_MAX_COLUMNS) throw new XlsxRowLimitError(`${columns.length} columns is more than an XLSX sheet holds (${XLSX_MAX_COLUMNS})`);
    this.names.push(name);
    this.file = new ZipDeflate(`xl/worksheets/sheet${this.names.length}.xml`, { level: LEVEL });
    this.zip.add(this.file);
    this.rowNo = 0;
    this.width = columns.length;
    this.refs = columns.map((_, i) => columnName(i));
    const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(8, c.length * 2 + 2))}" customWidth="1"/>`).join('');
    this.write(`${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`);
    this.cells(columns, 1);
  }

  row(cells: Cell[]) {
    this.cells(cells, 0);
  }

  private cells(cells: Cell[], style: number) {
    if (!this.file) throw new Error('XlsxStream: row before sheet');
    if (this.rowNo >= XLSX_MAX_ROWS) throw new XlsxRowLimitError(`more than ${XLSX_MAX_ROWS - 1} rows in one XLSX sheet`);
    const r = ++this.rowNo;
    let s = `<row r="${r}">`;
    const st = style ? ` s="${style}"` : '';
    for (let i = 0; i < this.width; i++) {
      const v = cells[i];
      if (v === null || v === undefined) continue;
      const ref = `${this.refs[i]}${r}`;
      if (typeof v === 'number') {
        if (Number.isFinite(v)) s += `<c r="${ref}"${st}><v>${v}</v></c>`;
      } else {
        s += `<c r="${ref}"${st} t="inlineStr"><is><t xml:space="preserve">${xml(v)}</t></is></c>`;
      }
    }
    this.write(`${s}</row>`);
  }

  /** Writes the workbook's parts after the sheets and closes the zip. */
  end() {
    this.closeSheet();
    if (!this.names.length) {
      // A workbook needs at least one sheet.
      this.sheet('Sheet1', []);
      this.closeSheet();
    }
    const names = sheetNames(this.names);
    const n = names.length;
    const sheetsXml = names.map((name, i) => `<sheet name="${xml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
    const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
    const overrides = names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
    const parts: [string, string][] = [
      ['[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`],
      ['_rels/.rels', `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
      ['xl/workbook.xml', `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheetsXml}</sheets></workbook>`],
      ['xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`],
      ['xl/styles.xml', STYLES],
    ];
    for (const [path, text] of parts) {
      const f = new ZipPassThrough(path);
      this.zip.add(f);
      f.push(enc.encode(text), true);
    }
    this.zip.end();
    if (this.failure) throw this.failure;
  }
}

/** A whole workbook in memory, for data that is in memory anyway (the extension's own exports). */
export function xlsxBytes(sheets: Sheet[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const w = new XlsxStream((c) => chunks.push(c));
  for (const s of sheets) {
    w.sheet(s.name, s.columns);
    for (const r of s.rows) w.row(r);
  }
  w.end();
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}
