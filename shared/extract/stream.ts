/**
 * Blocks -> a flat stream of items the readers walk once: table rows (from real tables, or from text lines
 * that look like table rows, as PDF text layers print them) and prose text.
 */
import type { Block } from '../blocks/types';
import { cleanCell, isDash, ocrDigits, splitRowText, valueOfCell, glossless } from './cells';
import { Row, type Item } from './item';
import { restoreDroppedSpans, unrepeatSpannedYears } from './droppedCells';
import { barredCards, figureFirstCards } from './figureFirst';
import { toHalfWidth } from '../numbers/parse';
import { BRACKETED, CARD_MARK } from '../text/normalize';
import { longTables } from './longTables';
import { joinedHeaders } from './joinedHeaders';
import { barTables, chartCards, flatTables, groupedHeaderTables, LABEL_HEAD, mayHoldRecords, mayHoldVerticalTable, recordTables, verticalTables, yearTaggedTables } from './lineTables';

export { Row, type Item } from './item';

const COLUMN_GAP = /\t| {2,}/;
/** A header line of a table with one row per year, whatever its gaps: 「年份 …」「届别 …」. */
const BY_YEAR_HEADER = /^(?:年份|学年|年度|届别|届次|年届)\s+\S+\s+\S+/;
/**
 * A header of years set apart by single spaces: 「指标 单位 2023—2024学年 2022—2023学年 2021—2022学年」, with a few named
 * columns after them (「… 全国平均 样本量（份）」).
 */
const SPACED_YEARS_HEADER = /^(?:序号\s+)?(?:指标|项目|指标名称|类别|调查项目|调查对象|评价项目)(?:\s+单位)?(?:\s+(?:20\d\d\s*[-—–~至]\s*20\d\d\s*学年|20\d\d\s*(?:年度|年|学年|届)))+(?:\s+[^\s，,。；;0-9]{2,12}){0,3}$/;

function isHeaderLine(t: string): boolean {
  const multi = t.split(COLUMN_GAP).filter((c) => c.trim());
  // (「调查项目　　　　满意度（%）」: two cells, where the first is a label column's word)
  return (multi.length >= 3 || (multi.length === 2 && LABEL_HEAD.test(multi[0]!.trim()))) && multi.every((c) => c.trim().length <= 24);
}


