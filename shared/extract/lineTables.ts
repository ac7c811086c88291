/**
 * Tables a text layer prints one field or one cell per line, wrapped as the tables they are so the table reader
 * reads them: a dashboard's cards as records of named fields, and a Word table pasted one cell per line.
 */
import { isDash, isHeaderWord, isUnitCell, valueOfCell, yearOfHeaderCell } from './cells';
import { Row, type Item } from './item';

const RECORD_FIELD = /(?:数值|数据)\s*[:：]/;
/** Whether a block's text may hold record lines (see RECORD): asked once per block. */
export function mayHoldRecords(text: string): boolean {
  // (every record field opens on 数: one scan turns most text away before the pattern is asked)
  return text.includes('数') && RECORD_FIELD.test(text);
}

/** Whether any plain line opens a vertical table's header (see verticalTables). */
export function mayHoldVerticalTable(items: Item[]): boolean {
  return items.some((it) => it.kind === 'row' && !it.fromTable && VERTICAL_HEAD.test(it.quote));
}

/**
 * 「名称：全日制在校生；数值：9,468；单位：人；上年：8,937；变化：+5.9%」「指标：毕业生；数值：6518人」: a dashboard's card
 * as a record of named fields, one per line. A run of them is a table (指标 | 单位 | 本年 | 上年) whose rows quote the
 * lines as printed.
 */
const RECORD =
  /^[「【[]?\s*(?:名称|指标|指标名称|项目)\s*[:：]\s*([^；;:：」】\]]{2,40}?)\s*[；;]\s*(?:数值|数据|值|本年|当年)\s*[:：]\s*([^；;」】\]]+?)\s*(?:[；;]\s*单位\s*[:：]\s*([^；;」】\]]+?)\s*)?(?:[；;]\s*(?:上年|去年|上年值|上年数)\s*[:：]\s*([^；;」】\]]+?)\s*)?(?:[；;][^」】\]]*)?[」】\]]?\s*$/;
const RECORD_HEADER = ['指标', '单位', '本年', '上年'];

/** A record line's cells (name, unit, this year's figure, last year's), or null for any other line. */
function recordCells(line: string): string[] | null {
  if (!line.includes('：') && !line.includes(':')) return null;
  const m = RECORD.exec(line);
  return m ? [m[1]!, m[3] ?? '', m[2]!, m[4] ?? ''] : null;
}

/** Runs of record lines, wrapped as the tables they are (see RECORD). */
export function recordTables(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; ) {
    const it = items[i]!;
    const line = it.kind === 'text' ? it.text.trim() : it.kind === 'row' && !it.fromTable ? it.quote : null;
    const cells = line !== null ? recordCells(line) : null;
    if (!cells || (it.kind !== 'text' && it.kind !== 'row')) {
      out.push(it);
      i++;
      continue;
    }
    out.push({ kind: 'tableStart', order: it.order });
    out.push(new Row(RECORD_HEADER.join('\t'), RECORD_HEADER, true, it.page, it.order, it.block));
    let last = it.order;
    for (; i < items.length; i++) {
      const r = items[i]!;
      const l = r.kind === 'text' ? r.text.trim() : r.kind === 'row' && !r.fromTable ? r.quote : null;
      const c = l !== null ? recordCells(l) : null;
      if (!c || (r.kind !== 'text' && r.kind !== 'row')) break;
      out.push(new Row(l!, c, true, r.page, r.order, r.block));
      last = r.order;
    }
    out.push({ kind: 'tableEnd', order: last });
  }
  return out;
}

/**
 * A Word table pasted one cell per line with no blank line between its rows: 「指标」/「单位」/「2023年」/「2024年」, then
 * 「生师比」/「—」/「17.8:1」/「18.0:1」… The header is its run of header words and years, one per line; each row is as
 * many lines, a label first, then a unit (where the header has 单位) and figures. A run of at least two such rows is a
 * table whose rows quote their lines joined by a space.
 */
