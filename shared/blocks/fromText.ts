/**
 * Plain text and markdown-ish text -> blocks. Tables arrive three ways in exported reports and all become
 * table blocks (rows of cells, empty cells kept):
 * - tab-separated rows (markdown-ish exports, copies from a spreadsheet);
 * - markdown pipe tables (| a | b |);
 * - Word's flattened tables: one cell per tab-indented line, rows separated by blank lines.
 * Everything else goes through the shared line rules (lines.ts): page numbers and running headers dropped,
 * prose cut by the page width re-joined, rows printed with spaces kept one line each.
 */
import type { Block } from './types';
import { cleanSource, joinBroken, SERIAL_CELL, stripNoise, UNIT_ALONE, unspaceLetters } from '../text/normalize';
import { readCellLines } from './cellLines';
import { unweaveColumns } from './columns';
import { unitsToBlocks, type Unit } from './lines';

/** Above this the text is cut: no report is that long, and every pass below stays linear anyway. */
const MAX_CHARS = 20_000_000;

/** Word cell line: one leading tab (a space before it starts a new row in some exports), no other tab. */
const CELL_LINE = /^ ?\t[^\t]*$/;
const MD_HEADING = /^(#{1,6})\s+(.*)$/;
/** A horizontal rule: a line of one dash or bar drawn across (a text layer's table rules print as ———— or ────). */
const RULE = /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,}|—{3,}|─{3,}|－{3,}|＝{3,}|＿{3,})\s*$/;
const SENTENCE = /[。；！？]/;
/** A ruled table's border or rule between rows, drawn in box-drawing characters with its junctions (┌─┬─┐, ├─┼─┤). */
const BOX_RULE = /^\s*[┌├└╔╠╚┏┣┗╭╰]?[─━═┬┼┴╦╬╩┳╋┻]*[┬┼┴╦╬╩┳╋┻][─━═┬┼┴╦╬╩┳╋┻]*[┐┤┘╗╣╝┓┫┛╮╯]?\s*$|^\s*[┌├└╔╠╚┏┣┗][─━═]+[┐┤┘╗╣╝┓┫┛]\s*$/;
const CAPTION = /^\s*(?:附\s*表|续\s*表|表|图)\s*[0-9一二三四五六七八九十]+/;

const cellText = (s: string) => stripNoise(s).replace(/\s+/g, ' ').trim();
/** A blank line; a lone tab is not blank in a Word table, it is an empty cell. */
const isBlank = (s: string) => !s.trim() && !CELL_LINE.test(s);
const filled = (r: string[]) => r.filter((c) => c !== '').length;
/** Prose set in a table (a case box, a text frame): one long sentence-bearing cell. */
const proseCell = (c: string) => c.length > 40 && /[。；]/.test(c);

export function blocksFromText(input: string): Block[] {
  return buildFromText(input).blocks;
}

/** 「> 案例：…」: a Markdown quote's mark, which an online document tool exports its boxes with, is no part of the text. */
const QUOTE_MARK = /^ {0,3}>(?: |$)/;
const unquoted = (l: string) => (l.charCodeAt(0) === 62 || l.charCodeAt(0) === 32 ? l.replace(QUOTE_MARK, '') : l);

