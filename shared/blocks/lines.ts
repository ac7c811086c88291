/**
 * Lines -> blocks: the half of block building that plain text and a PDF viewer's text layer share.
 * Their lines are the page's printed lines, so the same rules apply to both:
 * - page numbers (「12」「- 12 -」「第3页 共27页」) and running headers repeated on every page are dropped,
 *   but a lone 「2」 inside a table is a row's 序号 and stays;
 * - a line that looks like a table row (several figures, or 序号/指标/单位/2024年) stays its own block,
 *   and so does a short label next to one: the engine reads such lines as table rows;
 * - prose broken at the page width is re-joined into paragraphs (no space between CJK pieces);
 * - section headings (「1.2办学条件」「一、」「第二章」) become heading blocks, 表N captions their own line.
 * Every block keeps the ref (a DOM element, a line number) of its first line.
 */
import type { Block } from './types';
import { chineseShare } from '../text/script';
import { barCells, DATED_BAR_CARD, FIGURE_BAR_CARD, IMAGE_ALT, LIST_MARK, NAME_BAR_CARD, RECORD_LINE, SPEAKER_ROLES, UNIT_ALONE, compactKey, joinBroken, toHalfWidth } from '../text/normalize';

export type Unit<R> =
  | { kind: 'line'; text: string; ref?: R; page?: number }
  | { kind: 'blank' }
  | { kind: 'block'; block: Block; ref?: R };

export interface Built<R> {
  blocks: Block[];
  refs: (R | undefined)[];
}

const SENTENCE_END = /[。！？!?][”’」』）)]*$/;
/** 「结果来了👇」「具体如下」: a line pointing at the lines under it. */
const POINTS_DOWN = /(?:\u{1F447}|\u2B07\uFE0F?|↓|如下)\s*$/u;
const STARTS_WITH_PUNCT = /^[，、。；：！？,;）)」』”’]/;
// (a bare number of four digits is no page, 「9260」 alone is a table's cell printed on a line of its own; but a year alone,
// 「2023」, is asked as a page's number is; 「·12·」, as a printed report sets it, is one)
const PAGE_NO =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|一\s*\d{1,4}\s*一|[·•・]\s*\d{1,4}\s*[·•・]|\d{1,3}|(?:19|20)\d\d|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
const NUM_TOKEN = /^(?:[-+]?\d[\d,.]*(?:%|‰|万|亿|元|人|:1|：1)?|\d+(?:\.\d+)?[:：∶]\d+(?:\.\d+)?|[-—–－/]{1,2})$/;
const HEADER_CELL = /^(?:序号|序|指标|指标名称|单位|计量单位|项目|名称|调查项目|调查对象|评价项目|评价对象|20\d\d\s*年度?|20\d\d[-—–]20\d\d\s*学年|调查人次|调查方式|备注)$/;
// (「附件1　神木市2024年度…数据表」: an attachment's title over the table pasted after it)
const CAPTION = /^(?:附\s*表|续\s*表|表|图)\s*[0-9一二三四五六七八九十]+(?:[-—.．][0-9]+)?(?:[:：\s]|[\u4e00-\u9fa5]|$)|^附\s*表$|^附件\s*[0-9一二三四五六七八九十]+\s*(?:[:：\s\u3000]|$)/;
const SECTION =
  /^(?:第[一二三四五六七八九十百]+[章节部分篇]|[一二三四五六七八九十]+\s*[、．.]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}(?:\.\d{1,2}){1,3}\s*(?=[^\d.\s])|\d{1,2}\s*[、．]\s*(?=[^\d]))/;
// (「案例　湖南铁道职业技术学院：“订单+现代学徒制”培养轨道交通工匠」: a box's title after 案例 and a space, no sentence)
const BOX_OPENS = /^\s*【\s*(?:典型)?案例\s*[0-9一二三四五六七八九十]*\s*】/;
// (「📌 案例｜…」: after a post's mark too)
const CASE = /^\s*(?:(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[●◆■▲★☆◇□►▶•▌▍▎])\uFE0F?\s*)?(?:【?\s*案例\s*[0-9一二三四五六七八九十]|典型案例|案例\s*[:：｜|丨]|案例\s+[^。，,；;！？!?]{4,40}$)/;

/** Cells of a text line split on whitespace; how many are figures. */
function figures(t: string): { cells: number; numeric: number } {
  const cells = toHalfWidth(t).split(/\s+/).filter(Boolean);
  let numeric = 0;
  for (const c of cells) if (NUM_TOKEN.test(c)) numeric++;
  return { cells: cells.length, numeric };
}