export function verticalTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const header = verticalHeaderAt(items, i);
    const rows = header ? verticalRowsAt(items, i + header.length, header) : [];
    if (!header || rows.length < 2) {
      out?.push(items[i]!);
      continue;
    }
    out ??= items.slice(0, i);
    const first = items[i] as Row;
    out.push({ kind: 'tableStart', order: first.order });
    out.push(new Row(header.join('\t'), header, true, first.page, first.order, first.block));
    for (const r of rows) out.push(new Row(r.cells.filter(Boolean).join(' '), r.cells, true, r.at.page, r.at.order, r.at.block));
    out.push({ kind: 'tableEnd', order: rows[rows.length - 1]!.at.order });
    i += header.length + rows.reduce((n, r) => n + r.lines, 0) - 1;
  }
  return out ?? items;
}

/** The first header cell of a vertical table: the label column's word, alone on its line. */
const VERTICAL_HEAD = /^\s*(?:序号|指标|指标名称|项目|调查项目|调查对象|评价项目)\s*$/;

/** A plain one-cell line's text, or null. */
function cellLine(it: Item | undefined): string | null {
  return it && it.kind === 'row' && !it.fromTable && it.oneCell ? it.quote.trim() : null;
}

/** The header opening at i: a label column's word, then 单位 and year columns, 3 to 6 lines, at least one year. */
function verticalHeaderAt(items: Item[], i: number): string[] | null {
  // (「序号」 first: each row's serial opens it)
  const serial = cellLine(items[i]) === '序号' ? 1 : 0;
  const head = cellLine(items[i + serial]);
  if (head === null || !VERTICAL_HEAD.test(head)) return null;
  const cells = serial ? ['序号', head] : [head];
  for (let k = i + serial + 1; k < items.length && cells.length < 6 + serial; k++) {
    const c = cellLine(items[k]);
    // (「增减」: a change column after the years, read by nobody)
    if (c === null || !(c === '单位' || yearOfHeaderCell(c) !== null || (cells.length > 2 && CHANGE_HEAD.test(c)))) break;
    cells.push(c);
  }
  return cells.length >= 3 + serial && cells.slice(1 + serial).some((c) => c !== '单位') ? cells : null;
}

/** The rows after a vertical header: groups of as many lines, each a label, its unit where the header has one, figures. */
function verticalRowsAt(items: Item[], from: number, header: string[]): { cells: string[]; at: Row; lines: number }[] {
  const rows: { cells: string[]; at: Row; lines: number }[] = [];
  const unitCol = header.indexOf('单位');
  const serial = header[0] === '序号' ? 1 : 0;
  for (let j = from; j < items.length; ) {
    // (a serial lost at a page break, taken for a page number: the row goes on without it)
    const lost = serial && !SERIAL_CELL.test(cellLine(items[j]) ?? '') ? 1 : 0;
    const width = header.length - lost;
    if (j + width > items.length) break;
    const cells: string[] = lost ? [''] : [];
    for (let k = 0; k < width; k++) {
      const c = cellLine(items[j + k]);
      if (c === null) return rows;
      cells.push(c);
    }
    const label = cells[serial]!;
    if (!/[\u4e00-\u9fa5]/.test(label) || label.length > 40 || isHeaderWord(label) || valueOfCell(label)) return rows;
    const ok = cells.every((c, k) => k <= serial || (k === unitCol ? isUnitCell(c) || isDash(c) || (c.length <= 4 && !/\d/.test(c)) : CHANGE_HEAD.test(header[k]!) ? c.length <= 16 && !/[\u4e00-\u9fa5]{3}/.test(c) : isDash(c) || !!valueOfCell(c)));
    if (!ok) return rows;
    rows.push({ cells, at: items[j] as Row, lines: width });
    j += width;
  }
  return rows;
}
const CHANGE_HEAD = /^(?:增减|增减量|变化|增幅|增长率|同比|较上年|比上年)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?$/;
const SERIAL_CELL = /^\d{1,2}(?:\.\d{1,2})?$/;