/** A figure with the unit of what it counts or measures (not a year's 年): 「267人」「98.6%」「1.2万元」. */
const COUNTED_FIGURE = /[0-9０-９]\s*(?:万|亿)?\s*(?:人|所|个|项|元|%|％|门|本|名|册|学时|课时)/;
/** Outside its brackets, a line with a prose comma and a counted figure: clauses of a sentence. */
function isShortSentence(unbracketed: string): boolean {
  return PROSE_COMMA.test(unbracketed) && COUNTED_FIGURE.test(unbracketed);
}
/** A figure as most cells print it (12267, 97.78%): valueOfCell would say yes without being asked. */
const PLAIN_FIGURE = /^\d+(?:\.\d+)?%?$/;
const SENTENCE = /[。；;！？]/;
const DIGIT = /[0-9０-９]/;
const FULL_WIDTH_DIGIT = /[０-９]/;
const COMMA = /[，,]/;
const PROSE_COMMA = /[，,](?!\d{3})/;
const NOISE_CHAR = /[[<\r\n\u200b\ufeff]/;
const BOX_BAR = /\s*[│┃║]\s*/g;
const DOUBLE_COMMA = /[，,、]{2,}/;
/** What a short line must hold for any rule below the first to apply: a tab, export noise or a comma. */
const NEEDS_RULES = /[\t[<\r\n\u200b\ufeff，,、]/;
/** rowLike's answer for a line that is a row whatever its cells are: they are split when first read. */
const SPLIT_WHEN_READ: string[] = [];

/** Bars between cells, or an image's alt text (「[图…」「【图…」): one scan of a block. */
const BARS_OR_IMAGE = /[｜|]|[[【]图/;

/** A line opening on tabs before more tab-separated cells: its first cells are empty (the header's second line under 年份). */
const LEADING_EMPTY_CELLS = /^ *(\t+)(?=[^\t\n]*\S[^\t\n]*\t)/;

/**
 * A text line that is probably a table row or a piece of one (PDF text layers, markdown tables): the cells,
 * already clean, or null. Every line of a text layer passes here: each rule reads what one native scan of
 * the line found, and sentences, the long lines, are turned away by the first.
 */
function rowLike(text: string): string[] | null {
  const cells = lineCells(text);
  // (「年份⇥学校数（所）⇥⇥⇥招生数（人）」 over 「⇥合计⇥公办⇥民办」: a spreadsheet's merged header, its second line under the first
  // cell for cell, the cell under 年份 empty)
  const empty = cells && cells !== SPLIT_WHEN_READ && text.charCodeAt(0) <= 32 ? LEADING_EMPTY_CELLS.exec(text) : null;
  return empty ? [...new Array<string>(empty[1]!.length).fill(''), ...cells!] : cells;
}

function lineCells(text: string): string[] | null {
  // (「全日制在校生数　人　７６，８２８　７９，３６５」: a line typed full width, its figures' commas and its gaps too, is read
  // half width; its cells are then split here, not from the quote)
  const raw = text.trim();
  const wide = FULL_WIDTH_DIGIT.test(raw);
  // (「3,3O6」: a scan's letter in a figure is the digit it looks like, here too, or its comma reads as prose's)
  const t0 = ocrDigits(wide ? toHalfWidth(raw) : raw);
  // (「│ 指标 │ 单位 │ 2022年 │」: a ruled table's bars, drawn in box-drawing characters, set its cells apart as gaps do)
  const t = t0.includes('│') || t0.includes('┃') || t0.includes('║') ? t0.replace(BOX_BAR, '  ').trim() : t0;
  // a sentence is never a row
  if (!t || t.length > 160 || SENTENCE.test(t)) return null;
  // most lines of a text layer are short and hold no tab, noise or comma: the plain-line rule further down
  // says yes to them, and one scan tells
  if (t.length <= 40 && !NEEDS_RULES.test(t)) return wide ? splitRowText(t) : SPLIT_WHEN_READ;
  const tab = t.includes('\t');
  // a column gap, or a bar between cells (「互联网出口带宽（Mbps，校均） ｜ 5,600 ｜ 4,200」: a comma inside a label's bracket is no prose's)
  const gapped = tab || t.includes('  ') || t.includes(' ｜ ') || t.includes(' | ');
  const digit = DIGIT.test(t);
  const comma = COMMA.test(t);
  const proseComma = comma && PROSE_COMMA.test(t); // not inside a figure (12,835)
  const noise = NOISE_CHAR.test(t); // what cleanCell would have to remove
  // "全日制在校生 159689 人，…" style prose has commas; rows do not. Without column gaps such a line is never
  // a row (with figures the comma rule below says no, without them the length rule does): say so now.
  if (!gapped && t.length > 40 && proseComma) return null;
  // a header line: several short cells separated by tabs or runs of spaces (worked out only when asked)
  let headerish: boolean | undefined;
  // no figure at all: only a short label fragment can be part of a table
  // (「年份 生均财政拨款（元） 财政专项经费（万元） …」: a table's header by year, its cells set apart by single spaces)
  if (!digit && (t.length > 40 || comma) && !(headerish = (gapped && isHeaderLine(t)) || (!comma && BY_YEAR_HEADER.test(t)))) return null;
  // a short plain line without prose commas passes every rule below, whatever its cells hold
  if (!tab && !noise && t.length <= 40 && !proseComma && !DOUBLE_COMMA.test(t)) return wide ? splitRowText(t) : SPLIT_WHEN_READ;
  const all = splitRowText(t);
  // only tab-separated cells, or a line that was all noise, can be empty (cells split at maximal runs of
  // spaces of a trimmed line never are)
  const cells = (tab || noise) && all.includes('') ? all.filter((c) => c !== '') : all;
  if (cells.length === 0) return null;
  // whether any cell is a figure or a dash: once one is, the others need no parsing (only their length)
  let numeric = 0;
  for (const c of cells) {
    if (c.length > 48) return null;
    if (!numeric && (PLAIN_FIGURE.test(c) || isDash(c) || valueOfCell(c))) numeric = 1;
  }
  // (「6   毕业去向落实率   %   —   97.5   98.2   2022年起按…统计，口径调整」: a note at the row's end may have commas)
  // (「互联网出口带宽（Mbps，校均） ｜ 5,600 ｜ 4,200」: a comma inside a label's bracket is no prose's)
  if (numeric > 0 && proseComma && !tab && cells.some((c) => PROSE_COMMA.test(c.replace(BRACKETED, ''))) && !(cells.length >= 5 && !cells.slice(0, -1).some((c) => PROSE_COMMA.test(c)))) return null;
  // (「其中考上本科的 267人，比上年的221人多了46人」: figures inside clauses set apart by a prose comma, no cell of them a figure,
  // are a sentence's, however short)
  // (「附：2024年全市中职教育主要数据（…，括号内为2023年数据）」: years alone, or figures in brackets, make no sentence of a title)
  // (「中等职业学校：4所（公办3所，民办1所）」: a comma inside a bracket is no clause's)
  if (numeric === 0 && digit && proseComma && !gapped && isShortSentence(t.replace(BRACKETED, ''))) return null;
  if (numeric === 0 && !(headerish ?? ((gapped && isHeaderLine(t)) || SPACED_YEARS_HEADER.test(t)))) {
    // a label fragment or header piece: short, no commas
    if (t.length > 40 || DOUBLE_COMMA.test(t)) return null;
  }
  const out = tab ? all : cells;
  // split cells are trimmed and free of runs of spaces; only tab-separated or noisy ones need cleaning
  return tab || noise ? out.map(cleanCell) : out;
}

function lineRow(quote: string, cells: string[], page: number | undefined, order: number, block: number): Row {
  return new Row(quote, cells === SPLIT_WHEN_READ ? null : cells, false, page, order, block);
}

export function toItems(blocks: Block[]): Item[] {
  const items: Item[] = [];
  let order = 0;
  let hasRecords = false;
  let hasBars = false;
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block];
    if (!b || typeof b !== 'object') continue;
    order++;
    if (b.kind === 'table') {
      if (!Array.isArray(b.rows)) continue;
      items.push({ kind: 'tableStart', caption: b.caption, order });
      for (const [ri, r] of b.rows.entries()) {
        if (!Array.isArray(r)) continue;
        const raw = r.map((c) => (typeof c === 'string' ? c : String(c ?? '')));
        const quote = raw.map((c) => c.trim()).filter(Boolean).join('\t');
        items.push(new Row(quote, (ri === 0 ? withoutPadding(glossless(raw.map(cleanCell)), b.rows[1]) : glossless(raw.map(cleanCell))), true, b.rowPages?.[ri] ?? b.page, order, block, ri));
      }
      items.push({ kind: 'tableEnd', order });
      continue;
    }
    const text = typeof b.text === 'string' ? (b.text.includes('【') ? unwrapFigures(b.text) : b.text) : '';
    const trimmed = text.trim();
    if (!trimmed) continue;
    hasRecords ||= mayHoldRecords(text);
    // (bars between cells, or an image's alt text: lines the bar and flat-table readers are asked about)
    hasBars ||= BARS_OR_IMAGE.test(text);
    if (b.kind !== 'heading' && !text.includes('\n')) {
      // one line (every block of a PDF text layer): no line arrays
      const line = trimmed;
      const cards = figureFirstCards(line) ?? cardsBetweenBars(line, underHeading(items));
      if (cards) {
        items.push({ kind: 'text', text: cards, heading: false, page: b.page, order, block });
        continue;
      }
      const cells = rowLike(line);
      if (cells) {
        items.push(lineRow(line, cells, b.page, order, block));
        continue;
      }
    } else if (b.kind !== 'heading') {
      // a block may hold several source lines (a paragraph from plain text); rows are per line
      const lines = text.split('\n');
      // (an infographic's figure-first lines are cards, and split the block into its lines as rows do)
      const cards = lines.map((l, i) => figureFirstCards(l.trim()) ?? cardsBetweenBars(l.trim(), i > 0 ? CARD_MARK.test(lines[i - 1]!) : underHeading(items)));
      const asRows = lines.map((l, i) => (l.trim() && !cards[i] ? rowLike(l) : null));
      if (cards.some(Boolean) || asRows.filter(Boolean).length >= Math.max(1, lines.filter((l) => l.trim()).length / 2)) {
        for (let i = 0; i < lines.length; i++) {
          const l = lines[i]!;
          if (!l.trim()) continue;
          const cells = asRows[i];
          if (cards[i]) items.push({ kind: 'text', text: cards[i]!, heading: false, page: b.page, order, block });
          else if (cells) items.push(lineRow(l.trim(), cells, b.page, order, block));
          else items.push({ kind: 'text', text: l, heading: false, page: b.page, order, block });
        }
        continue;
      }
    }
    const cards = b.kind === 'heading' && !text.includes('\n') ? figureFirstCards(trimmed, true) : null;
    items.push({ kind: 'text', text: cards ?? text, heading: b.kind === 'heading' && !cards, page: b.page, order, block });
  }
  const vertical0 = mayHoldVerticalTable(items) ? verticalTables(items) : items;
  const vertical = longTables(groupedHeaderTables(joinedHeaders(vertical0)));
  const tables = chartCards(yearTaggedTables(twoUpTables(hasBars ? flatTables(barTables(vertical)) : vertical)));
  return restoreDroppedSpans(unrepeatSpannedYears(hasRecords ? recordTables(tables) : tables));
}

/** A name-first card line with bars between its years (see barredCards), as a sentence; only lines with a bar are asked. */
function cardsBetweenBars(line: string, underHeading: boolean): string | null {
  return line.includes('｜') || line.includes('|') ? barredCards(line, underHeading) : null;
}
/** Whether the item last read is a heading, or a line with a card's mark: what the next line's dated figures are of. */
function underHeading(items: Item[]): boolean {
  const last = items[items.length - 1];
  return !!last && ((last.kind === 'text' && (last.heading || CARD_MARK.test(last.text))) || (last.kind === 'row' && !last.fromTable && CARD_MARK.test(last.quote)));
}

/** A figure alone in lenticular brackets, as a post sets off its key figures: 「平均月收入【3420元】」「公办【4】所」. */
const EMPHASIZED_FIGURE = /【\s*((?:约|近)?[0-9０-９][0-9０-９,.．]*\s*(?:万|亿)?\s*(?:%|％|[\u4e00-\u9fa5]{1,2}|[:：]\s*1)?)\s*】/g;
/**
 * The figures a post emphasises in 【】 after their names, unwrapped: the brackets say nothing of what the figure is. (A
 * paragraph's lead figure set off before the text that states it, 「【196,538人】2024年全省…」, keeps them: prose reads it as such.)
 */
function unwrapFigures(text: string): string {
  return text.replace(EMPHASIZED_FIGURE, (m: string, figure: string, at: number) => (ENDS_FIGURE.test(text.slice(at + m.length)) ? figure : m));
}
/**
 * What may follow a figure unwrapped: its unit, then a stop, a bracket or the line's end. (「【12所】全市中职学校总数【97.6%】毕业去向
 * 落实率」: figures set off before their names, each read by no name before it, keep their brackets.)
 */
const ENDS_FIGURE = /^(?:[所个人元项门本名次]|人次|万元)?\s*(?:$|[，,。；;、）)（(\n]|\s)/;

/**
 * 「年份 | 学校数（所） | 学生规模（人） | 专任教师（人） | 生师比 | | 」 over 「 | | 在校生 | 招生 | 毕业生 | | 」: a header row a page padded to
 * the table's width, its spanning cells' places lost, over a second header line: the padding goes, and the header is read
 * as a text layer's line with fewer cells than its rows is. (Asked of a table's first row only: a header's later lines end
 * short under the cells the first line spans down.)
 */
function withoutPadding(cells: string[], next: unknown): string[] {
  if (cells.length < 3 || cells[cells.length - 1] !== '' || !Array.isArray(next) || cells.some((c) => c && valueOfCell(c))) return cells;
  let end = cells.length;
  while (end > 1 && cells[end - 1] === '') end--;
  const below = next.map((c) => (typeof c === 'string' ? c.trim() : ''));
  // (the line under it opens on an empty cell and names columns, a header's second line, and leaves the last column as
  // empty: a column no line of the header names, which a header drawn as such never has)
  return below[0] === '' && below.filter((c) => c && !valueOfCell(c)).length >= 2 && below.every((c) => !c || !valueOfCell(c)) && !below[cells.length - 1] ? cells.slice(0, end) : cells;
}

/**
 * 「项目 满意度 项目 满意度」/「在校生满意度 94.62 毕业生满意度 93.47」: a table printed two-up, each line two rows side
 * by side under a header that repeats itself; 「指标 数值 指标 数值 指标 数值」, three-up, as a CMS prints a grid of names and
 * figures. Each line becomes its rows, one after the other, quoting the line.
 */
function twoUpTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const up = it.kind === 'row' ? twoUpWidth(it) : null;
    // (and the line under it is rows, each opening on its label: 「公办 民办 合计 公办 民办 合计」 under 2023年/2024年 is
    // one header of six columns)
    const next = items[i + 1];
    const k = up && next?.kind === 'row' && next.cells.length === up.n * up.k && Array.from({ length: up.n }, (_, p) => next.cells[p * up.k]!).every(isLabel) ? up.k : 0;
    if (!k) {
      out?.push(it);
      continue;
    }
    const width = up!.n * k;
    out ??= items.slice(0, i);
    const head = it as Row;
    out.push(new Row(head.quote, head.cells.slice(0, k), head.fromTable, head.page, head.order, head.block, head.row));
    let j = i + 1;
    for (; j < items.length; j++) {
      const r = items[j]!;
      if (r.kind !== 'row' || r.cells.length % k !== 0 || r.cells.length > width) break;
      // (「非学历培训到账经费（万元） | 568 | — | — | — | —」: the grid's empty places at the end of its last line are no rows)
      for (let p = 0; p * k < r.cells.length; p++) if (p === 0 || !isDash(r.cells[p * k]!)) out.push(new Row(r.quote, r.cells.slice(p * k, p * k + k), r.fromTable, r.page, r.order, r.block, r.row));
      // (a last line with fewer rows than the header ends the table)
      if (r.cells.length < width) {
        j++;
        break;
      }
    }
    i = j - 1;
  }
  return out ?? items;
}

const isLabel = (cell: string) => /[\u4e00-\u9fa5]/.test(cell) && !valueOfCell(cell);

/** How many cells each of a repeated header's parts has, and how many times it repeats (null: no such header). */
function twoUpWidth(r: Row): { k: number; n: number } | null {
  // (asked of every row: a header opens on a word it repeats, which the quote tells unsplit)
  const first = /^[^\s\t]+/.exec(r.quote)?.[0];
  if (!first || first.length < 2 || !/[\u4e00-\u9fa5]/.test(first) || r.quote.indexOf(first, first.length) < 0) return null;
  const c = r.cells;
  for (let k = 2; k <= 4; k++) {
    const n = c.length / k;
    if (!Number.isInteger(n) || n < 2 || n > 4) continue;
    if (c.every((cell, i) => !!cell && cell === c[i % k])) return { k, n };
  }
  return null;
}