/** Blocks with, for each block, the 0-based line it starts on. */
export function buildFromText(input: string): { blocks: Block[]; lines: number[] } {
  if (typeof input !== 'string' || !input) return { blocks: [], lines: [] };
  const text = cleanSource(input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input);
  // (a two-column page's lines, the columns side by side, put back in reading order: columns.ts)
  const woven = unweaveColumns(text.split('\n'));
  const raw = indentBareCells(woven.lines.map((l) => leaderToColon(unquoted(l))));
  const lineOf = (i: number) => woven.refs?.[i] ?? i;
  const units: Unit<number>[] = [];
  let i = 0;
  while (i < raw.length) {
    const line = raw[i]!;
    if (CELL_LINE.test(line) && startsWordTable(raw, i)) {
      const t = readWordTable(raw, i);
      for (const b of t.blocks) pushTable(units, b, lineOf(i));
      i = t.end;
      continue;
    }
    const clean = stripNoise(line);
    // (「表1 …」 over its cells a line each, an empty cell an empty line: cellLines.ts)
    const cellTable = CAPTION.test(clean) ? readCellLines(raw, i + 1) : null;
    if (cellTable) {
      units.push({ kind: 'line', text: clean.trim(), ref: lineOf(i) });
      pushTable(units, cellTable.block, lineOf(i + 1));
      i = cellTable.end;
      continue;
    }
    if (isTabRow(clean)) {
      const t = readTabTable(raw, i);
      pushTable(units, t.block, lineOf(i));
      i = t.end;
      continue;
    }
    const fields = csvFields(clean);
    if (fields && fields.length === csvFields(stripNoise(raw[i + 1] ?? ''))?.length) {
      const t = readCsvTable(raw, i, fields.length);
      for (const b of t.blocks) units.push({ kind: 'block', block: b, ref: lineOf(i) });
      i = t.end;
      continue;
    }
    if (barePipes(clean) >= 2 && barePipes(stripNoise(raw[i + 1] ?? ''), true) === barePipes(clean)) {
      const width = barePipes(clean);
      // (「班主任人数 | 78 | 人 | 」 under 「项目名称 | 数量 | 单位 | 备注」: a row of the table whose last cell is empty)
      const t = readPipeTable(raw, i, (l) => barePipes(l, true) === width, false);
      units.push({ kind: 'block', block: t.block, ref: lineOf(i) });
      i = t.end;
      continue;
    }
    if (isPipeRow(clean) && i + 1 < raw.length && isPipeRow(stripNoise(raw[i + 1]!))) {
      const t = readPipeTable(raw, i, isPipeRow, true);
      units.push({ kind: 'block', block: t.block, ref: lineOf(i) });
      i = t.end;
      continue;
    }
    // (「├────┼────┤」: a ruled table's line between its rows, drawn by a converter, holds the rows together)
    if (BOX_RULE.test(clean)) {
      i++;
      continue;
    }
    if (RULE.test(clean)) {
      units.push({ kind: 'blank' });
      i++;
      continue;
    }
    const h = MD_HEADING.exec(clean.trim());
    if (h) {
      const t = h[2]!.replace(/\*\*|__/g, '').trim();
      if (t) units.push({ kind: 'block', block: { kind: 'heading', level: h[1]!.length, text: t }, ref: lineOf(i) });
      i++;
      continue;
    }
    units.push({ kind: 'line', text: unspaceLetters(clean.replace(/\*\*/g, '')), ref: lineOf(i) });
    i++;
  }
  const built = unitsToBlocks(units);
  return { blocks: built.blocks, lines: built.refs.map((r) => r ?? 0) };
}

/**
 * 「全日制在校生人数………………2487人」「学校数（所）……………3」: a name and its figure joined by dotted leaders, as a card's
 * 「名称：数值」 (a contents line's page number, a bare figure after a name with no unit, stays as it is).
 */
