/**
 * A spreadsheet's table pasted into a page whose text shows every cell on a line of its own, an empty cell as an empty
 * line (「表1 …」/「类别」/「指标」/「2020年」/「2021年」/「增长率」/「数量」/「占比」/…/「学校（所）」/「合计」/「22」/「」/「21」/…). The
 * empty lines are all that tells the columns apart, and a paragraph's blank lines lose them, so the table is read here,
 * from the raw lines under its caption, into a table block as a real <table> would give: spanned positions ''.
 *
 * Its width is the one that cuts the cells after the header into rows that each open on labels and go on in figures;
 * a header of more cells than that is two rows, the first with cells spanning the second's (years over 数量/占比, or a
 * measure over its years).
 */
import type { Block } from './types';
import { stripNoise } from '../text/normalize';

const CELL = /^[^。；！？\t]{0,30}$/;
// (「+1.7个百分点」: a change in a share's column of changes)
const FIGURE = /^(?:[-—–]|[-+↑↓]?[0-9０-９][0-9０-９,.．]*\s*(?:%|％|‰|:1|∶1|个百分点|百分点)?)$/;
const YEAR = /^(?:19|20)\d\d\s*(?:年度?|届|学年)?$/;
/** A row of cells set apart by spaces (「招生数（人） 1262 1318」), no cell of its own. */
const ROW_OF_CELLS = /\s{2,}|\S\s+[-+]?[0-9０-９]/;
/** A line that ends the table: a note under it, the next caption, or prose. */
const AFTER = /^\s*(?:注[:：]|资料来源|数据来源|(?:附\s*表|续\s*表|表|图)\s*[0-9一二三四五六七八九十]+)/;

/** The table whose cells start at raw[start], right under its caption, or null. */
export function readCellLines(raw: string[], start: number): { block: Block; end: number } | null {
  const cells: string[] = [];
  let i = start;
  let blanks = 0;
  while (i < raw.length) {
    const t = stripNoise(raw[i]!).trim();
    if (!t) {
      // (three empty cells in a row are rare; more is the paragraph after)
      if (++blanks > 3) break;
    } else {
      if (!CELL.test(t) || ROW_OF_CELLS.test(t) || AFTER.test(t) || raw[i]!.includes('\t')) break;
      blanks = 0;
    }
    cells.push(t);
    i++;
  }
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  const first = cells.findIndex((c) => FIGURE.test(c) && c !== '—' && c !== '-');
  // (a table with no empty cell is read a cell a line after the paragraphs are made: lineTables.ts)
  if (first < 2) return null;
  // (the width that reads the most cells as rows; a short line after the last row, 「（四）毕业去向」, is no cell of it)
  let best: { rows: string[][]; used: number; yearsUnder: boolean } | null = null;
  for (let labels = 1; labels <= 2; labels++) {
    const h = first - labels;
    if (h < 2 || cells.slice(0, h).some((c) => !c || FIGURE.test(c))) continue;
    for (let n = labels + 1; n <= 12; n++) {
      const rows: string[][] = [];
      let k = h;
      while (k < cells.length) {
        const row = cells.slice(k, k + n);
        while (row.length < n) row.push('');
        if (!fits(row, labels)) break;
        rows.push(row);
        k += n;
      }
      if (rows.length < 2 || (best && k <= best.used)) continue;
      const header = headerRows(cells.slice(0, h), n, labels, rows);
      // (a table under a header of one row is read a cell a line after the paragraphs are made, lineTables.ts: only the
      // one with a header of two rows, which that reader takes for a header and a row, is read here)
      if (header?.length === 2) best = { rows: simplified(header, rows, labels), used: k, yearsUnder: header[1]!.some((c) => YEAR.test(c)) };
    }
  }
  // (an empty cell among the rows is what a paragraph's blank lines would lose, and years under a measure what the
  // readers after the paragraphs take for a row; without either they read the table)
  if (!best || !(best.yearsUnder || cells.slice(first, best.used).includes(''))) return null;
  return { block: { kind: 'table', rows: best.rows }, end: start + Math.min(best.used, cells.length) };
}

/**
 * The table as the table reader reads one: a header of one row, one label column. Under a header of two rows, a year's
 * or a name's count keeps its column under the year or the name, and the shares beside the counts (占比), each a count
 * over its column's total, go; years under a measure (满意度（%）) head their columns. Two label columns, a category
 * over its parts printed once (「学校（所）」/「合计」, 「」/「公办」), are one: the category where its row is its whole
 * (合计), else the part, named with the category's unit where it names none of its own (「全日制在校生（人）」).
 */
