/**
 * Text clean-up shared by every block builder. Page text is kept as the reader sees it (quotes must be found
 * on the page again), so nothing here rewrites Chinese punctuation: NFKC is applied only to the characters a
 * PDF's text layer gets wrong (Kangxi radicals such as ⽣ for 生), never to ，。： which NFKC would turn into
 * ASCII.
 */
import { toHalfWidth } from '../numbers/parse';

export { toHalfWidth };

/** Kangxi radicals, CJK radical supplement and compatibility ideographs: PDF fonts map glyphs there. */
const RADICAL = /[\u2E80-\u2FDF\uF900-\uFAFF]/g;
const HAS_RADICAL = /[\u2E80-\u2FDF\uF900-\uFAFF]/;
export function fixRadicals(s: string): string {
  if (!HAS_RADICAL.test(s)) return s;
  return s.replace(RADICAL, (c) => c.normalize('NFKC'));
}

/** Control characters (but tab and newline), zero-width marks and the byte-order mark. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF\uFFFD]/g;
/** Spaces that render as a space: no-break, en/em/thin spaces. The ideographic space stays (it is text). */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/g;

/** One source text made safe to split into lines: \r\n -> \n, invisible characters removed, odd spaces as ' '. */
export function cleanSource(s: string): string {
  const clean = fixRadicals(s.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACE, ' '));
  // (「渭南巿」: 巿, a character modern text never uses, is a scan's or a font's 市)
  return clean.includes('巿') ? clean.replaceAll('巿', '市') : clean;
}

/**
 * 「渭 南 市 中 等 职 业 教 育」: a cover's or a heading's letter-spaced characters, one space between each, read as the
 * word they spell (three characters at the least: 「男 女」 may be two cells). A scan's page number inside the line goes.
 */
const LETTER_SPACED = /(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5](?: [\u4e00-\u9fa5]){2,}(?![\u4e00-\u9fa5])/g;
const HAS_LETTER_SPACED = new RegExp(LETTER_SPACED.source);
/** 「县职一 1 一校新建…」: a scan's page number (— 1 —) that landed inside a line of text, between two characters. */
const INLINE_PAGE_NUMBER = /(?<=[\u4e00-\u9fa5])\s*[—–一-] \d{1,3} [—–一-]\s*(?=[\u4e00-\u9fa5])/g;
export function unspaceLetters(line: string): string {
  if (!line.includes(' ')) return line;
  const t = line.includes(' 一') || line.includes(' —') || line.includes(' -') ? line.replace(INLINE_PAGE_NUMBER, '') : line;
  return HAS_LETTER_SPACED.test(t) ? t.replace(LETTER_SPACED, (m) => m.replaceAll(' ', '')) : t;
}