const LEADER = /^(\s*[^…．.·。，；]{2,30}?)\s*(?:…{2,}|\.{4,}|·{4,}|．{4,}|-{4,})\s*((?:约|近)?(?:[0-9０-９][0-9０-９,.．]*\s*(?:%|％|:\s*1|∶1|Mbps|[\u4e00-\u9fa5]{1,3})?|[〇零一二两三四五六七八九十百千万点]+[\u4e00-\u9fa5]{1,3}|无)(?:\s*[（(][^（()）]{1,20}[)）])?)\s*$/;
function leaderToColon(line: string): string {
  if (!line.includes('…') && !line.includes('....') && !line.includes('····') && !line.includes('．．．．') && !line.includes('----')) return line;
  const m = LEADER.exec(line);
  if (!m) return line;
  const [, name, value] = m;
  // (a bare figure names its unit in the name: 「学校数（所）」; otherwise it is a contents line's page)
  if (/^\s*[0-9０-９]+\s*$/.test(value!) && !/[（(][^（()）]{1,4}[)）]\s*$/.test(name!)) return line;
  return `${name!.trimEnd()}：${value}`;
}
/** A cell of a table pasted without its tabs: short, no sentence in it. */
const BARE_CELL = /^[^\t。；！？]{1,40}$/;
/** What a header row of such a table names: its years or its label column. */
// (a survey's table: 「调查内容 / 有效样本（份） / 满意度」)
const BARE_HEADER = /^(?:20\d\d\s*(?:年度?|届|学年)?|20\d\d\s*[-—–]\s*20\d\d\s*学年|序号|项目|指标|指标名称|调查项目|调查对象|调查内容|评价内容|评价对象|单位|类别|市州|地区|满意度(?:[（(][%％][)）])?|有效样本(?:[（(][^（()）]{1,4}[)）])?)$/;
const BARE_FIGURE = /^[-—–]$|^[-+]?[0-9０-９][0-9０-９,.．]*\s*(?:%|％|:1|∶1)?$/;
const YEAR_CELL = /^20\d\d\s*(?:年度?|届|学年)?$/;

/**
 * A row of a table under 「序号 | 指标 | 单位 | 2023年 | 2024年 | …」 that Word printed without the cells merged with the
 * rows above it, as its full row, or null: a sub-row with no serial (「其中：毕业生升学人数」/「人」/「8315」/「8972」), a
 * unit's row under its label's (「学时」/「412380」/「436940」), or a sub-row also without the columns after the years
 * (调查人次, 调查方式) that span the whole group.
 */
function paddedRow(header: string[], g: string[]): string[] | null {
  if (header[0] !== '序号' || g.length >= header.length || !g[0] || SERIAL_CELL.test(g[0])) return null;
  const unitAt = header.indexOf('单位');
  const lastYear = header.reduce((last, c, i) => (YEAR_CELL.test(c) ? i : last), -1);
  if (lastYear < 0) return null;
  if (unitAt === 2 && UNIT_ALONE.test(g[0]!) && g.length === header.length - 2) return ['', '', ...g];
  if (g.length === header.length - 1) return ['', ...g];
  if (g.length === lastYear) return ['', ...g, ...header.slice(lastYear + 1).map(() => '')];
  return null;
}

/**
 * Word's flattened table pasted with its cells' tabs lost: groups of short lines separated by blank lines, all of
 * one size, the first a header (years, 项目…), the others rows with figures. Their lines get the tab back, so the
 * Word table reader reads them; other text passes through as it is.
 */
