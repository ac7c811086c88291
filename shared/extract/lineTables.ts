/**
 * Tables a text layer prints one field or one cell per line, wrapped as the tables they are so the table reader
 * reads them: a dashboard's cards as records of named fields, and a Word table pasted one cell per line.
 */
import { CHANGE_HEAD, STANDARD_COL, flatCell, isDash, isHan, isHeaderWord, isUnitCell, valueOfCell, yearOfHeaderCell, WIDER_REGION_CELL } from './cells';
import { Row, rewriteRuns, type Item } from './item';
import { IMAGE_ALT, NAME_BAR_CARD, SERIAL_CELL } from '../text/normalize';

const RECORD_FIELD = /(?:数值|数据)\s*[:：]/;
/** A form's field, its unit in brackets, then its figure after a colon: 「（人）*：68,425」 (see FIELD). */
const FIELD_END = /[)）]\s*\*?\s*[:：]\s*[0-9]/;
/** A field's colon, then a year and its figure: 「毕业生人数：2024年2316（人）」「在校生（人）：2023年 6104」 (see YEARS_FIELD). */
const YEAR_AFTER_COLON = /[:：]\s*20\d\d\s*年/;
/** Whether a block's text may hold record lines (see RECORD, FIELD, YEARS_FIELD): asked once per block. */
export function mayHoldRecords(text: string): boolean {
  // (every record field opens on 数: one scan turns most text away before the pattern is asked)
  if (!text.includes('：') && !text.includes(':')) return (text.includes('数') && RECORD_FIELD.test(text)) || CARD_YEAR_LINE.test(text);
  return (text.includes('数') && RECORD_FIELD.test(text)) || FIELD_END.test(text) || YEAR_AFTER_COLON.test(text) || FORM_FIELDS.test(text) || CARD_YEAR_LINE.test(text);
}
/** A line of a data card dating its figure by the report's words for its years: 「本年 6482人」「去年：15873人」. */
const CARD_YEAR_LINE = /^\s*(?:本年度?|今年|当年|上年度?|去年)\s*[:：]?\s*(?:约|近)?[0-9０-９]/m;
/** 「指标名称：…　计量单位：…」「【…】本年：…」: a filing system's record, its fields named (see NAMED_FIELDS, THIS_AND_LAST). */
const FORM_FIELDS = /指标名称\s*[:：]|】\s*本年\s*[:：]/;

/**
 * 「🌟 满意度（%）」/「在校生｜96.3」/「课堂育人｜96.8」…: a heading that names a rate over a list of names and figures set
 * apart by bars is a table of who was asked, the heading its one column's name. (A list of bars under any other
 * heading is cards, each read as its own name says.)
 */
export function barTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const head = plainLine(it);
    const rows: { cells: string[]; at: Item }[] = [];
    let k = i + 1;
    // (「去向｜人数」: the list's own header, its column a count of people)
    const unit = head !== null && head.length <= 24 ? UNIT_HEAD_NOTE.exec(head)?.[1] ?? (BAR_COUNT_HEAD.test(head) ? '人' : null) : null;
    if (head !== null && head.length <= 24 && (RATE_HEAD.test(head) || unit)) {
      // (「👉 表格可左右滑动」: a hint between the heading and its list)
      if (k < items.length && !NAME_BAR_CARD.test(plainLine(items[k]!) ?? '') && (plainLine(items[k]!) ?? '').length <= 16 && !/\d/.test(plainLine(items[k]!) ?? '')) k++;
      for (; k < items.length; k++) {
        const m = NAME_BAR_CARD.exec(plainLine(items[k]!) ?? '');
        if (!m || !valueOfCell(m[2]!)) break;
        // (under 「（单位：人）」 each name takes the unit, as a label in a table with a unit column would)
        rows.push({ cells: [m[1]!.trim() + (unit && !RATE_HEAD.test(head!) ? `（${unit}）` : ''), m[2]!.trim()], at: items[k]! });
      }
    }
    if (rows.length < 3) {
      out?.push(it);
      continue;
    }
    out ??= items.slice(0, i);
    out.push(it);
    const at = rows[0]!.at as Row;
    out.push({ kind: 'tableStart', order: at.order });
    const header = RATE_HEAD.test(head!) ? ['调查对象', '满意度（%）'] : ['项目', '数值'];
    out.push(new Row(header.join('\t'), header, true, at.page, at.order, at.block));
    for (const r of rows) {
      const row = r.at as Row;
      out.push(new Row(plainLine(r.at)!, r.cells, true, row.page, row.order, row.block));
    }
    out.push({ kind: 'tableEnd', order: (rows[rows.length - 1]!.at as Row).order });
    i = k - 1;
  }
  return out ?? items;
}
const RATE_HEAD = /满意度|满意率/;
const BAR_COUNT_HEAD = /^[\u4e00-\u9fa5]{2,6}\s*[｜|]\s*人数$/;
/** 「（单位：人　可左右滑动）」: a unit note heading a list. */
const UNIT_HEAD_NOTE = /^[（(]?\s*单位\s*[:：]\s*(人|名|所|个|项|门|本|元|万元|%)(?=[\s\u3000）)，,]|$)/;
/** A text or plain row's line, or null. */
function plainLine(it: Item): string | null {
  return it.kind === 'text' ? it.text.trim() : it.kind === 'row' && !it.fromTable ? it.quote.trim() : null;
}

/**
 * 「[图片] 表1 … 指标｜2023年｜2024年 学校数(所)｜30｜29 全日制在校生(人)｜48937｜50826」: a table flattened into one line (an
 * image's alt text), its cells set apart by bars and its rows by spaces. The first barred group is the header; a table
 * whose header names years, every row as many cells, is read as the table it is.
 */
export function flatTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const line = plainLine(it);
    const bars = line !== null && line.length <= 600 ? (line.match(/[｜|]/g)?.length ?? 0) : 0;
    const rows = bars >= 4 ? flatRows(line!) : null;
    // 「[图片：表2 教师配备情况（2024年）思政课教师 312人｜体育课专任教师 267人｜…]」: cards run together, a bar between
    const cards = !rows && bars >= 1 ? barCards(line!) : !rows && line !== null && line.length <= 600 && IMAGE_ALT.test(line) ? spacedCards(line) : null;
    if (cards) {
      out ??= items.slice(0, i);
      const at = it as Row;
      // (each a line of its own, as printed, so it reads as a card and is found on the page)
      for (const text of cards) out.push(new Row(text, [text], false, at.page, at.order, at.block));
      continue;
    }
    if (!rows) {
      out?.push(it);
      continue;
    }
    out ??= items.slice(0, i);
    const at = it as Row;
    out.push({ kind: 'tableStart', order: at.order });
    // (each row quotes its group as printed, bars and all, so it is found on the page)
    for (const r of rows) out.push(new Row(r.text, r.cells, true, at.page, at.order, at.block));
    out.push({ kind: 'tableEnd', order: at.order });
  }
  return out ?? items;
}

/** Each card of a line of cards set apart by bars, a name and its figure with its unit (see flatTables), or null. */
function barCards(line: string): string[] | null {
  const parts = line.replace(/[\]】]\s*$/, '').split(/[｜|]/);
  const cards = parts.map((p) => BAR_CARD_PART.exec(p.trim()));
  return parts.length >= 2 && cards.every(Boolean) ? cards.map((m) => m![0]!) : null;
}
/**
 * 「[图片] 表3 课程与教材建设情况（2024年） 教学计划内课程总数 2318门 课证融通课程 164门 …」: an image's alt text listing
 * names and figures set apart by spaces, every figure after the caption with its name: each pair a card.
 */
function spacedCards(line: string): string[] | null {
  const found = [...line.matchAll(SPACED_CARD)];
  if (found.length < 3) return null;
  const after = line.slice(found[0]!.index!).replace(SPACED_CARD, '');
  return /\d/.test(after) ? null : found.map((m) => m[0]!);
}
const SPACED_CARD = /[\u4e00-\u9fa5“”]{2,16}\s+[0-9][0-9,.]*\s*(?:人|名|所|个|门|本|项|元|万元|%|％)(?=\s|$|[\]】])/g;
/** A card at a part's end: 「思政课教师 312人」 (the caption before the first card is none of it). */
const BAR_CARD_PART = /([\u4e00-\u9fa5“”]{2,16})\s*([0-9][0-9,.]*\s*(?:人|名|所|个|门|本|项|元|万元|%|％))$/;

/** The rows of a flattened table (see flatTables), the header first, or null. */
function flatRows(line: string): { text: string; cells: string[] }[] | null {
  // (「…｜14732（图：市教育局发展规划科 制）」: a credit joined after the last cell is none of it)
  const groups = line.replace(/[\]】]\s*$/, '').replace(/(?<=\d)[（(][^（()）]*[)）]\s*$/, '').split(/\s+/).filter((g) => /[｜|]/.test(g));
  if (groups.length < 3) return null;
  const rows = groups.map((g) => g.split(/[｜|]/).map((c) => c.trim()));
  const [header, ...body] = rows as [string[], ...string[][]];
  // (the caption before the header runs into its first cell only where no space parts them: the header's label is its
  // last word)
  header[0] = header[0]!.replace(/^.*[）)\]】]/, '');
  if (header.length < 2 || header.slice(1).filter((c) => yearOfHeaderCell(c) !== null).length < 1) return null;
  if (!body.every((r) => r.length === header.length && /[\u4e00-\u9fa5]/.test(r[0]!) && r.slice(1).every((c) => isDash(c) || !!valueOfCell(c)))) return null;
  return rows.map((cells, k) => ({ text: k === 0 ? groups[0]!.slice(groups[0]!.length - cells.join('｜').length) || groups[0]! : groups[k]!, cells }));
}