/** A table's serial cell, 「3」「2.1」: what a row printed one cell a line opens on. */
/** Who speaks at a press conference, by the role before their name: a spokesperson, a reporter, an official, a school's head. */
export const SPEAKER_ROLES = '(?:发言人|主持人|记者|局长|主任|校长|院长|书记|处长|科长)\\s*[\\u4e00-\\u9fa5·]{0,4}';
/** A bracketed part of a cell or a clause, full-width or not (global: for replace). */
export const BRACKETED = /[（(][^（()）]*[)）]/g;
export const SERIAL_CELL = /^\d{1,2}(?:\.\d{1,2})?$/;
/** 「[图片] 表1 …」「【图片：…】」: an image's alt text, as a page copied to text keeps it. */
export const IMAGE_ALT = /^\s*[[【［]\s*(?:图片|图|image|img)/i;
/**
 * 「招生　2025年 44,320人｜2024年 43,185人」「全市：27所　｜　上年：28所」: a card's line whose last piece, after a bar, is an earlier
 * year's figure: a line of its own, whatever its width.
 */
export const DATED_BAR_CARD = /[｜|]\s*(?:20\d\d\s*(?:年度?|届)|上一?年度?|去年)\s*[：:]?\s*\**\s*(?:约|近)?[0-9０-９][0-9０-９,，.．]*\s*(?:万|亿)?\s*(?:%|％|[:：∶]\s*[1１]|[\u4e00-\u9fa5]{1,2}|Mbps)?\s*\**\s*$/;
/** A card heading's mark (「#### 【指标】中等职业学校数」「**▍学校数**」「■ 招生」), which a line that is no heading has to carry. */
export const CARD_MARK = /^[#\s]*(?:\*\*)?\s*(?:▍|▌|【指标】|【指标卡】|■|◆)/;
/** 「体育课专任教师｜214人」「在校生｜96.3」: a name, a bar, its figure. */
export const NAME_BAR_CARD = /^\s*([\u4e00-\u9fa5“”"（）()]{2,20})\s*[｜|]\s*((?:约|近|超过)?[0-9][0-9,.]*\s*(?:[:：]\s*1|万|亿)?[^\s｜|0-9]{0,4})\s*$/;
/** A figure and its unit, as a record line states it (「1,837人」「0.92个/生」「3,000Mbps」「13.3:1」). */
const RECORD_FIGURE = String.raw`(?:约|近|超过)?[0-9０-９][0-9０-９,，.．]*\s*(?:万|亿)?\s*(?:[%％‰]|[A-Za-z\u4e00-\u9fa5]{1,4}(?:[/／][\u4e00-\u9fa5]{1,2})?|[:：∶]\s*1)?`;
/** 「2238（人）」「13.84（比1）」: a record's figure with its unit in brackets after it. */
const RECORD_FIGURE_BRACKETED = String.raw`${RECORD_FIGURE}(?:\s*[（(](?:[^（()）0-9]{1,4}|比\s*1)[)）])?`;
/**
 * 「名称：数值（2023年：数值）」「名称——数值」「名称 数值，上年 数值」「名称：2024年数值（单位），2023年数值」「名称（单位）：2023年 数值；2024年
 * 数值」: a name, its figure, last year's, nothing after.
 */
export const RECORD_LINE = new RegExp(
  String.raw`^[^\s，,。；;、]{2,30}?(?:[：:]|—{1,2}|\s)\s*(?:20\d\d年度?\s*(?:为|是)?\s*)?${RECORD_FIGURE_BRACKETED}\s*(?:[（(][^（()）]*[0-9０-９][^（()）]*[)）]|[，,；;]\s*(?:上一?年度?|上一?学年|去年|20\d\d年度?)[：:为]?\s*${RECORD_FIGURE_BRACKETED})?$`,
);
/** A key figure, a bar, its name (「4.13万｜在校生」「19650元｜生均拨款」): the figure and the name. */
// (「「26所｜中职学校」」: the card set off in corner brackets)
export const FIGURE_BAR_CARD = /^\s*「?\s*((?:约|近|超)?[0-9][0-9,.]*\s*(?:[:：]\s*1|万|亿)?[^\s｜|0-9「」]{0,3})\s*[｜|]\s*([\u4e00-\u9fa5“”"（）()]{2,16})\s*」?\s*$/;

/**
 * 「1｜毕业生人数｜人｜11540｜11260」「序号｜指标｜单位｜2023年｜2024年」: a table's line whose cells only bars set apart, as a
 * CMS or a designer prints a grid: its cells, or null for any other line. A line with bars at both ends has them as its
 * border; a bar opening it alone leaves the first cell empty (a serial merged over the rows above). Cards set apart by
 * gaps (「96个｜专业布点　　24个｜专业群」) and sentences are no such line.
 */
export function barCells(line: string): string[] | null {
  if (!line.includes('｜') && !line.includes('|')) return null;
  const pieces = line.trim().split(BAR_SPLIT);
  if (pieces.length > 3 && pieces[0] === '' && pieces[pieces.length - 1] === '') {
    pieces.pop();
    pieces.shift();
  }
  const cells = pieces.map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => CELL_GAP_OR_STOP.test(c))) return null;
  return cells;
}
const BAR_SPLIT = /[｜|]/;
const CELL_GAP_OR_STOP = /\s{2,}|\u3000|[。；;！？]|[，,](?!\d{3})/;

/** Word/CMS export noise: [bookmark: _Toc123], [image: x.png], <sup> tags left as text. */
const NOISE = /\[(?:\/?bookmark|image)\b[^\]\n]{0,300}\]|<\/?sup>/gi;
export function stripNoise(s: string): string {
  return s.indexOf('[') < 0 && s.indexOf('<') < 0 ? s : s.replace(NOISE, '');
}

/** Runs of whitespace (tabs, newlines, the ideographic space) as one space, trimmed: HTML's rendering rule. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u3000]+/g, ' ').trim();
}

/** For comparing two pieces of text: no whitespace at all, full-width ASCII as half-width. */
export function compactKey(s: string): string {
  return toHalfWidth(s).replace(/[\s\u3000]+/g, '');
}

const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
/**
 * Join two pieces of a line broken by the page width: nothing between CJK text (Chinese has no spaces),
 * one space between two Latin words.
 */
/** A list item's mark (●, ▲, ◆, ——) opening a line: the line is an item of its own, never the one before going on. */
/** A unit alone on its line, as a card prints it under its figure and a one-cell-per-line table beside it. */
export const UNIT_ALONE = /^\s*(?:%|％|人|名|所|个|门|本|项|元|万元|亿元|学时|课时|人日|人次|家|Mbps|个\/生|元\/生|元\/人|万人|万人次|万学时)\s*$/;

// (an emoji or a dingbat leads an item as a bullet does in pages set in a messaging app's editor: 「🔹 在校生满意度：95.9%」
// 「✅ 入选国家规划教材27本」, a pie legend's ◐ ◑, and a tree's branch (┌ ├ └) as well; written as surrogate pairs, because the pattern is spliced into patterns without the u flag)
export const LIST_MARK = /^\s*(?:[●▲◆■□◇○★☆•▪▫◽◾◦‣▹►▶◎◉◈▸❖✦➢➤✓√◐◑◒◓\u250C\u251C\u2514\u250F\u2523\u2517\u2705\u2714\u2716\u274C\u2728\u2B50\u2B55]\uFE0F?|(?:\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDFFF])\uFE0F?|——|[-*+·・]\s)/;

export function joinBroken(a: string, b: string): string {
  const left = a.replace(/\s+$/, '');
  const right = b.replace(/^\s+/, '');
  if (!left) return right;
  if (!right) return left;
  const x = left[left.length - 1]!;
  const y = right[0]!;
  if (CJK.test(x) || CJK.test(y)) return left + right;
  if (/[A-Za-z,;:.!?)]$/.test(x) && /[A-Za-z(]/.test(y)) return `${left} ${right}`;
  return left + right;
}