/** A text line that is a table row (or a table's header row) as PDF text layers print them. */
export function isRowLine(t: string): boolean {
  if (t.length > 200 || /[。；]/.test(t)) return false;
  // (「1｜毕业生人数｜人｜11540｜11260」「序号｜指标｜单位｜2023年｜2024年」: a grid's line, its cells set apart by bars alone)
  const bars = barCells(t);
  if (bars && (bars.some((c) => NUM_TOKEN.test(c)) || bars.filter((c) => HEADER_CELL.test(c) || YEAR_COLUMN_CELL.test(c)).length >= 2)) return true;
  const { cells, numeric } = figures(t);
  // (「７６，８２８」: a full-width comma inside a figure is no prose comma either)
  if (cells >= 2 && numeric >= 2 && !/[，,](?![\d０-９]{3})/.test(t)) return true;
  if (cells >= 3 && numeric >= 1 && /\s{2,}|\t/.test(t)) return true;
  const parts = toHalfWidth(t).split(/\s+/).filter(Boolean);
  // (「指标名称 计量单位 本年 上年 同比」: this year's and last year's columns by those words are header cells too)
  if (parts.length >= 3 && parts.filter((c) => HEADER_CELL.test(c) || YEAR_COLUMN_CELL.test(c)).length >= 2) return true;
  // 「2024年   2023年」「（本年） （上年）」: a header of year columns printed on a line of its own (repeated over every
  // table, so never a running header)
  if (parts.length >= 2 && parts.every((c) => YEAR_COLUMN_CELL.test(c))) return true;
  // 「公办 民办 合计 公办 民办 合计」: the row under a header naming each year's columns (repeated over every page of a
  // table, so never a running header)
  if (parts.length >= 3 && parts.every((c) => SUB_HEADER_CELL.test(c))) return true;
  // 「年份 学校数（所） 招生数 在校生 …」: the header of a table with one row per year, its cells set apart by single spaces
  if (parts.length >= 3 && BY_YEAR_HEAD.test(parts[0]!) && !/[，,、：:]/.test(t)) return true;
  // 「企业提供的校内实践教学设备值   1.08亿元」: a label and its figure across a column gap (a two-column table)
  // (most lines have no column gap: asked before anything is split)
  if (!COLUMN_GAP.test(t)) return false;
  const gap = t.split(COLUMN_GAP);
  return gap.length === 2 && gap[0]!.length <= 30 && /[\u4e00-\u9fa5]{2}/.test(gap[0]!) && LABEL_VALUE.test(gap[1]!.trim());
}
const COLUMN_GAP = /\t|\s{2,}/;
const BY_YEAR_HEAD = /^(?:年份|学年|年度|届别|届次|年届)$/;
const SUB_HEADER_CELL = /^(?:公办|民办|合计|小计|总计|人数|占比|比例|数量|上年增减|增减|同比|全市|全省|全县|全区)$/;
// (「2024年(%)」「2023年（人）」: a year column naming its figures' unit)
// (「上年度（2023年）」: the word and the year together)
const YEAR_COLUMN_CELL = /^(?:(?:20\d\d\s*(?:年度?|届|学年)|20\d\d\s*[-—–]\s*20\d\d\s*学年)(?:[(（][^()（）\d]{1,6}[)）])?|[(（]?(?:本年度?|上年度?|当年|上一年度?)[)）]?|(?:本年度?|上年度?|当年|上一年度?)\s*[(（]\s*20\d\d\s*(?:年度?|学年)?\s*[)）])$/;
/** A value cell of a two-column table: a figure with its unit, maybe last year's in brackets. */
const LABEL_VALUE = /^(?:约|近|超过|逾)?\s*[0-9０-９][0-9０-９,.]*\s*(?:万|亿)?\s*(?:%|％|[\u4e00-\u9fa5]{1,3}|Mbps)?\s*(?:[（(][^（()）]{1,30}[)）])?$/;