/** Whether any plain line opens a vertical table's header (see verticalTables). */
export function mayHoldVerticalTable(items: Item[]): boolean {
  return items.some((it, i) => it.kind === 'row' && !it.fromTable && (VERTICAL_HEAD.test(it.quote) || it.quote.trim() === '类别' || YEAR_HEAD_WORD.test(it.quote) || (it.quote.length <= 4 && VERTICAL_HEAD.test(headCellAt(items, i)?.text ?? '')) || RUN_TOGETHER_HEAD.test(it.quote) || ARROW_HEAD.test(it.quote) || namedOverYears(items, i)));
}

/**
 * 「名称：全日制在校生；数值：9,468；单位：人；上年：8,937；变化：+5.9%」「指标：毕业生；数值：6518人」: a dashboard's card
 * as a record of named fields, one per line. A run of them is a table (指标 | 单位 | 本年 | 上年) whose rows quote the
 * lines as printed.
 */
const RECORD =
  /^[「【[]?\s*(?:名称|指标|指标名称|项目)\s*[:：]\s*([^；;:：」】\]]{2,40}?)\s*[；;]\s*(?:数值|数据|值|本年|当年)\s*[:：]\s*([^；;」】\]]+?)\s*(?:[；;]\s*单位\s*[:：]\s*([^；;」】\]]+?)\s*)?(?:[；;]\s*(?:上年|去年|上年值|上年数)\s*[:：]\s*([^；;」】\]]+?)\s*)?(?:[；;][^」】\]]*)?[」】\]]?\s*$/;
const RECORD_HEADER = ['指标', '单位', '本年', '上年'];

/**
 * 「A2.1 全日制在校生数（人）*：68,425（上年：66,318）」「B1.4 生师比（:1）：13.0」: a data-collection form's field, coded, its
 * unit in brackets after its name, this year's figure after the colon and last year's in brackets after it.
 */
const FIELD =
  /^(?:[A-Z]\d{0,2}(?:\.\d{1,2}){0,3}\s+)?((?:其中\s*[:：]\s*)?[^:：（()）\s][^:：]{1,40}?)\s*[（(]\s*([^（()）]{1,6})\s*[)）]\s*\*?\s*[:：]\s*([0-9][0-9,.]*|—|-|不适用)\s*(?:[（(]\s*(?:上年|上一?学年|去年)(?:数据|值)?\s*[:：]?\s*([0-9][0-9,.]*)\s*[)）])?\s*$/;

/**
 * 「毕业生人数：2024年2316（人），2023年2241」「在校生人数（人）：2023年 6104；2024年 6358」「全日制在校生：2024年为6358人（2023年为6104人）」:
 * a field named before its colon, then each year with its figure, the unit in the name's brackets or after a figure.
 */
const YEAR_VALUE = '(20\\d\\d)\\s*年度?\\s*(?:为|是)?\\s*([0-9][0-9,.]*(?:\\s*[:：∶]\\s*1(?![0-9.]))?)\\s*(?:[（(]\\s*([^（()）0-9]{1,6}|比\\s*1)\\s*[)）]|(%|％|万元|学时|课时|人日|Mbps|[人所个元门本项]))?';
const YEARS_FIELD = new RegExp(
  `^(?:[0-9]{1,2}[.．、]\\s*)?((?:其中\\s*[:：]\\s*)?[^:：（()）\\s0-9][^:：]{1,40}?)\\s*(?:[（(]\\s*([^（()）0-9]{1,6})\\s*[)）])?\\s*[:：]\\s*${YEAR_VALUE}\\s*(?:[，,；;、]\\s*|[（(]\\s*)${YEAR_VALUE}\\s*[)）]?\\s*[。；;]?\\s*$`,
);
/** A unit as such a field prints it: 「（比1）」 is a ratio's. */
const unitOf = (u: string | undefined): string => (u === undefined ? '' : /^比\s*1$/.test(u) ? ':1' : u);

/**
 * 「001　指标名称：全日制在校生人数　计量单位：人　2023年：59375　2024年：61842　增减：+2467」: a filing system's export, each field
 * named, the years' figures after their years (a change after them, read by nobody).
 */
const NAMED_FIELDS =
  /^(?:\d{1,4}\s+|序号\s*[:：]\s*\d{1,4}\s*[；;]\s*)?指标名称\s*[:：]\s*((?:(?:其中|[A-DＡ-Ｄ]\s*类)\s*[:：]\s*)?[^:：\s；;][^:：；;]{0,40}?)(?:(?:\s+|\s*[；;]\s*)统计范围\s*[:：]\s*([^:：\s；;]{1,12}))?(?:\s+|\s*[；;]\s*)(?:计量)?单位\s*[:：]\s*([^\s；;]{1,6})(?:\s+|\s*[；;]\s*)(20\d\d)\s*年度?\s*[:：]\s*([^\s；;]+)(?:\s+|\s*[；;]\s*)(20\d\d)\s*年度?\s*[:：]\s*([^\s；;]+)(?:(?:\s+|\s*[；;]\s*)(?:增减|变化|增减量|同比)\s*[:：]\s*[^\s；;]+)?\s*[；;。]?\s*$/;
/** A record's scope that is the region's whole (统计范围：全市). */
const WHOLE_SCOPE = /^(?:全[市县区省州盟旗]|全自治区|合计|总计|全部|本[市县区省])$/;
/** A record's name or scope naming public or private schools: 「中等职业学校数（公办）」「统计范围：民办学校」. */
const KIND_SCOPE = /^(公办|民办)(?:学校|院校)?$/;
/** The same kind in brackets after a record's name. */
const KIND_BRACKET = /[（(](公办|民办)(?:学校|院校)?[)）]$/;

/** 「【毕业去向落实率】本年：97.55%；上年：97.14%；变化：+0.41个百分点」: this year's and last year's figures after a name in brackets. */
const THIS_AND_LAST = /^【\s*([^【】]{2,40}?)\s*】\s*(?:本年|本年度|当年)\s*[:：]\s*([^；;]+?)\s*[；;]\s*(?:上年|上年度|去年)\s*[:：]\s*([^；;]+?)\s*(?:[；;]\s*(?:变化|增减|同比)\s*[:：][^；;]*)?[；;。]?\s*$/;

/** A record line's header and cells (name, unit, then the header's figures), or null for any other line. */
function recordCells(line: string): { header: string[]; cells: string[] } | null {
  if (!line.includes('：') && !line.includes(':')) return null;
  const named = line.includes('指标名称') ? NAMED_FIELDS.exec(line) : null;
  if (named && named[4] !== named[6]) {
    const unit = isUnitCell(named[3]!) || isDash(named[3]!) ? named[3]! : '';
    const [a, b] = Number(named[4]) < Number(named[6]) ? [named[5]!, named[7]!] : [named[7]!, named[5]!];
    // (「统计范围：公办学校」「中等职业学校数（公办）」: the public schools' figure, named as a label names it, 公办中等职业学校数; a
    // scope of one of the region's parts, 「统计范围：临桂区」, stays in its bracket, which names no indicator)
    const scope = named[2];
    const kind = scope !== undefined ? KIND_SCOPE.exec(scope)?.[1] : KIND_BRACKET.exec(named[1]!)?.[1];
    const name = kind !== undefined ? kind + named[1]!.replace(KIND_BRACKET, '') : scope === undefined || WHOLE_SCOPE.test(scope) ? named[1]! : `${named[1]}（${scope}）`;
    return { header: ['指标', '单位', `${Math.min(Number(named[4]), Number(named[6]))}年`, `${Math.max(Number(named[4]), Number(named[6]))}年`], cells: [name, unit, a, b] };
  }
  const both = line.startsWith('【') ? THIS_AND_LAST.exec(line) : null;
  if (both) return { header: RECORD_HEADER, cells: [both[1]!, '', both[2]!, both[3]!] };
  const m = RECORD.exec(line);
  if (m) return { header: RECORD_HEADER, cells: [m[1]!, m[3] ?? '', m[2]!, m[4] ?? ''] };
  const f = FIELD.exec(line);
  if (f && isUnitCell(f[2]!)) return { header: RECORD_HEADER, cells: [f[1]!, f[2]!, f[3]!, f[4] ?? ''] };
  const y = YEAR_AFTER_COLON.test(line) ? YEARS_FIELD.exec(line) : null;
  if (!y || y[3] === y[7]) return null;
  // (the unit the name's brackets give, else either figure's own)
  const unit = unitOf(y[2] ?? y[5] ?? y[6] ?? y[9] ?? y[10]);
  if (unit && !isUnitCell(unit)) return null;
  const [a, b] = Number(y[3]) < Number(y[7]) ? [y[4]!, y[8]!] : [y[8]!, y[4]!];
  return { header: ['指标', '单位', `${Math.min(Number(y[3]), Number(y[7]))}年`, `${Math.max(Number(y[3]), Number(y[7]))}年`], cells: [y[1]!, unit, a, b] };
}

/**
 * A paragraph whose lines are record lines with commas in them (「…：2024年2238（人），2023年2154」, which no line is read
 * as a row for) is its lines: the record lines each a line of its own, the others text as they were.
 */