function indentBareCells(raw: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    // a header group starts after a blank line or a caption, never inside a paragraph
    if (!raw[i]!.trim() || CELL_LINE.test(raw[i]!) || !BARE_CELL.test(raw[i]!.trim()) || (i > 0 && raw[i - 1]!.trim() && !CAPTION.test(stripNoise(raw[i - 1]!)))) continue;
    const groups: [number, number][] = [];
    let j = i;
    // (「」/「」/「其中：升学人数」/「人」…: a row whose first cells are empty prints each as one more blank line)
    let empty = 0;
    while (j < raw.length && raw[j]!.trim() && BARE_CELL.test(raw[j]!.trim()) && !raw[j]!.includes('\t')) {
      const from = j - empty;
      while (j < raw.length && raw[j]!.trim() && BARE_CELL.test(raw[j]!.trim()) && !raw[j]!.includes('\t')) j++;
      groups.push([from, j]);
      let blanks = 0;
      while (j + blanks < raw.length && !raw[j + blanks]!.trim()) blanks++;
      if (j + blanks >= raw.length || blanks === 0 || (blanks > 1 && (groups.length < 2 || blanks > groups[0]![1] - groups[0]![0] - 2))) break;
      empty = blanks - 1;
      j += blanks;
    }
    const size = groups[0] ? groups[0][1] - groups[0][0] : 0;
    if (size < 2 || size > 10) continue;
    const header = raw.slice(groups[0]![0], groups[0]![1]).map((l) => stripNoise(l).trim());
    if (!header.some((c) => BARE_HEADER.test(c)) || header.some((c) => BARE_FIGURE.test(c))) continue;
    let rows = 0;
    for (const g of groups.slice(1)) {
      const [a, b] = g;
      // (「…」/「19.60」/「表2 满意度调查表」: the next table's caption right under the last row, no blank line between)
      if (b - a > size && CAPTION.test(stripNoise(raw[a + size]!))) g[1] = a + size;
      const cells = raw.slice(a, g[1]).map((l) => stripNoise(l).trim());
      if ((g[1] - a !== size && !paddedRow(header, cells)) || !cells.slice(1).some((l) => BARE_FIGURE.test(l))) break;
      rows++;
      if (g[1] !== b) break;
    }
    if (rows < 2) continue;
    out ??= raw.slice();
    for (const [a, b] of groups.slice(0, rows + 1)) for (let k = a; k < b; k++) out[k] = '\t' + raw[k]!.trim();
    i = groups[rows]![1];
  }
  return out ?? raw;
}

function isTabRow(line: string): boolean {
  // a tab after some text, or several tabs: a row of cells (a Word cell line has one leading tab only)
  return line.includes('\t') && !CELL_LINE.test(line) && line.trim() !== '';
}

/**
 * A table only when it is one: a column of single cells (an indented caption, an image placeholder, a case
 * title followed by a stray tab) or rows of prose in cells are lines of text.
 */
function pushTable(units: Unit<number>[], b: Block, ref: number): void {
  if (b.kind !== 'table') return;
  const rows = b.rows;
  const single = rows.every((r) => filled(r) <= 1);
  const prose = rows.filter((r) => r.some(proseCell)).length * 2 >= rows.length;
  if (!single && !prose) {
    units.push({ kind: 'block', block: b, ref });
    return;
  }
  for (const r of rows) for (const c of r) if (c) units.push({ kind: 'line', text: c, ref });
}

function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.startsWith('|') && t.length > 2 && t.indexOf('|', 1) > 0;
}

function readTabTable(raw: string[], start: number): { block: Block; end: number } {
  const rows: string[][] = [];
  let i = start;
  let header: string | null = null;
  while (i < raw.length) {
    const line = stripNoise(raw[i]!);
    const whole = rows.length ? rejoinedRow(rows, line, raw[i + 1]) : null;
    if (whole) {
      rows.push(whole);
      i += 2;
      continue;
    }
    if (isTabRow(line)) {
      const cells = tabCells(line);
      // (「表2　办学规模⇥⇥⇥⇥」: a spreadsheet's next sheet, its title in a row of its own, opens the next table)
      if (rows.length && isCaptionRow(cells)) break;
      const key = cells.join('\t');
      // a table continued on the next page repeats its header: keep the header once
      if (header === null) header = key;
      else if (key === header && rows.length) {
        i++;
        continue;
      }
      rows.push(cells);
      i++;
      continue;
    }
    // a page break inside a table: a few blank lines, then the rows go on
    if (isBlank(line)) {
      let j = i;
      while (j < raw.length && j - i < 4 && isBlank(raw[j]!)) j++;
      if (j < raw.length && j - i < 4 && isTabRow(stripNoise(raw[j]!)) && sameTable(rows, stripNoise(raw[j]!), header)) {
        i = j;
        continue;
      }
    }
    break;
  }
  // (a sheet's title in its first row is the table's caption, which a page break does not repeat as it repeats a header)
  if (rows.length > 2 && isCaptionRow(rows[0]!)) return { block: { kind: 'table', rows: rows.slice(1), caption: rows[0]!.find(Boolean)! }, end: i };
  return { block: { kind: 'table', rows }, end: i };
}