function headingLevel(t: string): number | null {
  // (「（三）技术技能。全州中职学生当年获得…」: a run-in title, its paragraph going on after it on the line, is the paragraph's)
  if (t.length > 36 || SENTENCE_END.test(t) || /[，,；;。！？]/.test(t)) return null;
  const m = SECTION.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  // the rest of a heading names a topic: no figures (「1.全市中职学校28所」 is prose)
  if (!rest.trim() || /\d/.test(rest)) return null;
  // 「96.8%」「3.5万人」「5.82万学时」: a figure and its unit, not a section's number and topic (「6.42万名在校生」: nor a figure in
  // 万 before its noun)
  if (!/[\u4e00-\u9fa5]{2}/.test(rest) || /^\s*[%％‰万亿]|^\s*(?:[人个所元名项门本次家]+|学时|课时|人次|人日|小时|平方米|亩|册|种|部|件|台|套)\s*$/.test(rest)) return null;
  // (「4.13万｜在校生」: a key figure before its name, no section's number)
  if (FIGURE_BAR_CARD.test(t)) return null;
  if (/^第/.test(m[0]) || /^[一二三四五六七八九十]/.test(m[0])) return 1;
  if (/^[（(]/.test(m[0])) return 2;
  const dots = (m[0].match(/\./g) ?? []).length;
  return dots ? dots + 1 : 2;
}

/** A text's lines in order, with the blank lines and the blocks (tables) among them. */
type SeqItem<R> = { kind: 'line'; l: L<R> } | { kind: 'blank' } | { kind: 'block'; block: Block; ref?: R };

interface L<R> {
  text: string;
  ref?: R;
  page?: number;
  row: boolean;
  pageNo: boolean;
  caption: boolean;
  heading: number | null;
  drop?: boolean;
  /** First or last line of its page (known when the lines carry pages). */
  edge?: boolean;
}

export function unitsToBlocks<R>(units: Unit<R>[]): Built<R> {
  // 1. classify lines; blocks and blanks pass through as separators
  type Seq = SeqItem<R>;
  const seq: Seq[] = [];
  const lines: L<R>[] = [];
  for (const u of units) {
    if (u.kind !== 'line') {
      seq.push(u);
      continue;
    }
    const text = unboxed(u.text.trim());
    if (!text) {
      seq.push({ kind: 'blank' });
      continue;
    }
    const row = isRowLine(text);
    const l: L<R> = {
      text,
      ref: u.ref,
      page: u.page,
      row,
      pageNo: PAGE_NO.test(toHalfWidth(text)),
      caption: !row && text.length <= 60 && CAPTION.test(toHalfWidth(text)),
      heading: row ? null : headingLevel(toHalfWidth(text)),
    };
    lines.push(l);
    seq.push({ kind: 'line', l });
  }

  markPageEdges(lines);
  dropRunningHeaders(lines);
  dropPageNumbers(seq);

  // 2. the width prose is wrapped at, if it is wrapped at all
  const width = wrapWidth(lines);

  // 3. emit
  const blocks: Block[] = [];
  const refs: (R | undefined)[] = [];
  const live: ({ i: number; l: L<R> } | null)[] = [];
  seq.forEach((s, i) => {
    if (s.kind === 'line' && !s.l.drop) live.push({ i, l: s.l });
    else if (s.kind === 'block') live.push(null);
  });
  // a line is in a table zone when it is a row, or short and next to a row
  const isShort = (l: L<R>) =>
    l.text.length <= 30 && !SENTENCE_END.test(l.text) && (!width.value || l.text.length < width.value * 0.72);
  const zone = new Set<L<R>>();
  for (let k = 0; k < live.length; k++) {
    const x = live[k];
    if (!x) continue;
    if (x.l.row) {
      zone.add(x.l);
      // short label fragments around a row belong to the table
      for (const d of [-2, -1, 1, 2]) {
        const y = live[k + d];
        if (y && isShort(y.l) && !y.l.heading && !y.l.caption) zone.add(y.l);
      }
    }
  }

  let para: { text: string; ref?: R; page?: number } | null = null;
  let paraLast: L<R> | null = null;
  /** Footnotes set aside while the paragraph that marks them goes on over the page break after them. */
  let notes: { block: Block; ref?: R }[] = [];
  const flush = () => {
    if (para) {
      blocks.push(para.page !== undefined ? { kind: 'paragraph', text: para.text, page: para.page } : { kind: 'paragraph', text: para.text });
      refs.push(para.ref);
    }
    for (const n of notes) {
      blocks.push(n.block);
      refs.push(n.ref);
    }
    notes = [];
    para = null;
    paraLast = null;
  };
  const push = (b: Block, ref?: R) => {
    flush();
    blocks.push(b);
    refs.push(ref);
  };
  const withPage = <B extends Block>(b: B, page?: number): B => (page !== undefined ? { ...b, page } : b);

  for (let at = 0; at < seq.length; at++) {
    const s = seq[at]!;
    if (s.kind === 'blank') {
      // blank lines end a paragraph only where prose is not hard-wrapped with blanks between its lines
      if (!width.blanksInside) flush();
      continue;
    }
    if (s.kind === 'block') {
      push(s.block, s.ref);
      continue;
    }
    const l = s.l;
    if (l.drop) continue;
    if (l.heading !== null) {
      push(withPage({ kind: 'heading', text: l.text, level: l.heading }, l.page), l.ref);
      continue;
    }
    if (l.row || l.caption || zone.has(l) || CASE.test(l.text)) {
      push(withPage({ kind: 'line', text: l.text }, l.page), l.ref);
      continue;
    }
    // (「…分项看，课堂育人满」/「②本次调查共回收有效问卷48620份…」/「— 3 —」/「意度96.8%…」: a footnote at a page's foot, which
    // the paragraph cut above it marks, is set aside until the paragraph goes on after the page break)
    const note = para && paraLast && !SENTENCE_END.test(paraLast.text) ? FOOTNOTE.exec(l.text) : null;
    const noteEnd = note && (para as { text: string }).text.includes(note[1]!) ? pageBreakAfter(seq, at) : -1;
    if (noteEnd > 0) {
      let text = l.text;
      for (let k = at + 1; k < noteEnd; k++) {
        const x = seq[k]!;
        if (x.kind === 'line') text = joinBroken(text, x.l.text);
      }
      notes.push({ block: withPage({ kind: 'paragraph', text }, l.page), ref: l.ref });
      at = noteEnd - 1;
      continue;
    }
    // prose: continue the open paragraph when the previous line was cut by the page width
    if (para && paraLast && canJoin(paraLast, l, width.value) && !(FIGURE_LINE.test(l.text) && nameAfter(seq, at)) && !(l.text.length <= 16 && figureAfter(seq, at))) {
      const p: { text: string; ref?: R; page?: number } = para;
      p.text = joinBroken(p.text, l.text);
      paraLast = l;
      continue;
    }
    flush();
    para = { text: l.text, ref: l.ref, page: l.page };
    paraLast = l;
  }
  flush();
  return { blocks, refs };
}

/** Whether a line is written in Chinese or in an alphabet, by most of what it says; null when neither or too short. */
function scriptOf(text: string): 'cjk' | 'latin' | null {
  const { cjk, said } = chineseShare(text);
  const other = said - cjk;
  if (said < 4) return null;
  return cjk >= 4 * other ? 'cjk' : other >= 4 * cjk ? 'latin' : null;
}
const ALPHABET = /[A-Za-z\u00c0-\u024f\u0370-\u052f]/;
const RATIO_UNIT = /^\s*[:：∶]\s*1\s*$/;
const ATTACHED_FILE = /\.(?:xlsx?|docx?|pdf|wps|et|csv|zip|rar)$/i;
const NUMBERED_ITEM = /^\d{1,2}\s*[．.、]\s*[\u4e00-\u9fa5“]/;
/** A filing system's record opening a line: 「001　指标名称：…」「序号：01；指标名称：…」「【招生数】本年：…」. */
const FORM_RECORD = /^(?:\d{1,4}\s+|序号\s*[:：]\s*\d{1,4}\s*[；;]\s*)?指标名称\s*[:：]|^【[^【】]{2,40}】\s*(?:本年|本年度|当年)\s*[:：]/;
/** A data-collection form's field code opening a line: 「A1.2 」「B2.10 」. */
const FORM_CODE = /^[A-Z]\d{1,2}(?:\.\d{1,2}){1,3}\s+[\u4e00-\u9fa5“]/;
function canJoin<R>(prev: L<R>, next: L<R>, width: number): boolean {
  // (「━━━━━━━━」: a rule drawn across the page parts what is above it from what is below)
  if (RULE_LINE.test(prev.text) || RULE_LINE.test(next.text)) return false;
  // (「生师比」…「校企合作课程数」/「：1」/「%」: a ratio's unit alone in its cell, under a label that is no figure of it)
  if (RATIO_UNIT.test(next.text) && !/[0-9０-９]\s*$/.test(prev.text)) return false;
  // (「…质量年度报告（2024年度）（中英对照）」/「Annual Report on the Quality of…」: a bilingual page's paragraph and its
  // translation are two)
  // (asked only where a line has letters at all: two lines with none are never in different scripts)
  if (ALPHABET.test(prev.text) || ALPHABET.test(next.text)) {
    const [was, is] = [scriptOf(prev.text), scriptOf(next.text)];
    if (was && is && was !== is) return false;
  }
  if (STARTS_WITH_PUNCT.test(next.text)) return true;
  if (!width || LIST_MARK.test(next.text)) return false;
  // (「[图片：表2 教师配备情况…]」: an image's alt text stands on its own, whatever wraps around it)
  // (「［图片描述］图1 …人数（单」/「位：人）」: unless the page width cut it inside a bracket)
  if ((IMAGE_ALT.test(prev.text) && !openBracket(prev.text)) || IMAGE_ALT.test(next.text)) return false;
  // (「当前位置：首页>信息公开>…>业务工作」: a site's breadcrumb is a line of its own, never prose the page width cut)
  // (「2023年：升学4,006人」: a card's line for an earlier year, likewise)
  if (BREADCRUMB.test(prev.text) || (prev.text.length <= 30 && YEAR_CARD_LINE.test(prev.text))) return false;
  // (「学校类型   毕业生数（人）   毕业去向落实情况」/「小计（人）   其中：升学（人）」: cells set apart by wide gaps are a
  // table's header lines, never wrapped prose)
  if (CELL_GAP.test(prev.text) && CELL_GAP.test(next.text)) return false;
  // (「第一产业 186人（3.1%）   第二产业 3312人（54.7%）   …」: figures set apart by wide gaps, a chart's labels or a row, run on into
  // no sentence, nor does one run on into them)
  if ((CELL_GAP.test(prev.text) && figuresIn(prev.text) >= 2) || (CELL_GAP.test(next.text) && figuresIn(next.text) >= 2)) return false;
  // (「毕业生人数｜人｜2023年 16,980｜2024年 17,652」/「毕业去向落实人数｜人｜…」: a grid's lines, their cells set apart by bars)
  if ((prev.text.includes('｜') || prev.text.includes('|')) && barCells(prev.text) && barCells(next.text)) return false;
  // (「招生　2025年 44,320人｜2024年 43,185人」/「在校生　2025年 …」: a card's line ending on an earlier year's figure after a bar)
  if ((prev.text.includes('｜') || prev.text.includes('|')) && DATED_BAR_CARD.test(prev.text)) return false;
  // (a line ending inside an open bracket, 「（2023年：」, goes on: no bracket spans two paragraphs)
  // (「结果来了👇」/「在校生满意度」: a line pointing down at what follows has finished, as a colon has)
  if (SENTENCE_END.test(prev.text) || (/[：:]$/.test(prev.text) && !openBracket(prev.text)) || POINTS_DOWN.test(prev.text)) return false;
  // (「…质量年度报告（2024年度）」/「2025-01-15　质量保障办公室」: a report's title and the dated line under it are lines of their own)
  if (TITLE_END.test(prev.text) || DATE_OPENS.test(next.text)) return false;
  // (「【案例】…」: a box opens a paragraph of its own, whatever the line before it did not finish)
  if (CAPTION.test(next.text) || CASE.test(next.text) || BOX_OPENS.test(next.text)) return false;
  // (「1．…数据表.xlsx」/「2．…统计表.xlsx」: a list of attached files, a file a line)
  if (ATTACHED_FILE.test(prev.text) && NUMBERED_ITEM.test(next.text)) return false;
  // (「A1.2 其中：公办学校数（所）：33」: a form's coded field opens a line of its own; so does a filing system's record,
  // 「001　指标名称：…」「【招生数】本年：…」)
  if (FORM_CODE.test(next.text) || FORM_RECORD.test(next.text) || FORM_RECORD.test(prev.text)) return false;
  // (「1. 专业对口就业率：74.8%，2023年为74.1%」/「2. 毕业生本省去向落实率：…」: the next item of a numbered list opens a line)
  if (NUMBERED_ITEM.test(next.text) && NUMBERED_ITEM.test(prev.text) && parseInt(next.text, 10) === parseInt(prev.text, 10) + 1) return false;
  // (「毕业去向落实人数：1,837人（2023年：1,771人）」/「毕业去向落实率——98.0%」/「毕业生人数 4,716人，上年 4,532人」: a name,
  // a colon, a dash or a space, its figure, perhaps last year's, nothing after: an appendix's record, whole)
  if (RECORD_LINE.test(prev.text)) return false;
  // (「到2026年，」/「全市“双师型”教师占比达到65%；」: a line stopping on a comma has not finished its sentence, however short)
  if (/[，,、]$/.test(prev.text) && !IMAGE_ALT.test(next.text) && !NAME_BAR_CARD.test(next.text)) return true;
  // (「开放型区域产教融合实践中心」/「468人」: a name with no figure over a line that is nothing but a figure and its unit,
  // with no stop after it, is a card's name over its figure; a wrapped sentence's last line ends on its stop)
  if (FIGURE_LINE.test(next.text) && !/[0-9０-９]/.test(prev.text)) return false;
  // (「96.70%｜去向落实率」/「62.4%｜升学比例」: key figures, each with its name after a bar, a line each)
  // (「在校生满意度｜95.8」/「课堂育人满意度｜96.2」: a name and its figure set apart by a bar, a line each, the other way round)
  if (FIGURE_BAR_CARD.test(prev.text) || FIGURE_BAR_CARD.test(next.text) || NAME_BAR_CARD.test(prev.text) || NAME_BAR_CARD.test(next.text.replace(LIST_MARK, ''))) return false;
  // (「教职工总数 4,126人」/「教职员工额定编制 3,860人」: a name, a space, its figure: a card line, whole; 「（2023年57.2%）」: a
  // bracket alone, last year's figure under a card's)
  if (prev.text.length <= 24 && (NAME_GAP_FIGURE.test(prev.text.replace(LIST_MARK, '').trim()) || BRACKET_ALONE.test(prev.text))) return false;
  // (「留在黄冈本地就业2,012人」/「到中小微企业等基层就业3,315人」: short lines each a name and its figure, no stop in either,
  // are a list of cards; wrapped prose does not break right after a figure twice running. A name of three characters
  // (「落实率97.22%」) is short for one the line before said, and goes on from it)
  if (prev.text.length <= 24 && next.text.length <= 24 && NAME_FIGURE_END.test(prev.text) && NAME_FIGURE_END.test(next.text) && /^[^\s，,。；;：:、0-9０-９]{4}/.test(next.text)) return false;
  // (「97.10%的毕业去向落实率」/「58.6%的“双师型”教师」: key figures each before its name, a line each, likewise)
  if (prev.text.length <= 24 && next.text.length <= 24 && FIGURE_NAME_LINE.test(prev.text) && FIGURE_NAME_LINE.test(next.text)) return false;
  // (「18650元 年生均财政拨款（2023年：17920元）」/「9860万元 年财政专项经费」: an infographic's lines, each figure a space before its
  // name, no stop or comma in them: a card a line)
  if (FIGURE_SPACE_NAME.test(next.text) || FIGURE_SPACE_NAME.test(prev.text)) return false;
  return prev.text.length >= width * 0.72;
}
/** A report's title ending a line: 「…质量年度报告」「…年报（2024年度）」. */
const TITLE_END = /(?:报告|年报)\s*(?:[（(][^（()）]{2,14}[)）])?$/;
/** A line opening on a date: 「2025-01-15」「2025年1月15日」. */
const DATE_OPENS = /^(?:20\d\d[-/.]\d{1,2}[-/.]\d{1,2}|20\d\d年\d{1,2}月\d{1,2}日)(?=\s|$)/;
/** A footnote opening a line on its mark: 「②本次调查…」「注①：…」. */
const FOOTNOTE = /^\s*(?:注\s*)?([\u2460-\u2473])\s*[:：]?\s*[^\s\u2460-\u2473]/;
/**
 * Where the page break after a footnote's line begins (its page number or running header, dropped), when only a few
 * lines of the note come first; -1 when none does.
 */
function pageBreakAfter<R>(seq: SeqItem<R>[], at: number): number {
  for (let k = at + 1; k < seq.length && k <= at + 4; k++) {
    const x = seq[k]!;
    if (x.kind !== 'line') return -1;
    if (x.l.drop || x.l.pageNo) return k;
  }
  return -1;
}
/** The line kept right after seq[at], or null when a blank line or a block comes first. */
function lineAfter<R>(seq: SeqItem<R>[], at: number): L<R> | null {
  for (let j = at + 1; j < seq.length; j++) {
    const s = seq[j]!;
    if (s.kind !== 'line') return null;
    if (!s.l.drop) return s.l;
  }
  return null;
}

/** Whether the line after seq[at] is a figure alone (「开设专业」/「143个」: a card's name over its figure). */
function figureAfter<R>(seq: SeqItem<R>[], at: number): boolean {
  const next = lineAfter(seq, at);
  return !!next && FIGURE_LINE.test(next.text);
}

/** Whether the line after seq[at] is a card's short name (「152个」/「开设专业」: the figure stands over it). */
function nameAfter<R>(seq: SeqItem<R>[], at: number): boolean {
  const next = lineAfter(seq, at);
  return !!next && next.text.length <= 16 && /^[\u4e00-\u9fa5“]/.test(next.text) && !/[0-9０-９。，,；;：:]/.test(next.text);
}
const CELL_GAP = /\S(?: {3,}|\t|\u3000{2,})\S/;
const FIGURES = /[0-9０-９][0-9０-９,.，．]*/g;
const figuresIn = (s: string) => s.match(FIGURES)?.length ?? 0;
const NAME_GAP_FIGURE = /^[^\s，,。；;：:]{2,16}[ \u3000]+(?:约|近|超过)?[0-9０-９][0-9０-９,，.．]*\s*(?:万|亿)?\s*(?:[%％‰]|[\u4e00-\u9fa5]{1,3}|[:：∶]\s*1)?$/;
const NAME_FIGURE_END = /^[^\s，,。；;：:、]{2,20}?[0-9０-９][0-9０-９,，.．]*\s*(?:万|亿)?\s*(?:[%％]|[\u4e00-\u9fa5]{1,2})$/;
const BRACKET_ALONE = /^[（(][^（()）]+[)）]$/;
const FIGURE_SPACE_NAME = /^(?!20\d\d\s*年)(?:约|近)?[0-9０-９][0-9０-９,，.．]*(?:万|亿)?(?:[%％]|[\u4e00-\u9fa5]{1,2}|[:：]1|Mbps)?[ \u3000]+[“”\u4e00-\u9fa5][^。；;，,！？\s0-9０-９（(]*(?:\s*[（(][^（()）]*[)）])*\s*$/;
const FIGURE_NAME_LINE = /^(?:约|近|超过)?[0-9０-９][0-9０-９,，.．]*\s*(?:万|亿)?\s*(?:[%％]|[所个名人项门本家])\s*的?\s*[“”"\u4e00-\u9fa5]{2,14}$/;
const FIGURE_LINE = /^(?:约|近|超过)?\s*[0-9０-９][0-9０-９,，.．]*\s*(?:万|亿)?\s*(?:[%％‰]|[\u4e00-\u9fa5]{1,3}|[:：∶]\s*1)?$/;

// (「┌────」「└────」: a box drawn around a case, its corners on the rule)
const RULE_LINE = /^\s*[┌└╔╚┏┗]?[━─═—＝=_＿~～·•\-]{6,}[┐┘╗╝┓┛]?\s*$/;
/** 「│案例：…」「│该校位于城区…│」: a line inside a drawn box, its border bars set aside (a ruled table's line has more of them). */
const BOX_SIDE = /[│┃║]/g;
function unboxed(text: string): string {
  if (!/^[│┃║]/.test(text)) return text;
  const bars = text.match(BOX_SIDE)!.length;
  return bars === 1 || (bars === 2 && /[│┃║]$/.test(text)) ? text.replace(BOX_SIDE, '').trim() : text;
}

/** Whether a line leaves a bracket open at its end. */
function openBracket(t: string): boolean {
  let depth = 0;
  for (const c of t) if (c === '（' || c === '(') depth++;
  else if ((c === '）' || c === ')') && depth > 0) depth--;
  return depth > 0;
}

/**
 * Text cut at a fixed width has many lines of about the same length that do not end a sentence. Returns that
 * length (0 when lines are whole paragraphs) and whether blank lines sit between the wrapped lines.
 */
function wrapWidth<R>(lines: L<R>[]): { value: number; blanksInside: boolean } {
  const prose = lines.filter((l) => !l.row && !l.drop && !l.pageNo && !l.caption && l.heading === null && l.text.length >= 8);
  if (prose.length < 8) return { value: 0, blanksInside: false };
  const lens = prose.map((l) => l.text.length).sort((a, b) => a - b);
  const w = lens[Math.floor(lens.length * 0.75)]!;
  if (w < 12 || w > 160) return { value: 0, blanksInside: false };
  let cut = 0;
  for (const l of prose) if (l.text.length >= w * 0.8 && l.text.length <= w * 1.2 && !SENTENCE_END.test(l.text)) cut++;
  if (cut < prose.length * 0.35) return { value: 0, blanksInside: false };
  return { value: w, blanksInside: true };
}

/** Lines that open or close a page, when the lines know their pages (a PDF text layer). */
function markPageEdges<R>(lines: L<R>[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.page === undefined) continue;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if (!prev || prev.page !== l.page || !next || next.page !== l.page) l.edge = true;
    // the two lines at each end: a running header above the page number, a page number below it
    else if (lines[i - 2]?.page !== l.page || lines[i + 2]?.page !== l.page) l.edge = true;
  }
}

/** 「毕业生数（人）」「落实率（%）」: a name closed by its unit in brackets. */
const UNIT_LABEL_END = /[\u4e00-\u9fa5][（(]\s*(?:%|％|‰|人|名|所|个|门|本|项|元|万元|亿元|学时|人日|人次|家|台|套|册|平方米|万册|元\/生|元\/人)\s*[)）]\s*$/;

/**
 * A card's figure alone on its line, in its unit or grouped (「96.18%」「≥19,000元」「9,420」): never a page number, which a running
 * header may stand over.
 */
const CARD_FIGURE = /^\s*(?:[≥≤＞＜>]|约|近)?\s*(?:[0-9０-９][0-9０-９,，.．]*\s*(?:[%％‰]|[:：∶]\s*1|[\u4e00-\u9fa5]{1,3}(?:\/[\u4e00-\u9fa5])?|Mbps)|[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+[.．][0-9０-９]+)\s*$/;
/** A short line repeated far apart through the text (a running header or footer) is dropped. */
const SPEAKER_TURN = new RegExp(`${SPEAKER_ROLES}\\s*[:：]\\s*$|^\\s*【[^】]{1,8}】[^。]{0,40}[:：]\\s*$`);
function dropRunningHeaders<R>(lines: L<R>[]): void {
  const paged = lines.some((l) => l.page !== undefined);
  const firstPage = paged ? Math.min(...lines.map((l) => l.page ?? Infinity)) : 0;
  const at = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (l.row || l.text.length < 6 || l.text.length > 60 || SENTENCE_END.test(l.text)) return;
    if (paged && !l.edge) return;
    // (「毕业生数（人）」 under two tables' headers and again as a row: a name in its unit is a table's label, repeated
    // wherever a table counts it; no running header ends on a unit)
    if (UNIT_LABEL_END.test(l.text)) return;
    // (「■ 市教育局副局长、新闻发言人 蒋文涛：」: a speaker's turn, said again each time they speak, is no running header)
    if (SPEAKER_TURN.test(l.text)) return;
    // (「上年度（2023年）」: a year column's header cell on a line of its own, over every table printed one cell a line)
    if (YEAR_COLUMN_CELL.test(toHalfWidth(l.text).trim())) return;
    // a page number printed beside the header changes from page to page
    const key = compactKey(l.text).replace(/^[-—–\d\s|·.]+|[-—–\d\s|·.]+$/g, '#');
    const list = at.get(key);
    if (list) list.push(i);
    else at.set(key, [i]);
  });
  for (const [key, idx] of at) {
    // (「18.4:1」 on a card and again in a table: a running header is words, a title or a chapter's name)
    if (idx.length < 3 || /^#?$/.test(key) || !/[\u4e00-\u9fa5A-Za-z]{2}/.test(key)) continue;
    // (a line repeated close by is no running header; a header on every page may still stand close to the last one
    // once, after a page that a chapter's end left short)
    let close = 0;
    for (let k = 1; k < idx.length; k++) if (idx[k]! - idx[k - 1]! < 8) close++;
    if (close > 0 && (idx.length < 6 || close * 5 > idx.length - 1)) continue;
    // (「毕业去向落实率」/「96.18%」: a card's name over its figure, each time the page shows that figure, is none either)
    if (idx.every((i) => CARD_FIGURE.test(lines[i + 1]?.text ?? ''))) continue;
    // (「862人」/「在校生」: a slide's figure over its name, likewise; a footer's date or bar is no card's name)
    if (!/[|｜]|20\d\d/.test(lines[idx[0]!]!.text) && idx.every((i) => CARD_FIGURE.test(lines[i - 1]?.text ?? ''))) continue;
    // the report's title is also its running header: keep it where it opens the text (the cover)
    idx.forEach((i, k) => {
      if (k === 0 && (paged ? lines[i]!.page === firstPage : i < 30)) return;
      lines[i]!.drop = true;
    });
  }
}

/**
 * How a paged text's printed page numbers run against its pages (0 where page 3 prints 「3」, 2 where two unnumbered pages
 * come first): the offset most pages' edge numbers share, when at least two pages share it; null otherwise.
 */
function pageNumberRun<R>(seq: SeqItem<R>[]): number | null {
  const pages = new Map<number, Set<number>>();
  for (const s of seq) {
    if (s.kind !== 'line' || !s.l.pageNo || !s.l.edge || s.l.page === undefined) continue;
    const t = toHalfWidth(s.l.text);
    if (!/^\d+$/.test(t)) continue;
    const offset = Number(t) - s.l.page;
    const on = pages.get(offset);
    if (on) on.add(s.l.page);
    else pages.set(offset, new Set([s.l.page]));
  }
  let best: number | null = null;
  let most = 1;
  for (const [offset, on] of pages) if (on.size > most) [best, most] = [offset, on.size];
  return best;
}

/**
 * The lines that are no page's number though they are numbers on the run: where a page has two or more (「3」 after its
 * running header, 「3」 at its foot), the one nearest the end the other pages print their numbers at is the number, the
 * others a table's cells the page broke.
 */
function secondNumbers<R>(seq: SeqItem<R>[], run: number): Set<number> {
  const pages = new Map<number, { lines: number[]; numbers: number[] }>();
  seq.forEach((s, i) => {
    if (s.kind !== 'line' || s.l.page === undefined) return;
    let p = pages.get(s.l.page);
    if (!p) pages.set(s.l.page, (p = { lines: [], numbers: [] }));
    p.lines.push(i);
    const t = toHalfWidth(s.l.text);
    if (s.l.pageNo && /^\d+$/.test(t) && Number(t) - s.l.page === run) p.numbers.push(i);
  });
  // where the pages with one such number print it: in the first half of their lines or the second
  let heads = 0;
  let feet = 0;
  for (const p of pages.values()) {
    if (p.numbers.length !== 1) continue;
    if (p.lines.indexOf(p.numbers[0]!) < p.lines.length / 2) heads++;
    else feet++;
  }
  const out = new Set<number>();
  if (heads === feet) return out;
  for (const p of pages.values()) {
    if (p.numbers.length < 2) continue;
    const number = heads > feet ? p.numbers[0]! : p.numbers[p.numbers.length - 1]!;
    for (const i of p.numbers) if (i !== number) out.add(i);
  }
  return out;
}

/**
 * In a text that lost its pages, the lone numbers that count them: the longest run of numbers alone on their lines, each
 * ending a page (a line of text before it, a blank line after it, never another figure before it, as a table's cells printed
 * a cell a line have), each one more than the one before and well after it (a page's worth of lines on), of five or more;
 * empty where there is none.
 */
function countedPages<R>(seq: SeqItem<R>[]): Set<number> {
  const at: number[] = [];
  const values: number[] = [];
  let figureBefore = false;
  for (let i = 0; i < seq.length; i++) {
    const s = seq[i]!;
    if (s.kind !== 'line') continue;
    const t = toHalfWidth(s.l.text).trim();
    const afterFigure = figureBefore;
    figureBefore = /^[-+]?\d[\d,.]*%?$/.test(t);
    if (!s.l.pageNo || s.l.page !== undefined || afterFigure || seq[i - 1]?.kind !== 'line' || seq[i + 1]?.kind !== 'blank') continue;
    if (!/^\d{1,3}$/.test(t)) continue;
    at.push(i);
    values.push(Number(t));
  }
  const length = at.map(() => 1);
  const before = at.map(() => -1);
  let best = -1;
  for (let j = 0; j < at.length; j++) {
    for (let k = j - 1; k >= 0; k--)
      if (values[k] === values[j]! - 1 && at[j]! - at[k]! >= PAGE_LINES && length[k]! + 1 > length[j]!) {
        length[j] = length[k]! + 1;
        before[j] = k;
      }
    if (best < 0 || length[j]! > length[best]!) best = j;
  }
  const out = new Set<number>();
  if (best < 0 || length[best]! < 5) return out;
  for (let j = best; j >= 0; j = before[j]!) out.add(at[j]!);
  return out;
}
/** The fewest lines a page of text holds. */
const PAGE_LINES = 15;

/** A site's breadcrumb: 「当前位置：首页 > 信息公开 > …」「您所在的位置：…」. */
// (「…人民政府门户网站 >> 政务公开 >> 教育信息」: the separators doubled)
const BREADCRUMB = /^\s*(?:当前位置|您的位置|您当前的位置|您所在的?位置|所在位置|当前所在位置)\s*[:：]|[^>＞»\s]{1,12}\s*[>＞»]{1,2}\s*[^>＞»\s]{1,12}\s*[>＞»]{1,2}\s*[^>＞»\s]{1,12}\s*$/;

/** 「2023年：升学4,006人」「2023年：15,906人」: a card's line for an earlier year, a year and a colon, then its figure. */
const YEAR_CARD_LINE = /^\s*20\d\d\s*年度?\s*[:：][^。；，,]*[0-9][^。；，,]*$/;

/** A figure with a point or a per cent sign alone on its line (「68.42」「97.5%」): a cell of a table printed a cell a line. */
// (「5,651」/「781」/「1,482」: a figure grouped in thousands is a table's cell too: no page prints its number so)
const LONE_FIGURE = /^\s*(?:[-+]?\d[\d,]*(?:\.\d+%?|%)|\d{1,3}(?:,\d{3})+)\s*$/;

/** A chart's data label alone on its line: a short name (第一产业, 在校生). */
const CHART_LABEL = /^[\u4e00-\u9fa5]{2,10}$/;

/**
 * A lone number between lines of prose is a page number (or a footnote mark: 「万册」「1」「，生均」) and goes.
 * Inside a table it is the next row's 序号 or a figure wrapped onto its own line, and stays.
 */
function dropPageNumbers<R>(seq: SeqItem<R>[]): void {
  /** Where the nearest line kept lies from i, in the step's direction, before any block; -1 when none. */
  const nearAt = (i: number, step: number): number => {
    for (let j = i + step; j >= 0 && j < seq.length; j += step) {
      const s = seq[j]!;
      if (s.kind === 'block') return -1;
      if (s.kind === 'line' && !s.l.drop) return j;
    }
    return -1;
  };
  const near = (i: number, step: number): L<R> | null => {
    const j = nearAt(i, step);
    const s = j >= 0 ? seq[j]! : null;
    return s?.kind === 'line' ? s.l : null;
  };
  const run = pageNumberRun(seq);
  const notTheNumber = run === null ? new Set<number>() : secondNumbers(seq, run);
  const counted = countedPages(seq);
  /** Whether the n lines kept before i are each a bare figure alone on its line. */
  const bareRunBefore = (i: number, n: number): boolean => {
    let at = i;
    for (let k = 0; k < n; k++) {
      at = nearAt(at, -1);
      const s = at >= 0 ? seq[at]! : null;
      if (!s || s.kind !== 'line' || !/^\d[\d,.]*%?$/.test(toHalfWidth(s.l.text).trim())) return false;
    }
    return true;
  };
  for (let i = 0; i < seq.length; i++) {
    const s = seq[i]!;
    if (s.kind !== 'line' || !s.l.pageNo) continue;
    const t = toHalfWidth(s.l.text);
    // (「专业数（个）」/「39」/「2」 at a page's foot: where the pages print their numbers, a number at the edge off their run
    // is a figure, a table's cell the page broke, and is asked as any other)
    // (a page with two numbers on the run prints its number where the other pages do: the other is a table's cell the
    // page broke, see secondNumbers)
    const offRun = (run !== null && s.l.page !== undefined && Number(t) - s.l.page !== run) || notTheNumber.has(i);
    // (「月收入」/「元」/「 8」/「」/「3320」: a page's number that landed inside a table printed a cell a line, where the numbers
    // alone on their lines count the pages through the text)
    if (counted.has(i)) {
      s.l.drop = true;
      continue;
    }
    if (!/^\d+$/.test(t) || (s.l.edge && !offRun)) {
      s.l.drop = true; // 「- 3 -」「第3页」 are never figures, nor a number alone at the foot of a page
      continue;
    }
    // (「…（元）」/「10」/「某市…质量年度报告（2025）」/「10840」: a number right beside a running header dropped is the
    // page's number, wherever the page broke)
    if (!offRun && [seq[i - 1], seq[i + 1]].some((x) => x?.kind === 'line' && x.l.drop && !x.l.pageNo)) {
      s.l.drop = true;
      continue;
    }
    const prevAt = nearAt(i, -1);
    const prev = near(i, -1);
    const next = near(i, 1);
    // (「生师比」/「」/「2」/「」/「12.9:1」: a number set apart by blank lines where the lines on either side run on without
    // any is where a page broke, in a text that lost its pages)
    const nextAt = nearAt(i, 1);
    if (s.l.page === undefined && seq[i - 1]?.kind === 'blank' && seq[i + 1]?.kind === 'blank' && prevAt > 0 && seq[prevAt - 1]?.kind === 'line' && nextAt >= 0 && seq[nextAt + 1]?.kind === 'line') {
      s.l.drop = true;
      continue;
    }
    // (「网络教学课程」/「132」/「门」: a card's figure over its unit alone is no page number, nor a table's figure
    // under its row's unit cell, 「项」/「1493」)
    if ((next && UNIT_ALONE.test(next.text)) || (prev && UNIT_ALONE.test(prev.text))) continue;
    // (「2023」/「年」: a table's year header cell that Word wrapped, its 年 on the line after)
    if (/^(?:19|20)\d\d$/.test(t) && next && /^\s*(?:年|年度|届|学年)\s*$/.test(next.text)) continue;
    // (「中等职业教育质量年度报告」/「2024」: a cover's year under its title)
    if (/^20[0-4]\d$/.test(t) && prev && /(?:报告|年报)$/.test(prev.text.trim())) continue;
    // (「图2 …（单位：人）」/「第一产业」/「214」/「第二产业」/「896」: a chart's figure under its label, the label under the
    // caption or the figure before)
    if (prev && CHART_LABEL.test(prev.text)) {
      const before = near(prevAt, -1);
      // (「直接就业产业分布」/「2,463人」/「第一产业」/「58」: or a total with its unit above the first label)
      if (before && (CAPTION.test(before.text) || /^\d[\d,.]*\s*(?:[%‰]|[\u4e00-\u9fa5]{1,2})?$/.test(toHalfWidth(before.text).trim()))) continue;
    }
    if (next && STARTS_WITH_PUNCT.test(next.text)) {
      s.l.drop = true;
      continue;
    }
    const label = (l: L<R> | null) => !!l && !l.heading && !l.caption && l.text.length <= 30 && !SENTENCE_END.test(l.text);
    // (「其中：升学」/「1920」/「68.42」: a decimal or a share alone on its line is a table's cell as well, never prose)
    // (「2023年」/「203」/「60842」: a figure of five digits or more is no page's number either)
    const tableish = (l: L<R> | null) => !!l && (l.row || /^\d{1,8}$/.test(l.text) || LONE_FIGURE.test(toHalfWidth(l.text)));
    if (t.length <= 2) {
      // a 序号: the row (or its label) follows, and a table is around
      if ((tableish(next) || label(next)) && (tableish(prev) || label(prev) || tableish(near(i + 1, 1)))) continue;
      // (「个」/「39」/「46」 before a note: a table's last row, its unit and figures one a line)
      const before = prevAt >= 0 ? near(prevAt, -1) : null;
      if (tableish(prev) && !!before && UNIT_ALONE.test(before.text)) continue;
      // (「19」/「4」/「238」/「2」/「5」/「附表6 …」: the last cell of a table printed a column at a time, a long run of bare
      // figures, right before the next table's caption; a page's number follows a table's last row, its label with it)
      // (「…」/「36」/「0」/「2」/「六、政策保障」: or before the next section's heading, after a longer run)
      if ((next?.caption && bareRunBefore(i, 4)) || (next && next.heading !== null && bareRunBefore(i, 6))) continue;
    } else if (tableish(prev) || tableish(next)) continue;
    s.l.drop = true;
  }
}