function recordLinesOf(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const lines = it.kind === 'text' && !it.heading && !it.parts && it.text.includes('\n') && (YEAR_AFTER_COLON.test(it.text) || FORM_FIELDS.test(it.text)) ? it.text.split('\n') : null;
    if (!lines || !lines.some((l) => recordCells(l.trim()) !== null)) {
      out?.push(it);
      continue;
    }
    out ??= items.slice(0, i);
    const t = it as Extract<Item, { kind: 'text' }>;
    let rest: string[] = [];
    const flush = () => {
      if (rest.some((l) => l.trim())) out!.push({ ...t, text: rest.join('\n') });
      rest = [];
    };
    for (const l of lines) {
      if (recordCells(l.trim()) === null) rest.push(l);
      else {
        flush();
        out.push(new Row(l.trim(), null, false, t.page, t.order, t.block));
      }
    }
    flush();
  }
  return out ?? items;
}

/** Runs of record lines, wrapped as the tables they are (see RECORD, FIELD, YEARS_FIELD): lines of one header each. */
export function recordTables(all: Item[]): Item[] {
  const items = recordLinesOf(all);
  const out: Item[] = [];
  for (let i = 0; i < items.length; ) {
    const it = items[i]!;
    const first = recordAt(items, i);
    if (!first || (it.kind !== 'text' && it.kind !== 'row')) {
      out.push(it);
      i++;
      continue;
    }
    out.push({ kind: 'tableStart', order: it.order });
    out.push(new Row(first.header.join('\t'), first.header, true, it.page, it.order, it.block));
    let last = it.order;
    for (; i < items.length; ) {
      const r = items[i]!;
      const c = recordAt(items, i);
      if (!c || (r.kind !== 'text' && r.kind !== 'row') || c.header.join() !== first.header.join()) break;
      out.push(new Row(c.quote, c.cells, true, r.page, r.order, r.block));
      last = items[i + c.lines - 1]!.order;
      i += c.lines;
    }
    out.push({ kind: 'tableEnd', order: last });
  }
  return out;
}

/**
 * The record at items[i]: its header, cells, the lines it takes and its quote. A filing system's record the page width
 * wrapped (「指标名称：毕业生人数　计量单位：人　2023年：17652　2024年：」/「18906　增减：+1254」) takes the line after it too.
 */
function recordAt(items: Item[], i: number): { header: string[]; cells: string[]; lines: number; quote: string } | null {
  const line = plainLine(items[i]!);
  if (line === null) return null;
  const one = recordCells(line);
  if (one) return { ...one, lines: 1, quote: line };
  const card = relativeCardAt(items, i, line);
  if (card) return card;
  const next = FORM_FIELDS.test(line) && i + 1 < items.length ? plainLine(items[i + 1]!) : null;
  // (the break falls anywhere: inside a word, 「上」/「年：7690元」, it leaves no space)
  const two = next !== null && !FORM_FIELDS.test(next) ? (recordCells(`${line}${next}`) ?? recordCells(`${line} ${next}`)) : null;
  return two ? { ...two, lines: 2, quote: `${line}\n${next}` } : null;
}

/**
 * 「中职全日制在校生」/「本年 6482人」/「上年 6317人」/「变化 ↑165人」: a data card, its name over this year's and last year's figures,
 * each on a line of its own after the word that dates it (本年 or 今年, 上年 or 去年, in either order), maybe its change after
 * them (read by nobody).
 */
function relativeCardAt(items: Item[], i: number, name: string): { header: string[]; cells: string[]; lines: number; quote: string } | null {
  if (name.length > 24 || /[0-9０-９]/.test(name) || !/[\u4e00-\u9fa5]/.test(name) || i + 2 >= items.length) return null;
  const [a, b] = [plainLine(items[i + 1]!), plainLine(items[i + 2]!)];
  const thisFirst = a !== null ? THIS_YEAR_LINE.exec(a) : null;
  const [now, then] = thisFirst ? [thisFirst, b !== null ? LAST_YEAR_LINE.exec(b) : null] : [b !== null ? THIS_YEAR_LINE.exec(b) : null, a !== null ? LAST_YEAR_LINE.exec(a) : null];
  if (!now || !then || !valueOfCell(now[1]!) || !valueOfCell(then[1]!)) return null;
  const c = i + 3 < items.length ? plainLine(items[i + 3]!) : null;
  const change = c !== null && CHANGE_LINE.test(c) ? 1 : 0;
  return { header: RECORD_HEADER, cells: [name.replace(CARD_NAME_MARKS, ''), '', now[1]!, then[1]!], lines: 3 + change, quote: [name, a, b, ...(change ? [c] : [])].join('\n') };
}
const THIS_YEAR_LINE = /^(?:本年度?|今年|当年)\s*[:：]?\s*(\S.{0,20})$/;
const LAST_YEAR_LINE = /^(?:上年度?|去年)\s*[:：]?\s*(\S.{0,20})$/;
const CHANGE_LINE = /^(?:变化|增减|同比|较上年|比上年)\s*[:：]?/;
/** The marks a card's name may be set in or after: 「【在校生规模】」「◎在校生（人）」. */
const CARD_NAME_MARKS = /^[【〖[◎●◆■▲★☆•·▶►▪]\s*|\s*[】〗\]]$/g;

/**
 * A Word table pasted one cell per line with no blank line between its rows: 「指标」/「单位」/「2023年」/「2024年」, then
 * 「生师比」/「—」/「17.8:1」/「18.0:1」… The header is its run of header words and years, one per line; each row is as
 * many lines, a label first, then a unit (where the header has 单位) and figures. A run of at least two such rows is a
 * table whose rows quote their lines joined by a space.
 */
export function verticalTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const byYear = byYearAt(items, i) ?? columnRunsAt(items, i);
    if (byYear) {
      out ??= items.slice(0, i);
      const first = items[i] as Row;
      out.push({ kind: 'tableStart', order: first.order });
      out.push(new Row(byYear.header.join('\t'), byYear.header, true, first.page, first.order, first.block));
      for (const r of byYear.rows) out.push(new Row(r.cells.join(' '), r.cells, true, r.at.page, r.at.order, r.at.block));
      out.push({ kind: 'tableEnd', order: byYear.rows[byYear.rows.length - 1]!.at.order });
      i += byYear.lines - 1;
      continue;
    }
    const at = verticalHeaderAt(items, i);
    const header = at?.cells;
    let rows = at ? (columnMajorAt(items, i + at.lines, at.cells) ?? wholeRowsAt(items, i + at.lines, at.cells) ?? verticalRowsAt(items, i + at.lines, at.cells)) : [];
    // (「续表」/「序号」/「指标」/…/「2024年」/「3.0」/「4.5」/「4」/「技术产权交易收入*」: a header repeated over a page break, the
    // figures of the row the break cut first; theirs is a label the table before ended on, and they are left as they stand)
    let tail = 0;
    if (at && rows.length < 2) {
      while (tail < at.cells.length && isFigureLine(cellLine(items[i + at.lines + tail]))) tail++;
      rows = tail && tail < at.cells.length ? verticalRowsAt(items, i + at.lines + tail, at.cells) : [];
    }
    if (!header || rows.length < 2) {
      out?.push(items[i]!);
      continue;
    }
    out ??= items.slice(0, i);
    const first = items[i] as Row;
    for (let k = 0; k < tail; k++) out.push(items[i + at!.lines + k]!);
    out.push({ kind: 'tableStart', order: first.order });
    // (a share column beside the counts is read by nobody: its figures are the counts' over a whole the table names)
    // (「2023届占比（%）」: nor is a year's share column beside its count, where the years span both)
    const shares = header.flatMap((h, n) => ((n > 1 && n === header.length - 1 && SHARE_HEAD.test(h)) || SPANNED_SHARE.test(h) ? [n] : []));
    const kept = (cells: string[]) => (shares.length ? cells.filter((_, n) => !shares.includes(n)) : cells);
    out.push(new Row(header.join('\t'), kept(header), true, first.page, first.order, first.block));
    for (const r of rows) out.push(new Row(r.cells.filter(Boolean).join(' '), kept(r.cells), true, r.at.page, r.at.order, r.at.block));
    out.push({ kind: 'tableEnd', order: rows[rows.length - 1]!.at.order });
    i += at!.lines + tail + rows.reduce((n, r) => n + r.lines, 0) - 1;
  }
  return out ?? items;
}

/**
 * 「学校数（所） 招生数（人） 在校生数（人）」/「年份」/「合计 公办 民办 合计 公办 民办 合计 公办 民办」/「2022年 41 27 14 29870 …」: a
 * header two rows deep that a spreadsheet merged, printed a row a line, the merged 年份 on a line of its own. Where each group
 * spans as many columns, and every group the same words, the header is read again one column a cell: the group's name over
 * its total (合计), the part's name before it (公办学校数（所）). Any other shape is left as it is.
 */
export function groupedHeaderTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const found = it.kind === 'row' && !it.fromTable && YEAR_HEAD_OPENS.test(it.quote) ? groupedAt(items, i) : null;
    if (!found) {
      out?.push(it);
      continue;
    }
    // (the group names' line above, already passed on, is the header's)
    if (out && out[out.length - 1] === items[i - 1]) out.pop();
    out ??= items.slice(0, i - 1);
    const first = items[i - 1] as Row;
    out.push({ kind: 'tableStart', order: first.order });
    out.push(new Row(found.header.join('\t'), found.header, true, first.page, first.order, first.block));
    for (const r of found.rows) out.push(new Row(r.quote, r.cells, true, r.page, r.order, r.block));
    out.push({ kind: 'tableEnd', order: found.rows[found.rows.length - 1]!.order });
    i += 1 + found.rows.length;
  }
  return out ?? items;
}