/**
 * 「学校数」/「（所）⇥32⇥31」, 「12⇥非学历培训」/「学时⇥学时⇥204,380⇥226,150」: a row copied from a web page whose cell held a line
 * break comes as two lines, cut at the break, neither as wide as the table. Together they are one row as wide as it, where
 * the cut falls between two pieces of a label (words on either side, no serial or code after it) and figures follow.
 */
function rejoinedRow(rows: string[][], line: string, nextRaw: string | undefined): string[] | null {
  if (nextRaw === undefined || !line.trim() || SENTENCE.test(line) || CAPTION.test(line)) return null;
  const next = stripNoise(nextRaw);
  if (!isTabRow(next)) return null;
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const a = tabCells(line);
  const b = tabCells(next);
  const start = b[0]!;
  // (「（所）⇥32⇥31」 under 「学校数」: a label's bracketed unit alone names no row, though the line is as wide as the table)
  const unitOnly = a.length === 1 && BRACKETED_UNIT.test(start);
  if (width < 3 || a.length >= width || (b.length >= width && !unitOnly) || a.length + b.length - 1 !== width) return null;
  const end = a[a.length - 1]!;
  if (!CJK_CHAR.test(end) || end.length > 20 || /^(?:注|说明|数据来源|资料来源)/.test(end) || !CJK_CHAR.test(start) || /^(?:其中|合计|小计|总计)/.test(start) || !b.slice(1).some((c) => SPACED_FIGURE.test(c))) return null;
  return [...a.slice(0, -1), joinBroken(end, start), ...b.slice(1)];
}
const CJK_CHAR = /[\u4e00-\u9fa5]/;
const BRACKETED_UNIT = /^[（(][^（()）0-9]{1,4}[)）]$/;
/** A figure cell, its thousands set off by commas or spaces (27 380). */
const SPACED_FIGURE = /^[-+]?[0-9０-９][0-9０-９,.．]*(?: [0-9]{3})*(?:[.．][0-9]+)?\s*(?:%|％|:1|∶1)?$/;

/** A tab-separated line's cells, each with its runs of spaces squeezed (the trailing empty cells dropped). */
const tabCells = (line: string): string[] => line.replace(/\s+$/, '').split('\t').map((c) => c.replace(/\s+/g, ' ').trim());

/** A row whose only filled cell is a table's caption (「表2　办学规模」). */
const isCaptionRow = (cells: string[]): boolean => cells.filter(Boolean).length === 1 && CAPTION.test(cells.find(Boolean)!);
/** The rows after a break continue the table when they repeat its header or keep its width. */
function sameTable(rows: string[][], next: string, header: string | null): boolean {
  const cells = tabCells(next);
  if (isCaptionRow(cells)) return false;
  if (header !== null && cells.join('\t') === header) return true;
  const width = rows[0]?.length ?? 0;
  // a new table starts with its own header row; a continuation starts with data
  return cells.length === width && !/^(序号|指标|项目)$/.test(cells[0] ?? '') && !/^(序号|指标|项目)$/.test(cells[1] ?? '');
}

/**
 * Rows while isRow says so, cells set apart by pipes: a markdown table's (outer pipes dropped, its --- row skipped), or
 * bare pipes' (a leading empty cell kept: a category printed once).
 */
