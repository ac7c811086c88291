/**
 * A two-row header a spreadsheet flattened into one row, each column's levels joined by a hyphen or an underscore
 * (「学生规模-招生数（人）」「学校数-其中民办（所）」「2022年_全市」「2022年_全省平均」): each cell is named again as the
 * table reader names a column, the quote kept as printed.
 */
import { idsForLabel } from '../catalog/index';
import { valueOfCell } from './cells';
import { Row, rewriteRuns, type Item } from './item';
import { columnName } from './lineTables';

/** One cell's two levels: the upper one, the lower one, and a unit in brackets after them. */
const JOINED = /^\s*([^_\-－]{1,12}?)\s*[_\-－]\s*([^_\-－（()）]{1,16}?)\s*([（(][^（()）]{1,6}[)）])?\s*$/;
/** The report's own whole under a year (「2022年_全市」): the year's column, as a one-row header names it. */
const OWN_WHOLE = /^(?:全[市县区省州盟旗]|本[市县区省州]|合计|数值)$/;
const YEAR_LEVEL = /^(?:19|20)\d\d\s*(?:年度?|届|学年)?$/;

export function joinedHeaders(items: Item[]): Item[] {
  return rewriteRuns(items, (all, i) => {
    const it = all[i]!;
    if (it.kind !== 'row' || !(it.quote.includes('_') || it.quote.includes('-') || it.quote.includes('－'))) return null;
    const cells = renamed(it.cells);
    return cells ? { items: [new Row(it.quote, cells, it.fromTable, it.page, it.order, it.block, it.row)], span: 1 } : null;
  });
}

/** The header's cells named again, or null where the row is no such header (two joined cells at the least, no figure). */
function renamed(cells: string[]): string[] | null {
  let joined = 0;
  let figures = false;
  const out = cells.map((c) => {
    const m = JOINED.exec(c);
    // (「2021-2022学年」: a span of years is one level; 「—」 an empty cell)
    if (!m || (/\d$/.test(m[1]!) && /^\d/.test(m[2]!))) {
      figures ||= valueOfCell(c) !== null;
      return c;
    }
    joined++;
    const upper = m[1]!.trim();
    const lower = m[2]!.trim().replace(/^其中[:：]?/, '');
    const unit = m[3] ?? '';
    if (YEAR_LEVEL.test(upper)) return OWN_WHOLE.test(lower) ? upper : upper + lower;
    // (「学生规模-招生数（人）」: a lower level that names an indicator itself is the column's name; 「学校数-合计（所）」 is its group's)
    return (idsForLabel(lower + unit).length || idsForLabel(lower).length ? lower : columnName(upper, lower)) + unit;
  });
  if (joined < 2 || figures) return null;
  return out;
}