/** The words a table by year heads its rows' column with. */
const YEAR_HEAD_WORDS = '(?:年份|年度|学年|届别)';
const YEAR_HEAD_OPENS = new RegExp(`^\\s*${YEAR_HEAD_WORDS}(?:\\s|$)`);
const TOTAL_WORD = /^(?:合计|小计|总计|计|总数)$/;
/** Words that name a part of what their group counts, read before the group's name (公办学校数). */
const PART_WORD = /^(?:公办|民办|男生?|女生?|省属|市属|县属|区属|县（区）属|城镇|农村)$/;

/**
 * The header read again one column a cell: the columns merged over the rows (年份, 毕业生数) first, then each group's, a
 * group's columns opening each on the same word (「合计 公办 民办」 under each, 「人数 落实率」「人数 占毕业生比例」「人数」).
 */
function groupedAt(items: Item[], i: number): { header: string[]; rows: Row[] } | null {
  const above = items[i - 1];
  const mid = items[i] as Row;
  const below = items[i + 1];
  if (!above || above.kind !== 'row' || above.fromTable || !below || below.kind !== 'row' || below.fromTable) return null;
  const merged = mid.cells.filter(Boolean);
  const groups = above.cells.filter(Boolean);
  const subs = below.cells.filter(Boolean);
  if (groups.length < 2 || subs.length < groups.length + 1) return null;
  if ([...merged, ...groups, ...subs].some((c) => /\d/.test(c.replace(/[（(][^（）()]*[)）]/g, '')) || c.length > 16)) return null;
  const runs: string[][] = [];
  for (const c of subs) {
    if (c === subs[0]) runs.push([c]);
    else runs[runs.length - 1]!.push(c);
  }
  if (runs.length !== groups.length) return null;
  const header = [...merged, ...groups.flatMap((g, n) => runs[n]!.map((p) => columnName(g, p)))];
  const rows: Row[] = [];
  for (let j = i + 2; j < items.length; j++) {
    const r = items[j]!;
    if (r.kind !== 'row' || r.fromTable || r.cells.length !== header.length || yearOfHeaderCell(r.cells[0]!) === null) break;
    rows.push(r);
  }
  return rows.length ? { header, rows } : null;
}

/** A group's name and its column's: 「学校数（所）」 and 合计, 公办学校数（所）, 毕业去向落实率, 其中：升学人数. */
export function columnName(group: string, word: string): string {
  if (TOTAL_WORD.test(word)) return group;
  if (PART_WORD.test(word)) return word + group;
  // (「毕业去向落实」 and 「落实率」: the words the two share printed once)
  for (let n = Math.min(group.length, word.length - 1); n > 0; n--) if (group.endsWith(word.slice(0, n))) return group + word.slice(n);
  return group + word;
}

/** 「2023年满意度（%）」: a year's column named by its measure, as a survey's table heads it. */
const YEAR_MEASURE_HEAD = /^(?:19|20)\d\d\s*(?:年度?|学年|届)\s*(?:满意度|满意率)\s*(?:\(%\)|（%）|（％）)?$/;
/** The first header cell of a table by year, alone on its line. */
const YEAR_HEAD_WORD = new RegExp(`^\\s*${YEAR_HEAD_WORDS}\\s*$`);
/** A row's year, alone on its line: 「2020」「2021年」「2023届」. */
const YEAR_LINE = /^\s*20\d\d\s*(?:年度?|届|学年)?\s*$/;

/**
 * 「年份」/「学校数（所）」/「招生数（人）」/…, then 「2020」/「58」/「23610」/… and so on each year: a table by year pasted one cell
 * a line. Its header is the run of names after 年份; each row is a year and as many figures (or dashes). At least two rows.
 */
function byYearAt(items: Item[], i: number): { header: string[]; rows: { cells: string[]; at: Row; lines: number }[]; lines: number } | null {
  const head = cellLine(items[i]);
  if (head === null || !YEAR_HEAD_WORD.test(head)) return null;
  const header = [head.trim()];
  let k = i + 1;
  for (let c = cellLine(items[k]); c !== null && c.length <= 24 && /[\u4e00-\u9fa5]/.test(c) && !YEAR_LINE.test(c) && !isFigureLine(c); c = cellLine(items[++k])) header.push(c);
  const n = header.length;
  if (n < 2 || n > 12) return null;
  const rows: { cells: string[]; at: Row; lines: number }[] = [];
  while (k + n <= items.length) {
    const lines = Array.from({ length: n }, (_, j) => cellLine(items[k + j]));
    if (!lines[0] || !YEAR_LINE.test(lines[0]) || lines.slice(1).some((c) => !isFigureLine(c))) break;
    rows.push({ cells: lines.map((c) => c!.trim()), at: items[k] as Row, lines: n });
    k += n;
  }
  return rows.length >= 2 ? { header, rows, lines: k - i } : null;
}

/**
 * 「指标」/「毕业生数（人）」/…/「2023年」/「13487」/…/「2022年」/「12906」/…: a table a text layer printed a column at a time,
 * each column's header over its run of cells: the labels under the label column's word, then under each year as many
 * figures as there are labels. The rows are read across the runs; a run one cell short or long reads no table.
 */
function columnRunsAt(items: Item[], i: number): { header: string[]; rows: { cells: string[]; at: Row; lines: number }[]; lines: number } | null {
  const head = cellLine(items[i]);
  if (head === null || !VERTICAL_HEAD.test(head) || head.trim() === '序号') return null;
  const labels: { text: string; at: Row }[] = [];
  let k = i + 1;
  for (let c = cellLine(items[k]); c !== null && isRowLabel(c) && yearOfHeaderCell(c) === null; c = cellLine(items[++k])) labels.push({ text: c, at: items[k] as Row });
  const n = labels.length;
  if (n < 2) return null;
  const header = [head.trim()];
  const columns: string[][] = [];
  for (let y = cellLine(items[k]); y !== null && yearOfHeaderCell(y) !== null; y = cellLine(items[k])) {
    const run = Array.from({ length: n }, (_, r) => cellLine(items[k + 1 + r]));
    if (run.some((v) => !isFigureLine(v))) return null;
    header.push(y);
    columns.push(run as string[]);
    k += 1 + n;
  }
  if (!columns.length || isFigureLine(cellLine(items[k]))) return null;
  return { header, rows: labels.map((l, r) => ({ cells: [l.text, ...columns.map((c) => c[r]!)], at: l.at, lines: 1 })), lines: k - i };
}

/** The words over a table's label column (项目, 调查对象…). */
const LABEL_HEAD_WORDS = '指标|指标名称|评估指标|评价指标|考核指标|监测指标|项目|调查项目|调查对象|评价项目|评价对象|测评项目|测评对象|监测项目';
/** The first header cell of a vertical table: the label column's word, alone on its line. */
const VERTICAL_HEAD = new RegExp(`^\\s*(?:序号|${LABEL_HEAD_WORDS})\\s*$`);
/** The word over a table's label column (「项目」「调查项目」), as a header cell of its own. */
export const LABEL_HEAD = new RegExp(`^(?:${LABEL_HEAD_WORDS})$`);

/** A plain line printing two years or two figures with an arrow between (「2023 → 2024」「52.1% → 56.8%」), or null. */
function arrowLine(it: Item | undefined): string | null {
  return it && it.kind === 'row' && !it.fromTable && /[→➝➔]/.test(it.quote) ? it.quote.trim() : null;
}

/** A plain one-cell line's text, or null. */
function cellLine(it: Item | undefined): string | null {
  return it && it.kind === 'row' && !it.fromTable && it.oneCell ? it.quote.trim() : null;
}

/**
 * 「项目2023年2024年」「指标单位2023届2024届」: the header's cells run together on one line, as an old PDF printer
 * sets a header row whose cells it prints without a gap. The rows under it still come one cell per line.
 */
const RUN_TOGETHER_HEAD =
  /^\s*(序号)?(指标名称|指标|项目|调查项目|调查对象|评价项目)(单位)?((?:\s*(?:19|20)\d{2}\s*(?:年度|年|届|学年)?){2,4})\s*((?:增减量?|变化|增幅|增长率|同比|较上年|比上年)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?)?\s*$/;
const RUN_TOGETHER_YEAR = /(?:19|20)\d{2}\s*(?:年度|年|届|学年)?/g;

/** 「2023 → 2024」: a slide comparing two years heads its cards' figures, each name over them (see verticalTables). */
const ARROW_HEAD = /^\s*((?:19|20)\d{2})\s*(年|届)?\s*[→➝➔]\s*((?:19|20)\d{2})\s*(年|届)?\s*$/;
/** 「3,842人 → 4,015人」: a name's two figures, the earlier first. */
const ARROW_PAIR = /^\s*([^→➝➔\s][^→➝➔]*?)\s*[→➝➔]\s*([^→➝➔]+?)\s*$/;