function readPipeTable(raw: string[], start: number, isRow: (line: string) => boolean, outer: boolean): { block: Block; end: number } {
  const rows: string[][] = [];
  let i = start;
  for (; i < raw.length; i++) {
    const line = stripNoise(raw[i]!);
    if (!isRow(line)) break;
    const t = outer ? line.trim().replace(/^\|/, '').replace(/\|$/, '') : line;
    // (「毕业去向落实人数\*」: a converter's backslash keeps a markdown mark as printed text)
    const cells = t.split('|').map((c) => c.replace(/\*\*/g, '').replace(/\\([*_#~`[\]])/g, '$1').replace(/\s+/g, ' ').trim());
    if (!cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) rows.push(cells);
  }
  return { block: { kind: 'table', rows }, end: i };
}

/**
 * A sheet saved as CSV and pasted (「全日制在校生,人,"94,217","98,436"」): the line's fields, or null when it is no
 * such row. Prose never is: it sets its clauses apart with full-width commas, and a CSV row has three fields or more,
 * none of them words or figures set apart by spaces.
 */
function csvFields(line: string): string[] | null {
  // (「全日制在校生;人;418760;436215」: some exporters set fields apart with semicolons)
  const sep = line.includes(',') ? ',' : line.includes(';') ? ';' : '';
  if (!sep || line.includes('\t') || /[，。；]/.test(line)) return null;
  const out: string[] = [];
  let i = 0;
  const t = line.trim();
  while (i <= t.length) {
    if (t[i] === '"') {
      // (「"""双师型""教师比例"」: a quote inside a quoted field is written twice)
      let close = t.indexOf('"', i + 1);
      while (close >= 0 && t[close + 1] === '"') close = t.indexOf('"', close + 2);
      if (close < 0 || (close + 1 < t.length && t[close + 1] !== sep)) return null;
      out.push(t.slice(i + 1, close).replaceAll('""', '"'));
      i = close + 2;
    } else {
      const next = t.indexOf(sep, i);
      const end = next < 0 ? t.length : next;
      const f = t.slice(i, end);
      // (「地直 4 12,420 4,580」: a row printed with spaces, its figures' thousands set off by commas)
      // (「在校生：41,236人（上年：39,870人）」: a sentence's figures with thousands set off; a field a figure opens is
      // that figure, or a year)
      // (「2022—2023学年」「2023—2024学年（人）」「17.7:1」: a school year as a column's name, a ratio as a figure)
      if (f.includes('"') || /\S\s+\S/.test(f.trim()) || (/^\s*[-+]?[0-9]/.test(f) && !/^\s*(?:[-+]?[0-9]+(?:\.[0-9]+)?\s*(?:%|[:：∶]\s*1)?|20[0-9]{2}\s*(?:[-—–~至]\s*20[0-9]{2}\s*)?(?:年度?|届|学年)?(?:[（(][^（()）]{1,6}[)）])?)\s*$/.test(f))) return null;
      out.push(f.trim());
      i = end + 1;
    }
  }
  return out.length >= 3 ? out : null;
}

/**
 * Rows of as many fields each; a row of empty fields ends one table, and a row whose first field alone is filled
 * (「附表1 办学规模,,,,」) is the next one's caption. A field that names no value (#N/A) is an empty cell.
 */
function readCsvTable(raw: string[], start: number, width: number): { blocks: Block[]; end: number } {
  const blocks: Block[] = [];
  let rows: string[][] = [];
  let caption: string | undefined;
  const flush = () => {
    if (rows.length >= 2) blocks.push(caption ? { kind: 'table', rows, caption } : { kind: 'table', rows });
    else for (const r of rows) blocks.push({ kind: 'line', text: r.filter(Boolean).join(' ') });
    rows = [];
    caption = undefined;
  };
  let i = start;
  for (; i < raw.length; i++) {
    const f = csvFields(stripNoise(raw[i]!));
    if (!f || f.length !== width) break;
    const cells = f.map((c) => (/^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?)$/.test(c) ? '' : c.replace(/\s+/g, ' ')));
    if (!cells.some(Boolean)) {
      flush();
      continue;
    }
    if (cells[0] && cells.slice(1).every((c) => !c)) {
      flush();
      caption = cells[0];
      blocks.push({ kind: 'line', text: cells[0] });
      continue;
    }
    rows.push(cells);
  }
  flush();
  return { blocks, end: i };
}

/**
 * Cells set apart by pipes with no pipe at either end (「类别 | 指标 | 2023年 | 2024年」, a scan's or a plain-text
 * export's table): how many pipes the line holds, or 0 when it is no such row. A row whose first cell is empty
 * (a category printed once) starts with spaces, then a pipe.
 */
function barePipes(line: string, lastMayBeEmpty = false): number {
  if (!line.includes('|') || line.startsWith('|') || (!lastMayBeEmpty && line.trimEnd().endsWith('|'))) return 0;
  let n = 0;
  for (let at = line.indexOf('|'); at >= 0; at = line.indexOf('|', at + 1)) n++;
  return n >= 2 && (lastMayBeEmpty || /\S/.test(line.slice(line.lastIndexOf('|') + 1))) ? n : 0;
}


/** A lone tab-indented line is indented prose; a table has several cell lines close together. */
function startsWordTable(raw: string[], i: number): boolean {
  let cells = 0;
  for (let j = i; j < raw.length && j < i + 12; j++) if (CELL_LINE.test(raw[j]!)) cells++;
  return cells >= 3;
}

const HEADER_START = /^(?:序号|序)$/;
const HEADER_NEXT = /^(?:指标|指标名称|项目|名称|单位|类别)$/;

/**
 * Word's flattened table: rows are groups of cell lines separated by blank lines. A short line without a tab
 * right after a cell continues that cell (a line break inside the cell: 「2022—2023」「学年」).
 */
function readWordTable(raw: string[], start: number): { blocks: Block[]; end: number } {
  const groups: string[][] = [];
  let cur: string[] = [];
  let i = start;
  let lastWasCell = false;
  const endRow = () => {
    if (cur.length) groups.push(cur);
    cur = [];
  };
  while (i < raw.length) {
    const line = raw[i]!;
    if (CELL_LINE.test(line)) {
      if (/^ \t/.test(line) && cur.length) endRow();
      cur.push(cellText(line));
      lastWasCell = true;
      i++;
      continue;
    }
    if (isBlank(line)) {
      endRow();
      // blank lines between rows; the table goes on if a cell line follows soon
      let j = i;
      while (j < raw.length && isBlank(raw[j]!)) j++;
      if (j < raw.length && j - i <= 3 && CELL_LINE.test(raw[j]!)) {
        i = j;
        lastWasCell = false;
        continue;
      }
      break;
    }
    const t = cellText(line);
    if (lastWasCell && cur.length && t.length <= 20 && !SENTENCE.test(t) && !CAPTION.test(t) && !line.includes('\t')) {
      cur[cur.length - 1] = cur[cur.length - 1]! + t;
      i++;
      continue;
    }
    break;
  }
  endRow();

  // a row split by a stray blank line right after its 序号 (「2」 then blank): rejoin it
  const merged: string[][] = [];
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const next = groups[k + 1];
    if (g.length === 1 && /^\d{1,2}$/.test(g[0]!) && next && next.length >= 2 && next[0] !== '' && !/^\d{1,2}$/.test(next[0]!)) {
      merged.push([g[0]!, ...next]);
      k++;
      continue;
    }
    merged.push(g);
  }

  for (let k = 1; k < merged.length; k++) merged[k] = paddedRow(merged[0]!, merged[k]!) ?? merged[k]!;
  // a header row glued to the row before it (no blank between two tables) starts a new table
  const tables: string[][][] = [[]];
  for (const g of merged) {
    const h = g.findIndex((c, idx) => idx > 0 && HEADER_START.test(c) && HEADER_NEXT.test(g[idx + 1] ?? ''));
    if (h > 0) {
      tables[tables.length - 1]!.push(g.slice(0, h));
      tables.push([g.slice(h)]);
      continue;
    }
    if (HEADER_START.test(g[0] ?? '') && HEADER_NEXT.test(g[1] ?? '') && tables[tables.length - 1]!.length) {
      tables.push([g]);
      continue;
    }
    tables[tables.length - 1]!.push(g);
  }
  return {
    blocks: tables.filter((rows) => rows.length).map((rows) => ({ kind: 'table', rows }) as Block),
    end: i,
  };
}