function simplified(header: string[][], rows: string[][], labels: number): string[][] {
  const top = header[0]!;
  const under = header[1];
  const keep: number[] = [];
  const head: string[] = [];
  /** Each kept column's share beside it, where there is one. */
  const shareOf: (number | null)[] = [];
  let spanned = '';
  for (let c = labels; c < top.length; c++) {
    if (top[c]) spanned = top[c]!;
    const u = under?.[c] ?? '';
    if (!u) {
      keep.push(c);
      head.push(top[c]!);
      shareOf.push(null);
    } else if (YEAR.test(u)) {
      keep.push(c);
      head.push(u);
      shareOf.push(null);
    } else if (!SHARE_HEAD.test(u)) {
      keep.push(c);
      head.push(COUNT_HEAD.test(u) ? spanned : spanned + u);
      shareOf.push(c + 1 < top.length && !top[c + 1] && SHARE_HEAD.test(under?.[c + 1] ?? '') ? c + 1 : null);
    }
  }
  const label = (r: string[], category: string): string => {
    if (labels === 1) return r[0]!;
    const part = r[1]!;
    if (!part || WHOLE.test(part)) return category;
    const unit = /[（(][^（()）]{1,4}[)）]$/.exec(category)?.[0];
    return unit && !/[）)]$/.test(part) && !PART_WORD.test(part) ? part + unit : part;
  };
  const out: string[][] = [[labels === 1 ? top[0]! : top[labels - 1]!, ...head]];
  let category = '';
  for (const r of rows) {
    if (labels === 2 && r[0]) category = r[0];
    const name = label(r, category);
    out.push([name, ...keep.map((c) => r[c]!)]);
    // (「“双师型”教师（人）」 909 51.18% …: the share beside a count is the count's share, a row of its own: 「“双师型”教师占比」)
    const shares = shareOf.map((s) => (s === null ? '' : r[s]!));
    if (shares.some((c) => c)) out.push([`${name.replace(/^其中[:：]\s*/, '').replace(/[（(][^（()）]{1,4}[)）]$/, '')}占比`, ...shares]);
  }
  return out;
}
const COUNT_HEAD = /^(?:数量|人数|数|个数|所数|总数|合计)$/;
const WHOLE = /^(?:合计|小计|总计|总数|全部)$/;
const PART_WORD = /^(?:其中[:：]?)?(?:公办|民办|男|女|男生|女生)$/;

/** A data row: labels (or empty, under a merged label) then figures or empty cells, at least one figure. */
function fits(row: string[], labels: number): boolean {
  if (row.slice(0, labels).some((c) => c && (FIGURE.test(c) || UNIT.test(c))) || !row[labels - 1]) return false;
  const rest = row.slice(labels);
  return rest.every((c) => !c || FIGURE.test(c)) && rest.some((c) => c && FIGURE.test(c));
}

/** The header's cells as one row of width n, or as two rows where the first one's cells span the second's. */
function headerRows(head: string[], n: number, labels: number, rows: string[][]): string[][] | null {
  if (head.length === n) return [head];
  for (let second = 2; second <= head.length - labels - 1; second++) {
    const top = head.slice(0, head.length - second);
    const under = head.slice(head.length - second);
    // the cells that span as many as fill the width, each over as many of the second row's: years over measures
    // (数量/占比), measures over years, or names over their count and share
    const spanning = top.length + second - n;
    if (spanning < 1 || second % spanning || second / spanning < 2) continue;
    // (the second row is years under a measure, or measures under years or names: nothing else)
    if (!under.every((c) => YEAR.test(c)) && !under.every((c) => MEASURE.test(c))) continue;
    const width = second / spanning;
    for (let from = labels; from + spanning <= top.length; from++) {
      // (years span measures, and a measure or a name spans years: a year over years, a label's head or a unit note
      // spans nothing)
      const spans = top.slice(from, from + spanning);
      if (spans.some((c) => LABEL_HEAD.test(c) || (YEAR.test(c) && YEAR.test(under[0]!)))) continue;
      const row1: string[] = [];
      const row2: string[] = [];
      top.forEach((c, k) => {
        if (k >= from && k < from + spanning) {
          row1.push(c, ...Array<string>(width - 1).fill(''));
          row2.push(...under.slice((k - from) * width, (k - from + 1) * width));
        } else {
          row1.push(c);
          row2.push('');
        }
      });
      if (sharesLineUp(row2, rows)) return [row1, row2];
    }
  }
  return null;
}

/** Whether every column the second header row names a share (占比, 比例, %) holds shares, and no other column does. */
function sharesLineUp(under: string[], rows: string[][]): boolean {
  return under.every((u, col) => {
    const values = rows.map((r) => r[col]!).filter((c) => c && FIGURE.test(c) && c !== '—' && c !== '-');
    if (!values.length) return true;
    const shares = values.filter((c) => /[%％]$/.test(c)).length;
    return SHARE_HEAD.test(u) ? shares * 2 >= values.length : !u || YEAR.test(u) || shares * 2 < values.length || /[%％]/.test(u);
  });
}
const SHARE_HEAD = /占比|比例|比重|[%％]/;
const LABEL_HEAD = /^(?:项目|指标|指标名称|类别|调查对象|调查项目|对象|序号|单位|.{0,6}名称)$|^[（(]?单位\s*[:：]/;
const MEASURE = /^(?:数量|人数|数|个数|所数|总数|金额|占比|比例|比重|(?:占比|比例|比重)?[（(][%％][)）]|[%％])$/;
/** A unit alone, which no row's label is. */
const UNIT = /^[（(]?(?:人|个|所|门|项|本|元|万元|亿元|%|％|人次|课时|学时)[)）]?$/;