/** A run-together header's cells, or null (see RUN_TOGETHER_HEAD). */
function runTogetherHeader(line: string): string[] | null {
  const arrow = ARROW_HEAD.exec(line);
  if (arrow) return ['项目', arrow[1]! + (arrow[2] ?? arrow[4] ?? '年'), arrow[3]! + (arrow[4] ?? arrow[2] ?? '年')];
  const m = RUN_TOGETHER_HEAD.exec(line);
  if (!m) return null;
  const years = m[4]!.match(RUN_TOGETHER_YEAR)!.map((y) => y.replace(/\s+/g, ''));
  if (years.some((y) => yearOfHeaderCell(y) === null)) return null;
  return [m[1], m[2], m[3], ...years, m[5]].filter((c): c is string => !!c);
}

/** A column named for the region itself (本市, 全县), a wider place (全省, 全国), or the region last year (上年本市). */
const PLACE_HEAD_CELL = /^(?:(?:上一?年度?|去年)?[本全][省市县区州盟旗](?:上一?年度?|\(上一?年度?\))?|全国|全自治区)$/;

/** The header opening at i: a label column's word, then 单位 and year columns, 3 to 6 lines, at least one year. */
function verticalHeaderAt(items: Item[], i: number): { cells: string[]; lines: number } | null {
  const joined = runTogetherHeader(cellLine(items[i]) ?? arrowLine(items[i]) ?? '');
  if (joined) return { cells: joined, lines: 1 };
  // (「类别」 first: a column of groups printed once each, on a line of their own among the rows, which the table reader
  // takes as labels waiting for their row; 「序号」 first: each row's serial opens it)
  const group = cellLine(items[i]) === '类别' && VERTICAL_HEAD.test(cellLine(items[i + 1]) ?? '') ? 1 : 0;
  const serial = cellLine(items[i + group]) === '序号' ? 1 : 0;
  const first = headCellAt(items, i + group + serial);
  const head = first?.text ?? null;
  // (「类别」/「人数（人）」/「占初次就业人数比例（%）」: kinds over a count and its share)
  // (「去向类别」「产业类别」: kinds of something, as 类别)
  const kinds = head !== null && /^(?:[\u4e00-\u9fa5]{2})?类别$/.test(head) && !group;
  if (head === null || !(VERTICAL_HEAD.test(head) || (kinds && MEASURE_HEAD.test(headCellAt(items, i + serial + first!.lines)?.text ?? '')) || namedOverYears(items, i + group + serial))) return null;
  const cells = serial ? ['序号', head] : [head];
  let k = i + group + serial + first!.lines;
  while (k < items.length && cells.length < 6 + serial) {
    const at = headCellAt(items, k);
    const c = at?.text ?? null;
    // (「增减」: a change column after the years, read by nobody)
    // (「调查项目」/「调查对象」/「满意度（%）」「调查对象」/「有效问卷（份）」/「满意度（%）」: who was asked, or a count in its own
    // unit, beside the one column of figures a table with no year has)
    const beforeMeasure = cells.length === 1 + serial || (cells.length === 2 + serial && (TEXT_HEAD.test(cells[1 + serial]!) || UNIT_HEAD.test(cells[1 + serial]!)));
    // (「全国平均」「全市（2024年）」「2024年全市」: a wider region's column after the years, which the table reader reads for nobody)
    // (「调查项目」/「满意度（%）」/「有效样本（份）」: a survey's sample after its one column of figures)
    const sampleAfter = cells.length === 2 + serial && MEASURE_HEAD.test(cells[1 + serial]!) && c !== null && UNIT_HEAD.test(c) && SAMPLE_HEAD.test(c);
    // (「2024年」/「2023年」/「调查人数」/「调查方式」: a survey's sample and how it was taken, after the years)
    const afterYears = c !== null && (SAMPLE_HEAD.test(c) || NOTE_HEAD.test(c)) && cells.slice(1 + serial).some((x) => yearOfHeaderCell(x) !== null || YEAR_MEASURE_HEAD.test(x));
    // (「评估指标」/「评估标准」/「2023年」/「2024年」/「结论」: the standard each row is held against, before the years)
    // (「调查项目」/「样本量」/「2023年（%）」/「2024年（%）」: the sample each row's figures come from, likewise)
    const standard = c !== null && cells.length === 1 + serial && (STANDARD_COL.test(c) || (SAMPLE_HEAD.test(c) && yearOfHeaderCell(headCellAt(items, k + at!.lines)?.text ?? '') !== null));
    // 「数值」 over 「2023年」/「2024年」: a word a merged cell set over the years, no column of its own
    // (「数值」/「数值」/「2023年」/「2024年」: the merged cell printed once for each column it spans, a Word table's merged header
    // flattened)
    let again = 0;
    while (c !== null && YEARS_SPAN_WORD.test(c) && headCellAt(items, k + at!.lines + again)?.text === c) again += headCellAt(items, k + at!.lines + again)!.lines;
    const overYears = c !== null && YEARS_SPAN_WORD.test(c) ? yearsUnder(items, k + at!.lines + again) : null;
    if (overYears) {
      cells.push(...overYears.years);
      k += at!.lines + again + overYears.lines;
      continue;
    }
    // (「指标」/「单位」/「数值」 over rows of one figure each: a table with no year, its one column the report's year's, as the table
    // reader reads 数值)
    const oneValue = c !== null && ONE_VALUE_HEAD.test(c) && cells.length >= 1 + serial && !cells.slice(1 + serial).some((x) => x !== '单位');
    if (oneValue) {
      cells.push(c!);
      k += at!.lines;
      break;
    }
    // (「项目」/「本市」/「全省」/「上年本市」: the region's own column beside wider places' and its own last year's, which the table
    // reader tells apart by the report's place)
    const place = c !== null && PLACE_HEAD_CELL.test(flatCell(c)) && cells.slice(1 + serial).every((x) => PLACE_HEAD_CELL.test(flatCell(x)));
    if (c === null || !(c === '单位' || standard || place || yearOfHeaderCell(c) !== null || YEAR_MEASURE_HEAD.test(c) || afterYears || (cells.length > 2 && (CHANGE_HEAD.test(c) || WIDER_REGION_CELL.test(flatCell(c)))) || (beforeMeasure && MEASURE_HEAD.test(c)) || sampleAfter || (cells.length === 1 + serial && (TEXT_HEAD.test(c) || UNIT_HEAD.test(c)) && MEASURE_HEAD.test(headCellAt(items, k + at!.lines)?.text ?? '')))) break;
    k += at!.lines;
    // 「满意度（%）」 over 「2023年」/「2024年」: a measure's cell spanning its years, each year's column the measure's
    // (「满意度（%）」/「满意度（%）」/「上年度」/「本年度」: the merged cell printed once for each column it spans)
    let spanAgain = 0;
    if (MEASURE_HEAD.test(c)) while (headCellAt(items, k + spanAgain)?.text === c) spanAgain += headCellAt(items, k + spanAgain)!.lines;
    const spanned = MEASURE_HEAD.test(c) ? yearsUnder(items, k + spanAgain) : null;
    if (spanned) {
      cells.push(...spanned.years.map((y) => y + c));
      k += spanAgain + spanned.lines;
      break;
    }
    cells.push(c);
    if (MEASURE_HEAD.test(c) && cells.length > 2 + serial) break;
  }
  // 「2023届」「2024届」 over 「人数（人）」「占比（%）」 twice: each year's cell spans its measures, the same under each year
  const years = cells.slice(1 + serial).filter((c) => c !== '单位');
  if (years.length >= 2 && years.every((c) => yearOfHeaderCell(c) !== null)) {
    const spans = measuresUnder(items, k, years.length);
    if (spans) {
      // (a count's column is the year's own, in the count's unit: 「2023届（人）」; a share's is read by nobody, see verticalTables)
      cells.splice(cells.length - years.length, years.length, ...years.flatMap((y) => spans.measures.map((m) => (COUNT_HEAD.test(m) ? y + (BRACKETED_UNIT.exec(m)?.[0] ?? '') : y + m))));
      k += spans.lines;
    }
  }
  // (「人数（人）」/「占初次就业人数比例（%）」: a count and its share, the one column each)
  const share = cells.length === 2 + serial && MEASURE_HEAD.test(cells[1 + serial]!) ? headCellAt(items, k) : null;
  if (share && SHARE_HEAD.test(share.text)) {
    cells.push(share.text);
    k += share.lines;
  }
  const measured = (cells.length === 2 + serial || (cells.length === 3 + serial && (TEXT_HEAD.test(cells[1 + serial]!) || UNIT_HEAD.test(cells[1 + serial]!)))) && MEASURE_HEAD.test(cells[cells.length - 1]!);
  return (cells.length >= 3 + serial || measured) && cells.slice(1 + serial).some((c) => c !== '单位') ? { cells, lines: k - i } : null;
}

/**
 * The header cell at k, with the piece Word wrapped onto the next line when the cell was too narrow for it: 「2023」/「年」,
 * 「指标」/「名称」, 「有效样本」/「（份）」, 「增减」/「情况」.
 */
