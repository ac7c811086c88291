/**
 * A text layer prints no empty cells. A header cell that spanned columns in the document (学校数 over 公办 | 民办 | 合计,
 * 满意度 over 2023年 | 2024年, 在校生 over 总体 | 课堂育人 | …) comes as a line with fewer cells than the rows under it, and the line below names the
 * spanned columns without saying which cell they stand under. Where the rows tell it, the empty cells are put back,
 * so the header reads as a word processor's table gives it and the table reader aligns it as it does those.
 * Where they do not, the lines stay as they came: the reader then reads no column rather than the wrong one.
 */
import { flatCell, SPANNED_PART, SPANNED_WHOLE, SURVEY_OVERALL, valueOfCell, WIDER_REGION_CELL, yearOfHeaderCell } from './cells';
import { Row, rewriteRuns, type Item } from './item';

/** A column that never spans others: the unit's. */
const UNIT_HEAD = /^(?:计量)?单位$/;
const HAS_YEAR = /20\d\d|２０/;
const PUBLIC_OR_PRIVATE = /^(?:公办|民办)$/;
/** What a line of years (2024年, ２０２４, 二〇二四年), of parts (SPANNED_PART) or of a survey's items (总体 …) has somewhere in it. */
const MAY_NAME_SPANNED = /20\d\d|２０|[〇零]|合计|小计|总计|总数|其中|公办|民办|总体|整体|综合/;

export function restoreDroppedSpans(items: Item[]): Item[] {
  return withHeaderPairs(items, spansAt);
}

/** The items with each header line and the line under it that `at` rewrites (their cells only) replaced, the rest as they are. */
function withHeaderPairs(items: Item[], at: (items: Item[], i: number) => { top: string[]; sub: string[] } | null): Item[] {
  return rewriteRuns(items, (all, i) => {
    const cells = at(all, i);
    if (!cells) return null;
    const [top, sub] = [all[i] as Row, all[i + 1] as Row];
    return { items: [new Row(top.quote, cells.top, top.fromTable, top.page, top.order, top.block), new Row(sub.quote, cells.sub, sub.fromTable, sub.page, sub.order, sub.block)], span: 2 };
  });
}

/** The header at i and its second line with their empty cells back, or null. */
function spansAt(items: Item[], i: number): { top: string[]; sub: string[] } | null {
  const [a, b, c] = [items[i], items[i + 1], items[i + 2]];
  if (a?.kind !== 'row' || b?.kind !== 'row' || c?.kind !== 'row' || a.fromTable || b.fromTable || c.fromTable || a.oneCell || b.oneCell || c.oneCell) return null;
  // (most lines are never split into cells: a second line naming neither years nor parts is told from its text)
  if (!MAY_NAME_SPANNED.test(b.quote)) return null;
  const top = a.cells;
  const sub = b.cells;
  const width = c.cells.length;
  // (a header over a label column and a second line naming at least two columns, the rows under them wider than both)
  if (top.length < 2 || sub.length < 2 || width <= top.length || width <= sub.length || top.some((x) => !x) || sub.some((x) => !x)) return null;
  const pieces = sub.map(flatCell);
  if (pieces.every((p) => yearOfHeaderCell(p) !== null)) return yearsUnder(top.map(flatCell), pieces, width);
  if (pieces.every((p) => SPANNED_PART.test(p))) return partsUnder(top.map(flatCell), pieces, width, body(items, i + 2, width));
  if (SURVEY_OVERALL.test(pieces[0]!)) return groupsUnder(top.map(flatCell), pieces, width);
  return null;
}

/**
 * 「年份 在校生 毕业生 教职工 用人单位 家长」 over 「总体 课堂育人 … 总体 应届毕业生 毕业三年内毕业生」: each group asked about
 * several things opens its run with its overall figure (总体), the groups first in the header's order; the groups after them
 * were asked nothing more. Put back only where the rows are as wide as that makes the header.
 */
function groupsUnder(top: string[], pieces: string[], width: number): { top: string[]; sub: string[] } | null {
  const runs: number[] = [];
  pieces.forEach((p) => (SURVEY_OVERALL.test(p) ? runs.push(1) : runs[runs.length - 1]!++));
  const groups = top.length - 1;
  if (runs.length > groups || 1 + pieces.length + (groups - runs.length) !== width || runs.some((n) => n < 2)) return null;
  const t = [top[0]!];
  const s = [''];
  let p = 0;
  top.slice(1).forEach((group, g) => {
    const n = runs[g] ?? 1;
    for (let j = 0; j < n; j++) {
      t.push(j === 0 ? group : '');
      s.push(g < runs.length ? pieces[p++]! : '');
    }
  });
  return { top: t, sub: s };
}

/** The rows under a header, as long as they are as wide as the first. */
function body(items: Item[], from: number, width: number): string[][] {
  const rows: string[][] = [];
  for (let k = from; k < items.length; k++) {
    const r = items[k]!;
    if (r.kind !== 'row' || r.fromTable || r.cells.length !== width) break;
    rows.push(r.cells);
  }
  return rows;
}

/**
 * 「调查对象 满意度 2024年样本量」 over 「2023年 2024年」: the years stand under the header's cells that name no year of their
 * own (the measures), each over the same years; a cell with its year (2024年样本量) or a unit's column spans nothing.
 */