function headCellAt(items: Item[], k: number): { text: string; lines: number } | null {
  const c = cellLine(items[k]);
  if (c === null) return null;
  // 「单」/「位」: a narrow cell printed a character a line (a landscape page's header), one word
  if (c.length === 1 && isHan(c.charCodeAt(0))) {
    let word = c;
    while (word.length < 8) {
      const n = cellLine(items[k + word.length]);
      if (n === null || n.length !== 1 || !isHan(n.charCodeAt(0))) break;
      word += n;
    }
    if (word.length >= 2) return { text: word, lines: word.length };
  }
  const next = cellLine(items[k + 1]);
  // (「人数」/「占比（%）」 under a year: two measures whole, each its column, no word wrapped in two)
  if (next !== null && ((/^(?:19|20)\d{2}$/.test(c) && /^(?:年|年度|届|学年)$/.test(next)) || WRAPPED_UNIT.test(next) || WRAPPED_HEAD.test(c + next) || (/^[\u4e00-\u9fa5]{2,6}$/.test(c) && !MEASURE_HEAD.test(c) && WRAPPED_TAIL.test(next)))) return { text: c + next, lines: 2 };
  return { text: c, lines: 1 };
}
/** 「（份）」「（%）」: a header cell's unit wrapped onto a line of its own. */
const WRAPPED_UNIT = /^[（(][^（()）\d]{1,6}[)）]$/;
/** 「去向」/「类别」, 「占毕业生」/「比例（%）」: a header cell's last word, or its share, wrapped onto a line of its own. */
const WRAPPED_TAIL = /^(?:类别|名称|情况|(?:比例|占比|比重)\s*(?:\(%\)|（%）|（％）))$/;
/** Header words a narrow cell breaks in two. */
const WRAPPED_HEAD = /^(?:指标名称|项目名称|调查对象|评价对象|调查项目|评价项目|测评项目|测评对象|增减情况|变化情况|增减变化|同比增减|同比变化|较上年增减)$/;

/** Two or more years right after a measure's cell (see verticalHeaderAt), or null. */
/** The word a merged header cell sets over the year columns: 「数值」「年份」. */
/** The one column of figures of a table with no year: the report's year's. */
const ONE_VALUE_HEAD = /^(?:数值|数据|指标值|本年度|本年|年度值)$/;
const YEARS_SPAN_WORD = /^(?:数值|数据|年份|年度|指标值|统计值|结果|调查结果)$/;
/** 「上年度」「本年度」: a year column named as the report names its years (the table reader dates them). */
const RELATIVE_YEAR_HEAD = /^(?:上年度?|上一年度?|去年|上学年|本年度?|今年|本学年)$/;
function yearsUnder(items: Item[], k: number): { years: string[]; lines: number } | null {
  const years: string[] = [];
  let lines = 0;
  for (let at = headCellAt(items, k); at && (yearOfHeaderCell(at.text) !== null || RELATIVE_YEAR_HEAD.test(at.text)); at = headCellAt(items, k + lines)) {
    years.push(at.text);
    lines += at.lines;
  }
  return years.length >= 2 ? { years, lines } : null;
}
/**
 * The measures each of n years spans, on the lines right after the years (「人数（人）」「占比（%）」 under each), or null:
 * two or more measures, the same ones in the same order under every year.
 */
function measuresUnder(items: Item[], k: number, n: number): { measures: string[]; lines: number } | null {
  const found: string[] = [];
  let lines = 0;
  for (let at = headCellAt(items, k); at && MEASURE_HEAD.test(at.text); at = headCellAt(items, k + lines)) {
    found.push(at.text);
    lines += at.lines;
  }
  const per = found.length / n;
  if (!Number.isInteger(per) || per < 2) return null;
  const measures = found.slice(0, per);
  return found.every((m, i) => m === measures[i % per]) ? { measures, lines } : null;
}
/** 「占初次就业人数比例（%）」「占比（%）」: the share each row's count is of a whole. */
const SHARE_HEAD = /^占?[\u4e00-\u9fa5]{0,12}(?:比例|占比|比重)\s*(?:\(%\)|（%）|（％）)$/;
/** A measure that counts (「人数（人）」「数量」): its column under a year is that year's figures. */
const COUNT_HEAD = /^(?:(?:就业|毕业生|学生)?人数|数量|数值)/;
const BRACKETED_UNIT = /(?:\([^()]{1,6}\)|（[^（）]{1,6}）)$/;
/** 「2023届占比（%）」: a year's share column, where the years span their measures (see measuresUnder). */
const SPANNED_SHARE = /^(?:19|20)\d{2}\s*(?:年度|年|届|学年)?(?:比例|占比|比重)(?:\(%\)|（%）|（％）)?$/;
/**
 * 「产业」/「2023年」/「2024年」: a short word over two year lines heads the label column of a table one cell a line, whatever
 * the word (what the rows are kinds of).
 */
function namedOverYears(items: Item[], i: number): boolean {
  // (a short name has no space: the line is one cell whatever splits it)
  const it = items[i]!;
  if (it.kind !== 'row' || !SHORT_NAME.test(it.quote.trim())) return false;
  const head = cellLine(it);
  if (head === null) return false;
  const [a, b] = [cellLine(items[i + 1]), cellLine(items[i + 2])];
  return a !== null && b !== null && yearOfHeaderCell(a) !== null && yearOfHeaderCell(b) !== null;
}
const SHORT_NAME = /^[\u4e00-\u9fa5]{2,6}$/;
/** 「调查对象」: a column naming who was asked, text beside the label. */
const TEXT_HEAD = /^(?:调查对象|评价对象|对象|类别)$/;
/** A column of words saying how a row's figure was taken (调查方式, 备注, 数据来源). */
const NOTE_HEAD = /^(?:调查方式|调查方法|备注|说明|数据来源|来源|统计口径|是否达标|达标情况|(?:评估|评价)?(?:结论|判定|等次))$/;
/** 「有效样本（份）」「问卷数（份）」: a survey's sample. */
const SAMPLE_HEAD = /样本|问卷|调查人数|调查人次|份数/;
/** 「有效问卷（份）」: a column counting something in its own unit, beside the one column of figures. */
const UNIT_HEAD = /^[\u4e00-\u9fa5]{2,8}(?:\([^()]{1,4}\)|（[^（）]{1,4}）)$/;
/** 「满意度（%）」: the one column of figures of a table with no year, dated by the report (the table reader does so). */
const MEASURE_HEAD = /^(?:满意度|满意率|数值|数量|(?:就业|毕业生|学生)?人数|比例|占比)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?$/;

/**
 * 「指标」/「单位」/「2023年」/「2024年」, then 「中等职业学校数 所 36 34」/「其中：公办学校数 所 28 27」/…: a header printed a cell a
 * line over rows printed a row a line, each as wide as the header and holding a figure (a WPS export's text layer).
 */
function wholeRowsAt(items: Item[], from: number, header: string[]): { cells: string[]; at: Row; lines: number }[] | null {
  const rows: { cells: string[]; at: Row; lines: number }[] = [];
  // (「1   毕业生人数   人   10870   11236」 under 「序号」: each row's serial before its label)
  const serial = header[0] === '序号' ? 1 : 0;
  for (let k = from; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== 'row' || it.fromTable || it.oneCell || it.cells.length !== header.length || (serial && !SERIAL_CELL.test(it.cells[0]!)) || !isRowLabel(it.cells[serial]!) || !it.cells.slice(1 + serial).some(isFigureLine)) break;
    rows.push({ cells: it.cells, at: it, lines: 1 });
  }
  return rows.length >= 2 ? rows : null;
}

/** The rows after a vertical header: groups of as many lines, each a label, its unit where the header has one, figures. */
function verticalRowsAt(items: Item[], from: number, header: string[]): { cells: string[]; at: Row; lines: number }[] {
  const rows: { cells: string[]; at: Row; lines: number }[] = [];
  const unitCol = header.indexOf('单位');
  const serial = header[0] === '序号' ? 1 : 0;
  // (a serial lost at a page break, taken for a page number: the row goes on without it)
  const lostAt = (j: number): number => (serial && !SERIAL_CELL.test(cellLine(items[j]) ?? '') ? 1 : 0);
  /** The row whose cells start at line j, all of them there (null), or no row at all (a line that is no label). */
  const rowAt = (j: number): { cells: string[]; lost: number; width: number } | null | 'none' => {
    const lost = lostAt(j);
    const width = header.length - lost;
    if (j + width > items.length) return 'none';
    const lines = Array.from({ length: width }, (_, k) => cellLine(items[j + k]));
    const cells = [...(lost ? [''] : []), ...lines.map((c) => c ?? '')];
    if (!isRowLabel(cells[serial]!)) return 'none';
    const ok = lines.every((c) => c !== null) && cells.every((c, k) => k <= serial || fits(c, k));
    // (「…」/「94.72」/「2」/「毕业生满意度」/「%」: a unit right after the row's last cell makes that cell the next row's label, the
    // figure before it that row's serial: this row ended earlier)
    const after = unitCol > serial ? cellLine(items[j + width]) : null;
    if (ok && after !== null && isUnitCell(after) && !isDash(after) && !valueOfCell(after)) return null;
    return ok ? { cells, lost, width } : null;
  };
  const fits = (c: string, k: number): boolean =>
    k === unitCol ? isUnitCell(c) || isDash(c) || (c.length <= 4 && !/\d/.test(c)) : CHANGE_HEAD.test(header[k]!) || STANDARD_COL.test(header[k]!) ? c.length <= 16 && !/[\u4e00-\u9fa5]{3}/.test(c) : TEXT_HEAD.test(header[k]!) || NOTE_HEAD.test(header[k]!) ? (c.length <= 20 && /[\u4e00-\u9fa5]{2}/.test(c)) || isDash(c) : isDash(c) || !!valueOfCell(c);
  for (let j = from; j < items.length; ) {
    // (「教学计划内课程总数*」/「门」/「7412」/「7856」, then 「学时」/「741580」/「786300」: the row above's figures in another
    // unit, its serial and label left empty as a merged cell leaves them)
    const unit = rows.length && unitCol > serial ? cellLine(items[j]) : null;
    if (unit && isUnitCell(unit) && !isDash(unit)) {
      const lines = Array.from({ length: header.length - unitCol }, (_, k) => cellLine(items[j + k]));
      if (lines.every((c, k) => c !== null && fits(c, unitCol + k))) {
        rows.push({ cells: [...header.slice(0, unitCol).map(() => ''), ...(lines as string[])], at: items[j] as Row, lines: lines.length });
        j += lines.length;
        continue;
      }
    }
    const row = rowAt(j);
    if (row === 'none') return rows;
    if (row) {
      rows.push({ cells: row.cells, at: items[j] as Row, lines: row.width });
      j += row.width;
      continue;
    }
    const lost = lostAt(j);
    // (「公共基础课（不含思想政治课）」/「教学满意度*」/「%」/…, no serial before it: a label's first half over a whole row is a
    // row of its own, as shortRowAt gives one where the serial is printed)
    if (lost) {
      const rest = rowAt(j + 1);
      if (rest && rest !== 'none' && rest.lost) {
        rows.push({ cells: header.map((_, n) => (n === serial ? cellLine(items[j])! : '')), at: items[j] as Row, lines: 1 });
        j++;
        continue;
      }
    }
    // (「其中：课堂育人满意度*」/「%」/「93.40」/「94.36」 under a header that opens on 序号: a sub-row printed with no serial)
    const short = shortRowAt(items, j, header, lost);
    if (!short) return rows;
    rows.push(short);
    j += short.lines;
  }
  return rows;
}

/**
 * 「指标」/「2022年」/「2023年」/「2024年」, then 「学校数（所）」/「招生数（人）」/「毕业生数（人）」, then 「61」/「40126」/「31540」, then
 * 「59」/…: a table some PDF producers print a column at a time, every row's label first, then each column top to bottom.
 * A run of labels followed by exactly as many cells for each other column, and no figure after them, is read no other
 * way (rows read one at a time would give the last label the first column's figures).
 */
function columnMajorAt(items: Item[], from: number, header: string[]): { cells: string[]; at: Row; lines: number }[] | null {
  const serial = header[0] === '序号' ? 1 : 0;
  let k = from;
  // (「1」/「2」/…: the serials first, fewer than the rows where a group's serial spans its sub-rows)
  // (「6」/「7」/…: a table continued from the one before numbers on)
  if (serial) {
    const first = Number(cellLine(items[k]));
    let s = first;
    if (!Number.isInteger(first) || first < 1) return null;
    while (cellLine(items[k]) === String(s)) (k++, s++);
    // (a table printed a row at a time has one serial before its first label)
    if (s - first < 2) return null;
  }
  const labels: { text: string; at: Row }[] = [];
  for (let c = cellLine(items[k]); c !== null && isRowLabel(c); c = cellLine(items[++k])) labels.push({ text: c, at: items[k] as Row });
  if (labels.length < 2) return null;
  const unitCol = header.indexOf('单位');
  let units = 0;
  if (unitCol > serial) while (isUnitLine(cellLine(items[k + units]))) units++;
  // (「公共基础课（不含思想政治」/「课）教学满意度」: a label wrapped in its cell is one row's, as the units column counts them)
  const joined = joinWrapped(labels, units || labels.length);
  // (「教学计划内课程总数」 over 「门」 and 「学时」: one label over its courses and their hours, the hours' row left unlabelled,
  // as the rows of a table read a row at a time leave it)
  const rows = units > joined.length ? hoursRows(joined, Array.from({ length: units }, (_, r) => cellLine(items[k + r])!)) : joined;
  const n = unitCol > serial ? units : rows.length;
  if (rows.length !== n || n < 2) return null;
  // (a rate's row in per cent, a count's not: labels and units set side by side a row off disagree somewhere)
  if (unitCol > serial && rows.some((r, i) => !unitFits(r.text, cellLine(items[k + i])!))) return null;
  // (an hours row whose label is no hours' and not left for the count above it: the labels stand a row off)
  if (unitCol > serial && rows.some((r, i) => i > 0 && /^(?:学时|课时)$/.test(cellLine(items[k + i])!) && /^(?:门|个|项)$/.test(cellLine(items[k + i - 1])!) && r.text !== '' && !/学时|课时/.test(r.text))) return null;
  // (the label's column first)
  const columns = header.slice(serial);
  const cells = rows.map((r) => [...(serial ? [''] : []), r.text, ...columns.slice(1).map(() => '')]);
  let c = 1;
  for (; c < columns.length; c++) {
    const head = columns[c]!;
    const isYear = yearOfHeaderCell(head) !== null;
    // columns after the years (调查人次, 调查方式, 增减) are left unread: their cells may be fewer than the rows; any other
    // before them reads no table this way
    if (!isYear && head !== '单位') {
      if (columns.slice(c).some((h) => yearOfHeaderCell(h) !== null)) return null;
      break;
    }
    for (let r = 0; r < n; r++) {
      const v = cellLine(items[k + r]);
      if (v === null || !(head === '单位' ? isUnitLine(v) : isFigureLine(v))) return null;
      cells[r]![serial + c] = v;
    }
    k += n;
  }
  if (c === columns.length && isFigureLine(cellLine(items[k]))) return null;
  // each row's figures over the years are of one size: a column read a cell off would set rows' figures side by side
  const yearCols = columns.flatMap((h, i) => (yearOfHeaderCell(h) !== null ? [serial + i] : []));
  if (yearCols.length < 1) return null;
  for (const row of cells) {
    const vs = yearCols.map((i) => valueOfCell(row[i]!)?.value).filter((v): v is number => v !== undefined && v > 0);
    // (small counts may well triple in a year: 1 → 4 patents)
    if (vs.length > 1 && Math.max(...vs) >= 20 && Math.max(...vs) > 3 * Math.min(...vs)) return null;
  }
  const lines = k - from;
  return rows.map((r, i) => ({ cells: cells[i]!, at: r.at, lines: i === 0 ? lines - (n - 1) : 1 }));
}

/** Rows for units that outnumber the labels by the hours of counted courses (门 then 学时), each under the count's label. */
function hoursRows(labels: { text: string; at: Row }[], units: string[]): { text: string; at: Row }[] {
  const pairs = units.flatMap((u, p) => (/^(?:门|个|项)$/.test(u) && /^(?:学时|课时)$/.test(units[p + 1] ?? '') ? [p + 1] : []));
  if (pairs.length !== units.length - labels.length) return labels;
  // (a label the cell's width broke, 「…产教融合实践」/「中心数量」, beside an hours row: which of the two took the extra line is not
  // known)
  if (labels.some((l) => !LABEL_END.test(l.text) && !/^其中/.test(l.text))) return labels;
  const out: { text: string; at: Row }[] = [];
  let l = 0;
  for (let p = 0; p < units.length; p++) out.push(pairs.includes(p) ? { text: '', at: labels[l - 1]!.at } : labels[l++]!);
  return out;
}

/** Whether a row's unit suits its label: a rate's is a per cent, a count's is not. */
function unitFits(label: string, unit: string): boolean {
  const bare = label.replace(/[*＊\s]+$/, '');
  const share = /[%％]/.test(unit);
  if (/(?:比例|比率|率|满意度|占比|比重)$/.test(bare)) return share || isDash(unit);
  if (/(?:数|数量|人数|总数)$/.test(bare)) return !share;
  return true;
}

const isUnitLine = (c: string | null): boolean => c !== null && (isDash(c) || (isUnitCell(c) && !valueOfCell(c)));

/**
 * Labels a cell's width broke over two lines, joined again, as many as the units column has rows: first those whose
 * bracket is left open (「公共基础课（不含思想政治」/「课）教学满意度」), then, if that leaves exactly as many too many, those
 * that stop short of a label's last word (「…产教融合实践」/「中心数量」, 「…证书（含职业资格证书）」/「获取人数」).
 */
function joinWrapped(labels: { text: string; at: Row }[], rows: number): { text: string; at: Row }[] {
  const join = (list: { text: string; at: Row }[], cut: (t: string) => boolean) => {
    const out: { text: string; at: Row }[] = [];
    for (const l of list) {
      const last = out[out.length - 1];
      if (last && cut(last.text)) last.text += l.text;
      else out.push({ ...l });
    }
    return out;
  };
  // (an open bracket never ends a label)
  const bracketed = join(labels, (t) => /[（(][^）)]*$/.test(t));
  if (bracketed.length <= rows) return bracketed;
  const short = bracketed.slice(0, -1).filter((l) => !LABEL_END.test(l.text)).length;
  return short === bracketed.length - rows ? join(bracketed, (t) => !LABEL_END.test(t)) : bracketed;
}
/** How a table's label ends: its measure's last word, a unit in brackets, the mark of a standard indicator. */
const LABEL_END = /(?:[数率额值量度比费时宽积金入益例重酬资薪*＊]|[（(](?:%|％|人|个|所|元|万元|门|学时|项|本|Mbps|人次|课时)[)）])\s*$/;

function isRowLabel(cell: string): boolean {
  return /[\u4e00-\u9fa5]/.test(cell) && cell.length <= 40 && !isHeaderWord(cell) && !valueOfCell(cell) && !isUnitCell(cell);
}