function yearsUnder(top: string[], years: string[], width: number): { top: string[]; sub: string[] } | null {
  const spanning = top.map((t, k) => k > 0 && !HAS_YEAR.test(t) && !UNIT_HEAD.test(t));
  const n = spanning.filter(Boolean).length;
  if (n === 0 || years.length % n !== 0) return null;
  const each = years.length / n;
  if (each < 2 || width !== top.length - n + years.length) return null;
  // (each measure over the same years, in the same order)
  const group = years.slice(0, each).join('|');
  for (let g = 1; g < n; g++) if (years.slice(g * each, g * each + each).join('|') !== group) return null;
  return spread(top, spanning, years, each);
}

/**
 * 「年份 学校数 招生数 在校生数」 over 「公办 民办 合计」: the parts stand under one of the header's cells, the one under which
 * every row's 公办 and 民办 add up to its 合计. Where no row can tell, or more than one cell would do, nothing is put back.
 */
function partsUnder(top: string[], parts: string[], width: number, rows: string[][]): { top: string[]; sub: string[] } | null {
  if (width !== top.length - 1 + parts.length || !rows.length) return null;
  const whole = parts.findIndex((p) => SPANNED_WHOLE.test(p));
  const sides = parts.filter((p) => PUBLIC_OR_PRIVATE.test(p));
  if (whole < 0 || parts.length !== 3 || sides.length !== 2 || sides[0] === sides[1]) return null;
  let at = -1;
  for (let k = 1; k < top.length; k++) {
    if (HAS_YEAR.test(top[k]!) || UNIT_HEAD.test(top[k]!)) continue;
    // (the row's cells under the parts, if the parts stood under cell k: every row must add up)
    const adds = rows.every((r) => {
      const v = parts.map((_, j) => valueOfCell(r[k + j]!)?.value ?? null);
      if (v.some((x) => x === null)) return false;
      const sum = v.reduce<number>((s, x, j) => (j === whole ? s : s + x!), 0);
      return Math.abs(sum - v[whole]!) < 1e-9;
    });
    if (!adds) continue;
    if (at >= 0) return null;
    at = k;
  }
  if (at < 0) return null;
  return spread(top, top.map((_, k) => k === at), parts, parts.length);
}

/** The header with an empty cell after each spanning one for every piece it spans past the first, and the pieces under them. */
function spread(top: string[], spanning: boolean[], pieces: string[], each: number): { top: string[]; sub: string[] } {
  const t: string[] = [];
  const s: string[] = [];
  let p = 0;
  top.forEach((cell, k) => {
    t.push(cell);
    if (!spanning[k]) {
      s.push('');
      return;
    }
    s.push(pieces[p++]!);
    for (let j = 1; j < each; j++) {
      t.push('');
      s.push(pieces[p++]!);
    }
  });
  return { top: t, sub: s };
}

/**
 * 「类别 | 指标 | 单位 | 2023年 | 2023年 | 2024年 | 2024年」 over 「类别 | 指标 | 单位 | 全市 | 全省 | 全市 | 全省」: a merged cell's text
 * printed again in every column and row it spans. The header is read as a word processor's table gives it, each year once with
 * empty cells after it and the label columns' words once, so the line under it tells the region's column from the wider
 * region's as it does there.
 */
export function unrepeatSpannedYears(items: Item[]): Item[] {
  return withHeaderPairs(items, repeatedYearsAt);
}

const AVERAGE_COL = /平均|均值|中位/;
const YEAR_TWICE = /(20\d\d\s*(?:年度|学年|年|届)?)\s*[\t|｜]?\s*\1/;
function repeatedYearsAt(items: Item[], i: number): { top: string[]; sub: string[] } | null {
  const a = items[i];
  const b = items[i + 1];
  // (a line's cells are split only where it prints a year twice running: asking for them earlier settles how the line is read)
  if (a?.kind !== 'row' || b?.kind !== 'row' || a.fromTable !== b.fromTable || !YEAR_TWICE.test(a.quote)) return null;
  const top = a.cells;
  const sub = b.cells;
  if (top.length !== sub.length || top.length < 4) return null;
  // each of at least two years printed over two or more columns side by side
  const runs = new Map<string, number>();
  for (let k = 0; k < top.length; k++) {
    const c = flatCell(top[k]!);
    if (!c || yearOfHeaderCell(c) === null) continue;
    if (k > 0 && flatCell(top[k - 1]!) === c) runs.set(c, (runs.get(c) ?? 1) + 1);
    else if (runs.has(c)) return null;
    else runs.set(c, 1);
  }
  if (runs.size < 2 || [...runs.values()].some((n) => n < 2)) return null;
  // under each year's columns, words naming them (no figure, no year), one of them a wider region's or an average's; elsewhere
  // the same cell or none (「人数 | 占比」 under each year stay as they came: which is the row's measure is not told)
  const compared = new Set<string>();
  for (let k = 0; k < top.length; k++) {
    const c = flatCell(top[k]!);
    const under = flatCell(sub[k]!);
    if (runs.has(c)) {
      if (!under || under.length > 10 || /[0-9０-９]/.test(under)) return null;
      if (WIDER_REGION_CELL.test(under) || AVERAGE_COL.test(under)) compared.add(c);
    } else if (under && under !== c) return null;
  }
  if (compared.size !== runs.size) return null;
  // (the label columns' words printed again on the second line are no second header)
  return {
    top: top.map((c, k) => (k > 0 && runs.has(flatCell(c)) && flatCell(top[k - 1]!) === flatCell(c) ? '' : c)),
    sub: sub.map((c, k) => (runs.has(flatCell(top[k]!)) ? c : '')),
  };
}