/**
 * A row printed without its empty cells, as old PDF printers drop them: 「生师比」/「17.6:1」/「17.3:1」 under
 * 指标 | 单位 | 2023年 | 2024年 | 增减 has no unit and no change. The row runs from its label to the next label. A unit
 * is known by its look, a change by its sign; the figures left fill the figure columns only when there are exactly as
 * many, since a missing year cannot be told from a missing change otherwise (the row then gives no figure). A label
 * with no figure over another label (「在校生」/「总体满意度」/「97.2」, 「公共基础课（不含思想政治课）教学」/「满意度」/「95.0」)
 * is a group's name or a label's first half: a row of its own, which the table reader joins to the next where that
 * names the row.
 */
function shortRowAt(items: Item[], j: number, header: string[], lost = 0): { cells: string[]; at: Row; lines: number } | null {
  const serial = header[0] === '序号' ? 1 : 0;
  let k = j + serial - lost;
  const first = cellLine(items[k]);
  if (first === null || !isRowLabel(first)) return null;
  k++;
  // (「“双师型”教师比例」/「（%）」/「59.7」/「62.4」: the label's unit wrapped onto a line of its own, where the table has no unit
  // column, is the label's end)
  const wrapped = !header.includes('单位') && WRAPPED_UNIT.test(cellLine(items[k]) ?? '') ? cellLine(items[k])! : null;
  if (wrapped) k++;
  const label = wrapped ? first + wrapped : first;
  const labelOnly = () => ({ cells: header.map((_, n) => (n === serial ? label : n < serial && !lost ? cellLine(items[j])! : '')), at: items[j] as Row, lines: k - j });
  const next = cellLine(items[k]);
  if (next !== null && isRowLabel(next) && isFigureLine(cellLine(items[k + 1]))) return labelOnly();
  const found: string[] = [];
  const yearColumns = header.filter((h) => yearOfHeaderCell(h) !== null).length;
  for (let c = cellLine(items[k]) ?? arrowLine(items[k]); c !== null && found.length < header.length - 1 - serial; c = cellLine(items[++k]) ?? arrowLine(items[k])) {
    const pair = c.includes('→') || c.includes('➝') || c.includes('➔') ? ARROW_PAIR.exec(c) : null;
    // (「2」/「毕业生满意度」 after a row's years: the next row's serial, before its label)
    if (serial && /^\d{1,2}$/.test(c) && found.filter((f) => !isUnitCell(f) || !!valueOfCell(f)).length >= yearColumns && isRowLabel(cellLine(items[k + 1]) ?? '')) break;
    if (pair && isFigureLine(pair[1]!) && isFigureLine(pair[2]!)) found.push(pair[1]!, pair[2]!);
    else if (isFigureLine(c) || isUnitCell(c)) found.push(c);
    else break;
  }
  const { cells } = labelOnly();
  const unitCol = header.indexOf('单位');
  if (unitCol >= 0 && found.length && isUnitCell(found[0]!) && !valueOfCell(found[0]!)) cells[unitCol] = found.shift()!;
  if (found.some((c) => isUnitCell(c) && !valueOfCell(c) && !isDash(c))) return null;
  const figureCols = header.flatMap((h, c) => (yearOfHeaderCell(h) !== null || MEASURE_HEAD.test(h) ? [c] : []));
  const changeCols = header.flatMap((h, c) => (CHANGE_HEAD.test(h) ? [c] : []));
  const yearCols = figureCols.filter((c) => yearOfHeaderCell(header[c]!) !== null);
  const trailing = header.flatMap((h, c) => (yearCols.length && c > yearCols[yearCols.length - 1]! && !CHANGE_HEAD.test(h) ? [c] : []));
  const signed = found.filter((c) => /^[+\-＋－]/.test(c.trim()));
  const plain = found.filter((c) => !/^[+\-＋－]/.test(c.trim()));
  if (plain.length === figureCols.length && signed.length <= changeCols.length) {
    plain.forEach((c, n) => (cells[figureCols[n]!] = c));
    signed.forEach((c, n) => (cells[changeCols[n]!] = c));
  } else if (plain.length === figureCols.length + changeCols.length && !signed.length) {
    const cols = [...figureCols, ...changeCols].sort((a, b) => a - b);
    found.forEach((c, n) => (cells[cols[n]!] = c));
  } else if (!signed.length && yearCols.length >= 2 && plain.length >= yearCols.length && plain.length - yearCols.length <= trailing.length && figureCols.every((c) => c >= yearCols[0]!)) {
    // (「调查人数」「调查方式」 after the years: a survey's sub-row prints its years' figures, and its sample or not)
    plain.forEach((c, n) => (cells[n < yearCols.length ? yearCols[n]! : trailing[n - yearCols.length]!] = c));
  } else return labelOnly();
  return { cells, at: items[j] as Row, lines: k - j };
}

function isFigureLine(c: string | null): boolean {
  return c !== null && (isDash(c) || !!valueOfCell(c));
}

/**
 * 「学校数（所）」/「2022年  2023年」/「50  48」: a slide's chart, its name over a line of years and a line of as many figures, is
 * a table of one row (its quote the figures' line).
 */
export function chartCards(items: Item[]): Item[] {
  return rewriteRuns(items, (all, i) => {
    const card = chartCardAt(all, i);
    if (!card) return null;
    const figures = all[i + 2] as Row;
    return {
      items: [
        all[i]!,
        all[i + 1]!,
        { kind: 'tableStart', order: figures.order },
        new Row(card.header.join('\t'), card.header, true, figures.page, figures.order, figures.block),
        new Row(figures.quote, card.cells, true, figures.page, figures.order, figures.block),
        { kind: 'tableEnd', order: figures.order },
      ],
      span: 3,
    };
  });
}
const YEARS_ONLY = /^\s*20\d\d\s*(?:年度?|届|学年)?(?:\s+20\d\d\s*(?:年度?|届|学年)?)+\s*$/;
const FIGURES_ONLY = /^\s*[0-9][0-9,.]*\s*(?:%|％)?(?:\s+[0-9][0-9,.]*\s*(?:%|％)?)+\s*$/;
function chartCardAt(items: Item[], i: number): { header: string[]; cells: string[] } | null {
  const years = items[i + 1];
  const figures = items[i + 2];
  // (the lines' looks first: most rows' cells are never split, see Row)
  if (years?.kind !== 'row' || years.fromTable || !YEARS_ONLY.test(years.quote) || figures?.kind !== 'row' || figures.fromTable || !FIGURES_ONLY.test(figures.quote)) return null;
  const name = cellLine(items[i]);
  if (name === null || name.length > 24 || !isRowLabel(name)) return null;
  const ys = years.cells;
  const fs = figures.cells;
  if (ys.length < 2 || fs.length !== ys.length || !ys.every((y) => YEAR_LINE.test(y)) || !fs.every((f) => !!valueOfCell(f))) return null;
  return { header: ['指标', ...ys], cells: [name, ...fs] };
}

/** A figure with its year before it, a cell of its own: 「2023年 16,980」「2024年：96.89」. */
const YEAR_TAGGED = /^(20\d\d)\s*年度?\s*[:：]?\s*([0-9][0-9,.]*\s*%?)$/;
/** What a line's quote holds where a cell may be so: one scan before any cell is split. */
const MAY_BE_YEAR_TAGGED = /20\d\d\s*年度?\s*[:：]?\s*[0-9]/;

/** A row's label (and unit) and its figures without their years, and the years in order, or null. */
function yearTagged(it: Item | undefined): { years: number[]; cells: string[]; unit: boolean } | null {
  if (it?.kind !== 'row' || it.fromTable || !MAY_BE_YEAR_TAGGED.test(it.quote)) return null;
  const c = it.cells;
  const at = c.findIndex((x) => YEAR_TAGGED.test(x));
  if (at < 1 || at > 2 || c.length - at < 2 || !/[\u4e00-\u9fa5]/.test(c[0]!) || (at === 2 && !isUnitCell(c[1]!))) return null;
  const tagged = c.slice(at).map((x) => YEAR_TAGGED.exec(x));
  if (tagged.some((m) => !m)) return null;
  return { years: tagged.map((m) => Number(m![1])), cells: [...c.slice(0, at), ...tagged.map((m) => m![2]!)], unit: at === 2 };
}

/**
 * 「毕业生人数｜人｜2023年 16,980｜2024年 17,652」: a CMS's table flattened into lines, each figure after its year. A run of at
 * least two such lines with the same years is a table by year, its header made of the years they name.
 */
export function yearTaggedTables(items: Item[]): Item[] {
  let out: Item[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const first = yearTagged(items[i]);
    const rows: { cells: string[]; at: Row }[] = [];
    for (let k = i, r = first; r && r.unit === first!.unit && r.years.join() === first!.years.join(); r = yearTagged(items[++k])) rows.push({ cells: r.cells, at: items[k] as Row });
    if (rows.length < 2 || new Set(first!.years).size !== first!.years.length) {
      out?.push(items[i]!);
      continue;
    }
    out ??= items.slice(0, i);
    const head = rows[0]!.at;
    const header = ['指标', ...(first!.unit ? ['单位'] : []), ...first!.years.map((y) => `${y}年`)];
    out.push({ kind: 'tableStart', order: head.order });
    out.push(new Row(header.join('\t'), header, true, head.page, head.order, head.block));
    for (const r of rows) out.push(new Row(r.at.quote, r.cells, true, r.at.page, r.at.order, r.at.block));
    out.push({ kind: 'tableEnd', order: rows[rows.length - 1]!.at.order });
    i += rows.length - 1;
  }
  return out ?? items;
}
