/**
 * Cell-level helpers shared by the table and prose readers: cleaning, classifying and splitting text into
 * cells. Everything is precompiled once; these run on every row of every page.
 */
import { parseNumberCell, parseYearLabel, toHalfWidth, type ParsedNumber } from '../numbers/parse';
import { barCells } from '../text/normalize';
import { OTHER_SCRIPTS } from '../text/script';

/**
 * A page's cells are read by several readers (row detection, the table reader, header checks), so each
 * distinct cell is parsed (and each unit cell recognised) once per extraction. forgetCells() empties the
 * memos at the start of every extraction: nothing of one page outlives it, and a repeated run pays full price.
 */
const figures = new Map<string, Readonly<ParsedNumber> | null>();
const units = new Map<string, boolean>();
const flats = new Map<string, string>();
export function forgetCells(): void {
  figures.clear();
  units.clear();
  flats.clear();
}

const SPACE_RUNS = /\s+/g;
/**
 * A cell half-width with no whitespace at all, as the table reader matches its column and row words: the same
 * header and label cells are asked by several checks (header, by-part form, serial column), so each distinct
 * cell is worked out once per extraction.
 */
export function flatCell(cell: string): string {
  // (most cells are flat already: told by one look at their characters, with no lookup)
  if (isFlat(cell)) return cell;
  let flat = flats.get(cell);
  if (flat === undefined) {
    flat = toHalfWidth(cell).replace(SPACE_RUNS, '');
    if (flats.size >= 50_000) flats.clear();
    flats.set(cell, flat);
  }
  return flat;
}

/** Whether a text holds no whitespace and nothing toHalfWidth would change. */
function isFlat(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || c === 0x3014 || c === 0x3015 || (c >= 0xff01 && c <= 0xff5e)) return false;
  }
  return true;
}

// (「指标 ᠦᠵᠡᠭᠦᠯᠦᠯᠲᠡ」「2023年 2023 ᠣᠨ」: a bilingual region's cell glossed in Mongolian, Tibetan or Uyghur script, which carries no
// figure of its own)
const NOISE = new RegExp(`\\[bookmark:[^\\]]*\\]|\\[\\/?bookmark[^\\]]*\\]|<\\/?sup>|\\u200b|\\ufeff|[${OTHER_SCRIPTS}\\u202f]+`, 'g');
const MAY_HAVE_NOISE = new RegExp(`[[<\\u200b\\ufeff${OTHER_SCRIPTS}]`);

const NEEDS_CLEAN = new RegExp(`\\[|<|\\u200b|\\ufeff|\\s\\s|^\\s|\\s$|[\\t\\n\\r]|[${OTHER_SCRIPTS}]`);
export function cleanCell(s: string): string {
  if (!NEEDS_CLEAN.test(s)) return s;
  return s.replace(NOISE, '').replace(/\s+/g, ' ').trim();
}

/**
 * cleanCell, half-width, and every run of whitespace made `gap` (one space, or none), in one go: half-width
 * keeps whitespace where it was (\u3000 becomes a space), so spaces need squeezing only once.
 */
export function normalizeCell(cell: string, gap: '' | ' '): string {
  const half = toHalfWidth(MAY_HAVE_NOISE.test(cell) ? cell.replace(NOISE, '') : cell);
  return gap ? half.replace(SPACES, ' ').trim() : half.replace(SPACES, '');
}
const SPACES = /\s+/g;

/**
 * Whether a cell opens with a CJK ideograph other than those given: a label, told without a regex (most
 * cells of a report are labels).
 */
function opensWithLabel(cell: string, except: ReadonlySet<number>): boolean {
  const c = cell.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff && !except.has(c);
}
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
/** Ideographs a dash cell may open with. */
const DASH_WORDS = codes('无空未暂不');
/** Ideographs a figure cell may open with (约2.2万, 近3000, 超过/超, 逾). */
const APPROX_WORDS = codes('约近超逾');

/** A placeholder that means "no figure": -, —, ——, －, /, 无, 空, 未统计, 暂无, 不适用. */
const DASH = /^\s*(?:[-—–－─_/／]{1,3}|无|空|\/|N\/A|(?:暂未|未)(?:统计|填报|采集)|暂无(?:数据)?|无数据|不适用)\s*$/;
export function isDash(cell: string): boolean {
  if (opensWithLabel(cell, DASH_WORDS)) return false;
  return DASH.test(cell);
}

const ANY_SPACE = /\s/;
/** Units printed in the 单位 column of the standard tables (and a few variants). */
const UNIT_CELL =
  /^(?:%|％|‰|人|人次|人日|人\/门|个|个\/生|元|元\/生|元\/人|万元|亿元|所|门|本|项|学时|课时|小时|Mbps|MB|GB|G|M|[:：∶]|[:：∶]1|种|部|名|家|次|年|台|套|件|册|平方米|万平方米)$/i;
export function isUnitCell(cell: string): boolean {
  // no unit (or dash) is longer than four characters: a longer cell without spaces to squeeze is a label
  if (cell.length > 4 && !ANY_SPACE.test(cell)) return false;
  let known = units.get(cell);
  if (known === undefined) {
    const c = toHalfWidth(cell).replace(/\s+/g, '');
    // (「万人」「万人次」: a counted unit in ten thousands, scaled where the row's figures are read)
    known = UNIT_CELL.test(c) || isDash(c) || (c.length > 1 && c.startsWith('万') && UNIT_CELL.test(c.slice(1)) && !/^万(?:元|平方米)?$/.test(c.slice(1)));
    if (units.size >= 50_000) units.clear();
    units.set(cell, known);
  }
  return known;
}

/** A column's own name under a spanned header: 「合计」「其中民办」「小计」. */
export const SPANNED_PART = /^(?:合计|小计|总计|总数|其中.{1,8}|公办|民办)$/;
/** Under a surveyed group spanning what it was asked about (在校生 over 总体 | 课堂育人 | …): the group's own figure. */
export const SURVEY_OVERALL = /^(?:总体|整体|综合|总体满意度|整体满意度)$/;
/** The one of those that is the header's own figure, the whole. */
export const SPANNED_WHOLE = /^(?:合计|小计|总计|总数)$/;

// (「2022—2023学年度」: a school year said as 学年度 too)
const YEAR_CELL = /^(?:20\d\d\s*(?:年度?|学年|届)?|20\d\d\s*[-—–~至]\s*20\d\d\s*(?:学年度?|年度?)?|[〇零一二三四五六七八九]{4}年)$/;
const REVISED_NOTE = /\s*[(（](?:修订|修订后|修订数|调整后|更正|更正后|更正数|订正后|核实后|重算|新口径|现口径|(?:按)?全日制口径|统计年报数|核定数)[)）]$/;
/**
 * 「2021年（原报告）」 beside 「2021年（调整后）」: the year's column as first published, on a basis since left: it names its year,
 * and the table reader reads none of its figures (see tables.ts headerOf).
 */
export const SUPERSEDED_COL = /[(（](?:原报告|原年报|原公布数?|原口径|旧口径|调整前|修订前|更正前)[)）]$/;
const YEAR_COLUMN_UNIT = /\s*[(（](?:%|％|人|个|所|万元|元|亿元|门|本|项|:1|人次|万人)[)）]$/;
/** The same unit after a slash, as a standard's tables print quantity/unit: 「2024年/%」. */
const YEAR_SLASH_UNIT = /(?<=年|届)\s*[/／]\s*(?:%|％|人|个|所|万元|元|亿元|门|本|项|:1|人次|万人)$/;
const SHORT_SCHOOL_YEAR = /^(?:20)?(\d\d)\s*[-—–~至]\s*(?:20)?(\d\d)\s*学年度?$/;
/** How a year cell opens (20…, ２０…, 二〇…), or export noise cleaning would remove first. */
const MAY_BE_YEAR_CELL = /^\s*(?:[2２〇零一二三四五六七八九[<\u200b\ufeff]|[上本今当去][^（(]{0,4}[（(]\s*[2２])/;
/** A header cell naming a year column: 2024年, 2023 年, 2022-2023学年 (-> 2023), 二〇二四年. */
const RELATIVE_AND_YEAR = /^(?:(?:上一?年度?|本年度?|今年|当年|去年|上一?学年|本学年)\s*[（(]\s*(20\d\d\s*(?:年度|年|学年)?)\s*[)）]|(20\d\d\s*(?:年度|年|学年)?)\s*[（(]\s*(?:上一?年度?|本年度?|今年|当年|去年|上一?学年|本学年)\s*[)）])$/;
/** What a year's column may add after its year to say it holds that year's figures (never 目标值). */
const YEAR_VALUE_TAIL = /(?<=年度?)(?:实际值?|实绩|数?值|数据|实际完成|完成值?|完成数)$/;

const TWO_WAYS = /^(20\d\d[^()]*?)\((20\d\d[^()]*)\)$/;
export function yearOfHeaderCell(cell: string): number | null {
  if (!MAY_BE_YEAR_CELL.test(cell)) return null;
  // (「上年度（2023年）」「本年度（2024年）」「2024年（本年）」: the column's year said both ways)
  let c = normalizeCell(cell, '').replace(RELATIVE_AND_YEAR, '$1$2');
  // 「2022—2023学年（2023届）」「2024年（2023—2024学年）」: the column's year said two ways, read where they agree
  const twoWays = c.endsWith(')') ? TWO_WAYS.exec(c) : null;
  if (twoWays) {
    const [a, b] = [yearOfHeaderCell(twoWays[1]!), yearOfHeaderCell(twoWays[2]!)];
    if (a !== null && a === b) return a;
  }
  // 「2024年（%）」: a year column with the unit of its figures
  // (「2023年（修订）」「2023年（更正后）」「2023年（全日制口径）」: last year's column as revised, on the report's own basis; never
  // 「（原口径）」)
  if (c.endsWith(')') || c.endsWith('）')) c = c.replace(YEAR_COLUMN_UNIT, '').replace(REVISED_NOTE, '').replace(SUPERSEDED_COL, '');
  else if (c.includes('/') || c.includes('／')) c = c.replace(YEAR_SLASH_UNIT, '');
  // 「2024年实际」 beside 「2025年目标」: the year's actual figures (「2024年值」「2024年数据」: the year's figures, said so)
  // (「2024年目标 | 2024年完成 | 2023年」: what the year did beside what it aimed at)
  if (c.endsWith('值') || c.endsWith('实际') || c.endsWith('实绩') || c.endsWith('数据') || c.endsWith('完成') || c.endsWith('完成数')) c = c.replace(YEAR_VALUE_TAIL, '');
  // 「22-23学年」「2023-24学年」: a school year written short, its two years one apart
  if ((c.endsWith('学年') || c.endsWith('学年度')) && !YEAR_CELL.test(c)) c = c.replace(SHORT_SCHOOL_YEAR, (all, a: string, b: string) => (Number(b) === (Number(a) + 1) % 100 ? `20${a}-20${b}学年` : all));
  if (!YEAR_CELL.test(c)) return null;
  return parseYearLabel(c);
}

/**
 * What a figure cell starts with (parseNumberCell's own pattern, before spaces are removed): most cells are
 * labels, and this turns them away without copying the string. Cells opening with export noise take the
 * long way.
 */
const MAY_BE_FIGURE = /^[\s\u3000]*(?:[[<\u200b\ufeff]|(?:约|近|超过|逾|超)?[\s\u3000]*[+\-＋－]?[\s\u3000]*[0-9０-９])/;

/** A numeric value cell (not a year label, not a dash). */
/**
 * 「24,638[3]」「96.8%④」「51,274⁴」「15.8:1³」「19※」: a note's mark set right after a figure, which says where the note is
 * and is no part of the figure.
 */
const NOTE_MARK_END = /(?<=[\d%％])\s*(?:\[\d{1,2}\]|[\u2460-\u2473]|[¹²³\u2070\u2074-\u2079]{1,2}|※|\*{1,2})$/;
const NOTE_MARK_LAST = /[\]\u2460-\u2473¹²³\u2070\u2074-\u2079※*]$/;
const YEAR_NOTE = /^\s*(?:19|20)\d\d\s*年度?\s*(?:未|无|暂|不|没有|数据|起|以来|以前|前|后|开始|已)/;
export function valueOfCell(cell0: string): Readonly<ParsedNumber> | null {
  const read = ocrDigits(NOTE_MARK_LAST.test(cell0) ? cell0.replace(NOTE_MARK_END, '') : cell0);
  // (「7 1 05」: a scan's spaces inside one figure, told by a group opening on 0, which no figure of its own does)
  const cell = read.includes(' 0') && OCR_SPLIT_FIGURE.test(read.trim()) ? read.replace(/ /g, '') : read;
  if (opensWithLabel(cell, APPROX_WORDS) || !MAY_BE_FIGURE.test(cell)) return null;
  let v = figures.get(cell);
  if (v !== undefined) return v;
  // (「2022年未统计」: a note on a year in a 备注 cell is no figure)
  v = cell.includes('年') && YEAR_NOTE.test(cell) ? null : parseFigureCell(cell);
  // a caller that never forgets (a test, a tool) must not grow the memo without end
  if (figures.size >= 50_000) figures.clear();
  figures.set(cell, v);
  return v;
}

/**
 * A scan's letters inside a figure read as the digits they look like: 「3,3O6」「98.O3%」「1l人」「4,l20」. Only a letter
 * between digits (or after a digit and its comma or point, before a digit or a unit) is taken: words keep theirs.
 */
// (「l 126」: an l opening a figure a space splits; 「95. l」: a decimal's digit after a point and a space, ending the cell)
// (「12,4OO」: letters in a row; 「16 O37」: after a space a scan put inside the figure; 「4,59l」 ending a cell; 「21.S」: an S
// for a 5 after a digit)
const OCR_LETTER = /(?<=\d[,.]?[Oo]?)[Oo](?=[\d,.Oo]|\s*[%％人个所元项门本名万]|\s*$)|(?<=\d\s)O(?=\d)|(?<=\d[,.]?)l(?=[\d,.l]|\s*[%％人个所元项门本名万]|\s*$)|(?<![A-Za-z])l(?=\s?\d|,\d{3})|(?<=\d\.\s?)[lO](?=\s*(?:$|[%％]))|(?<![A-Za-z\d])O(?=\.\d)|(?<=\d[,.])S(?=\d|\s*(?:$|[%％]))|(?<=\d)S(?=\d)/g;
const MAY_BE_OCR = /[OolS]/;
const digitOf = (c: string): string => (c === 'l' ? '1' : c === 'S' ? '5' : '0');
export function ocrDigits(s: string): string {
  if (!MAY_BE_OCR.test(s)) return s;
  // (「98.ll%」: a letter after a letter read as a digit is asked again once the first is one)
  const once = s.replace(OCR_LETTER, digitOf);
  return once !== s && /\d[lOS]|[lOS]\d/.test(once) ? once.replace(OCR_LETTER, digitOf) : once;
}

const OCR_SPLIT_FIGURE = /^\d{1,3}(?: \d{1,3})* 0\d{0,2}(?: \d{1,3})*(?:\.\d+)?$/;

/** 「31, 486」: thousands after a comma and a space (three digits, no more). */
const OCR_COMMA = /(?<![\d.,])(\d{1,3}), (\d{3})(?![\d.,])/g;
/** 「95. 4%」「17. 6:1」「1. 53万」: a decimal after a point and a space, before what a decimal figure ends on. */
const OCR_POINT = /(?<![\d.])(\d{1,3})\. (\d{1,2})(?=\s*(?:%|％|:\s*1|万|亿))/g;
/**
 * A scan's text layer spaces a figure after its comma or point (「在校生 31, 486 人」「满意度为 95. 4%」): the space is moved
 * after the figure, where it changes nothing, and the text keeps its length.
 */
export function ocrSpacing(s: string): string {
  const t = s.includes(', ') || s.includes('. ') ? s.replace(OCR_COMMA, '$1,$2 ').replace(OCR_POINT, '$1.$2 ') : s;
  return t.includes(',') && OCR_SPLIT_THOUSANDS.test(t) ? t.replace(OCR_SPLIT_THOUSANDS, (all, a: string, b: string) => (a.length + b.indexOf(',') <= 3 ? `${a}${b} ` : all)) : t;
}
/**
 * 「在校生5 8,217人」: a stray space inside a figure whose thousands are marked, right after a word and before a unit; joined
 * where the figure's groups then read right (58,217; never 12 38,217).
 */
const OCR_SPLIT_THOUSANDS = /(?<=[\u4e00-\u9fa5])(\d{1,2}) (\d{1,2},\d{3}(?:,\d{3})*)(?=\s*(?:人|名|所|个|元|万|亿|项|本|门|册|课时|学时))/g;

/** Two figures side by side in one cell (「90.44 89.14」: two columns read as one): never one number. */
const TWO_FIGURES = /[0-9%]\s+[-+]?[0-9]/;
/** Digits grouped by spaces (12 835, 1 234 567.5): one number. */
const SPACE_GROUPED = /^[-+]?\d{1,3}(?:\s\d{3})+(?:\.\d+)?\s*%?$/;

/** A cell holding several figures separated by spaces: the figures, or null. */
export function figuresOfCell(cell: string): (number | null)[] | null {
  const t = cell.trim();
  if (!TWO_FIGURES.test(t) || SPACE_GROUPED.test(t)) return null;
  const toks = t.split(/\s+/);
  // (「5 7 12」 in a scan's text: whole numbers, one of them a digit or two, are as likely one figure with stray
  // spaces (5712) as several: none is read)
  if (toks.every((x) => /^\d+$/.test(x)) && toks.some((x) => x.length <= 2)) return null;
  const out: (number | null)[] = [];
  for (const tok of toks) {
    const v = valueOfCell(tok);
    if (v) out.push(v.value);
    else if (isDash(tok)) out.push(null);
    else return null;
  }
  return out.length >= 2 ? out : null;
}

function parseFigureCell(cell: string): ParsedNumber | null {
  const c0 = cleanCell(cell);
  if (!c0 || isDash(c0)) return null;
  // (「3260（含省级奖补800）」「4106（含“3+2”640）」: a note on what the figure takes in, the figure still the cell's; not one
  // taking in another kind of school or level, whose figure is no longer the report's own)
  const noted = c0.includes('含') || c0.includes('其中') || c0.includes('包括') ? NOTED_FIGURE.exec(c0) : null;
  const c = noted ? noted[1]! : c0;
  if (TWO_FIGURES.test(c) && !SPACE_GROUPED.test(c)) return null;
  const n = parseNumberCell(c);
  if (!n) return null;
  // (「21.Q」: a point a letter follows is a figure misread, never a whole number; 「4.月收入」「1.生师比」: a row's number before
  // its name, no figure)
  if (YEAR_UNIT.test(n.unit) || /^[.．][A-Za-z\u4e00-\u9fa5]/.test(n.unit)) return null;
  return n;
}
const YEAR_UNIT = /^(年|学年|年度|届)$/;
const NOTED_FIGURE = /^([0-9][0-9,.]*\s*(?:万|亿)?\s*(?:%|‰|[\u4e00-\u9fa5]{1,2})?)\s*[（(](?:其中|含|包括|包含)(?![^（()）]*(?:技工|技师|普通高中|普高|院校|本科|外县|外市))[^（()）]{1,30}[)）]$/;

const HEADER_WORD = /^(?:序号|序|号|指标代码|代码|指标编码|编码|编号|指标编号|指标|指标名称|项目|名称|单位|单|位|调查人次|调查人数|调查|人次|调查方式|调查项目|调查对象|评价对象|调查类别|评价类别|备注|数据来源|类别|内容|年份|学年|年度|统计年度|来源)$/;
/** The first characters of the header words (or noise cleaning would remove first): most cells open otherwise. */
const MAY_BE_HEADER_WORD = /^\s*[序号指项名单位调评人备数类内年学统来[<\u200b\ufeff]/;
export function isHeaderWord(cell: string): boolean {
  if (!MAY_BE_HEADER_WORD.test(cell)) return false;
  return HEADER_WORD.test(normalizeCell(cell, ''));
}

/**
 * The text split at every maximal run of at least `min` whitespace characters (what split(/\s{2,}/) and
 * split(/\s+/) give): every line of a text layer is split, and a hand loop over its characters costs less than
 * the regex split's matching at each of them.
 */
function splitAtSpaceRuns(text: string, min: 1 | 2): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; ) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
    if (j - i >= min) {
      out.push(text.slice(start, i));
      start = j;
    }
    i = j;
  }
  out.push(text.slice(start));
  return out;
}
/** A cell's token that stands alone as a cell: a figure (a scan's l and O among its digits), a unit, a year. */
const ATOM = /^(?:[-+]?[0-9lO]*[0-9][0-9lO.,]*%?|%|‰|人|元|个|所|门|本|项|人次|人日|学时|课时|万元|元\/生|个\/生|Mbps|[:：]|20[0-9]{2}(?:年|届|学年|年度)?)$/;
const BAR = /[丨｜│┃|I]/;
function splitAtoms(cell: string): string[] {
  if (!cell.includes(' ')) return [cell];
  const tokens = cell.split(' ');
  if (!tokens.some((t) => ATOM.test(t))) return [cell];
  const out: string[] = [];
  // whether each cell out is made of atoms, and its last token
  const atoms: boolean[] = [];
  let lastToken = '';
  let bar = false;
  for (const t of tokens) {
    // (「16,215 丨 16,972」「174 I 168」: a scan's rule between two cells is no cell)
    if (t.length === 1 && BAR.test(t)) {
      bar = true;
      continue;
    }
    const atom = ATOM.test(t);
    const n = bar ? -1 : out.length - 1;
    bar = false;
    // label words stay together; so do two bare integers (「16 528」 is a figure set off in thousands, 「7 1 05」 a scan's
    // noise, told apart by nobody here) and a figure broken at its point (「57. 8」)
    if (n >= 0 && (/[.,．]$/.test(lastToken) || /^[.,．]/.test(t) || (atom ? atoms[n] && !apart(lastToken, t) : !atoms[n]))) out[n] = `${out[n]} ${t}`;
    else {
      out.push(t);
      atoms.push(atom);
    }
    lastToken = t;
  }
  return out;
}
/** Whether two figures side by side are two cells: one has a decimal point or a % (「93.28 2916」), neither is broken at it. */
function apart(a: string, b: string): boolean {
  const fig = (x: string) => /[0-9]/.test(x) && !/^20[0-9]{2}\D/.test(x);
  if (!fig(a) || !fig(b)) return true;
  // (「1 645.8」: a figure set off in thousands before its decimals is one)
  if (/^[0-9]{1,3}$/.test(a) && /^[0-9]{3}\.[0-9]+$/.test(b)) return false;
  return /[.%]/.test(a) || /[.%]/.test(b);
}
/** Whether a char code is whitespace as a regex's \s is. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Split a text line into cells: tabs first, then runs of 2+ spaces, then single spaces (PDF text rows such
 * as "1 毕业生人数* 人 12267 16214"). "2023 年" is glued back into one cell.
 */
const HAN = /^[\u4e00-\u9fa5]$/;
const SERIAL = /^[0-9]{1,2}$/;
const LONE_BAR = /^[丨｜│┃|]$/;
/** Whether a line may hold such a word: a run of spaces with a lone Han character on either side (looked at run by run). */
function spacedWord(line: string): boolean {
  for (let i = line.indexOf('  '); i > 0; i = line.indexOf('  ', i + 2)) {
    let j = i;
    while (line[j] === ' ') j++;
    if (isHan(line.charCodeAt(i - 1)) && isHan(line.charCodeAt(j)) && (i < 2 || line[i - 2] === ' ') && (j + 1 >= line.length || /\s/.test(line[j + 1]!))) return true;
    i = j - 2;
  }
  return false;
}
/** Whether a char code is a common Han character (the range the engine's patterns use, \u4e00-\u9fa5). */
export const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;
/** Two single Han characters standing alone, spaces between them: 「指  标」「单  位」「项  目」. */
const SPACED_WORD = /(?<=^|\s)([\u4e00-\u9fa5])\s+([\u4e00-\u9fa5])(?=\s|$)/g;
/** A label, one space, then its unit (and maybe one more, then a figure): 「高级“双师型”教师比例　%」「在线精品课程课均学生数　人/门」. */
const LABEL_SPACE_UNIT = /^(.{2,40}[\u4e00-\u9fa5”）)])[\u3000 ](%|％|‰|人|元|万元|亿元|个|门|所|项|本|学时|课时|人日|人次|元\/生|个\/生|人\/门|Mbps)(?:[\u3000 ]([0-9][0-9,.]*))?$/;
const LABEL_GLUED_FIGURE = /^([\u4e00-\u9fa5“”]\S*[）)])([0-9][0-9,.]*%?)$/;
const LABEL_GLUED_DECIMAL = /^([\u4e00-\u9fa5“”]\S*[\u4e00-\u9fa5])((?:[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)%?)$/;
export function splitRowText(text: string): string[] {
  const t = MAY_HAVE_NOISE.test(text) ? text.replace(NOISE, '') : text;
  let cells: string[];
  // cells split at maximal runs of spaces of a trimmed line need no trimming of their own
  let trimmed = false;
  let bars: string[] | null;
  if (t.includes('\t')) cells = t.split('\t');
  else if (t.includes('│') || t.includes('┃') || t.includes(' |') || t.includes('| ')) {
    // 「2023   │ 1 690 │ 1 628  │ 96.33」「去向落实率（%）   95.89    |    96.69」: rules drawn between the cells (a scan's
    // text, a console print) set them apart, and runs of spaces inside a ruled cell as well; a single space stays
    // inside a figure (1 690)
    const pieces = t.trim().split(/[│┃|]/);
    // (「| 指标 | 2024年 |」: a row's border on both sides; 「班主任人数 | 78 | 人 | 」 under 「… | 单位 | 备注」: a last cell left
    // empty, a cell all the same)
    const bordered = pieces[0]!.trim() === '';
    if (bordered) pieces.shift();
    if (bordered && pieces.length && pieces[pieces.length - 1]!.trim() === '') pieces.pop();
    cells = pieces.flatMap((p) => (p.trim() ? splitAtSpaceRuns(p.trim(), 2) : ['']));
    trimmed = true;
  } else if ((bars = barCells(t))) {
    // 「1｜毕业生人数｜人｜11540｜11260」: a grid's cells, set apart by bars alone
    cells = bars;
    trimmed = true;
  } else {
    const line = t.trim();
    if (!ANY_SPACE.test(line)) cells = [line];
    else {
      // 「序号 指  标 单位 2023年 2024年」: a header word spaced out to its column's width is one word, whatever gap
      // separates its characters
      const l = spacedWord(line) ? line.replace(SPACED_WORD, '$1$2') : line;
      cells = splitAtSpaceRuns(l, 2);
      // (「5 　　升入本科人数 人 98 126」: a row's only gap the indent of its label after the serial, as a page that collapses
      // runs of spaces leaves a line whose other gaps were single spaces: split as such a line is)
      // (「月收入 元 3590 ｜ 3760」: a scan's rule between two cells, alone between single spaces, is no cell)
      if (cells.length === 1 || (cells.length === 2 && SERIAL.test(cells[0]!))) cells = splitAtSpaceRuns(l, 1).filter((c) => !LONE_BAR.test(c));
      // 「其中：课堂育人满意度* % 93.40   94.02」: a scan's text keeps some columns' gaps and collapses others to one space
      // (the figures, units and years a single space sets apart are cells of their own; label words stay together)
      else if (cells.some((c) => c.includes(' '))) cells = cells.flatMap(splitAtoms);
      // 「项  目      2023届  2024届」: a label column's heading spaced out to its width is one word
      // (「数 人 1,163 1,156 -7」: a label's last character wrapped onto the row, then its unit before the figures, stays two cells)
      if (cells.length > 2 && cells[0]!.length === 1 && cells[1]!.length === 1 && HAN.test(cells[0]!) && HAN.test(cells[1]!) && !(isUnitCell(cells[1]!) && cells.slice(2).some((c) => valueOfCell(c) !== null))) cells = [cells[0]! + cells[1]!, ...cells.slice(2)];
      // 「横向技术服务产生的经济效益（万元）412385    398120」: a long label the page left no gap after, its unit's bracket then its
      // first figure
      const glued = cells.length >= 2 ? LABEL_GLUED_FIGURE.exec(cells[0]!) : null;
      if (glued) cells = [glued[1]!, glued[2]!, ...cells.slice(1)];
      // (「公共基础课（不含思想政治课）教学满意度95.8　　96.3」: the name with no bracket to end it, its first figure a decimal or
      // grouped, the other cells all figures)
      const decimal = !glued && cells.length >= 2 ? LABEL_GLUED_DECIMAL.exec(cells[0]!) : null;
      if (decimal && cells.slice(1).every((c) => valueOfCell(c) !== null)) cells = [decimal[1]!, decimal[2]!, ...cells.slice(1)];
      // (「高级“双师型”教师比例　%　　　18.3　　　　19.6」: a long label one space short of its unit, the other gaps wider)
      // (「职业技能等级证书（含职业资格证书）获取人数　人　1,634　　 1,712」: and one space short of its first figure too)
      const unitAfter = cells.length >= 2 ? LABEL_SPACE_UNIT.exec(cells[0]!) : null;
      if (unitAfter && cells.slice(1).every((c) => valueOfCell(c) !== null)) cells = [unitAfter[1]!, unitAfter[2]!, ...(unitAfter[3] ? [unitAfter[3]] : []), ...cells.slice(1)];
    }
    trimmed = true;
  }
  if (!trimmed) cells = cells.map((c) => c.trim());
  // 「2023 年」 split by the space: glue the 年 back onto its year (a new array only when that happens)
  let out: string[] | null = null;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (i > 0 && c.length <= 2 && (c === '年' || c === '学年' || c === '年度')) {
      const list: string[] = out ?? cells.slice(0, i);
      const prev = list[list.length - 1]!;
      const last = prev.charCodeAt(prev.length - 1);
      if (last >= 48 && last <= 57) {
        list[list.length - 1] = prev + c;
        out = list;
        continue;
      }
    }
    out?.push(c);
  }
  const result = withoutPointers(barredFigures(out ?? cells, t));
  // (「专任教师 Full-time Teachers 4,136 4,218」: a label's English gloss is no cell)
  return ENGLISH_LETTERS.test(t) ? glossless(result) : result;
}

/** 「15260｜15820」: figures set apart by a bar alone, in a cell the gaps made: a cell each. */
const BARRED_FIGURES = /^[0-9][0-9,.]*%?(?:[｜|][0-9][0-9,.]*%?)+$/;
function barredFigures(cells: string[], line: string): string[] {
  if ((!line.includes('｜') && !line.includes('|')) || !cells.some((c) => BARRED_FIGURES.test(c))) return cells;
  return cells.flatMap((c) => (BARRED_FIGURES.test(c) ? c.split(/[｜|]/) : [c]));
}

const POINTER = /^[➜➔➝➞→⟶▶►]$/;
/**
 * 「全日制在校生 ➜ 15820人」: an arrow pointing from a name to its figure is no cell. (Between two figures, 「3,842人 → 4,015人」,
 * it says one year led to the next, and stays for the readers that know it.)
 */
function withoutPointers(cells: string[]): string[] {
  if (cells.length < 3 || !cells.some((c) => c.length === 1 && POINTER.test(c))) return cells;
  return cells.filter((c, i) => !(i > 0 && i < cells.length - 1 && POINTER.test(c) && !/[0-9]/.test(cells[i - 1]!)));
}

const ENGLISH_LETTERS = /[A-Za-z]{2}/;
const ENGLISH_WORD = /^[A-Za-z](?:[A-Za-z'’\-.&/ ]*|[A-Za-z][A-Za-z0-9'’\-.&/ ]*)$/;
const UNIT_WORD = /^(?:Mbps|MB|GB|TB|kbps|Gbps)$/i;
const BRACKET_UNIT = /^[（(][^()（）]{1,6}[)）]$/;
const HAS_HAN = /[\u4e00-\u9fa5]/;
/** A bilingual table's cells without their English glosses, in cells of their own or after the Chinese in a cell. */
export function glossless(cells: string[]): string[] {
  return cells.some((c) => ENGLISH_LETTERS.test(c)) ? withoutGlosses(cells).map(withoutGloss) : cells;
}
/** 「全日制在校生人数 Full-time enrolment」「指标 Indicator」: a bilingual page's English gloss after a cell's Chinese. */
// (「毕业三年内毕业生满意度 Graduates (≤3 years)」: a gloss may hold a bracket and a bound)
const GLOSS_AFTER = /(?<=[\u4e00-\u9fa5)）])\s+[A-Za-z](?:[A-Za-z'’.&/,\-() ]*|[A-Za-z][A-Za-z0-9'’.&/,\-()≤≥<>+ ]*)$/;
function withoutGloss(cell: string): string {
  // (「主干带宽 Mbps」: a unit after the name is no gloss)
  return ENGLISH_LETTERS.test(cell) ? cell.replace(GLOSS_AFTER, (g) => (UNIT_WORD.test(g.trim()) ? g : '')) : cell;
}
/** Cells without the English words glossing the Chinese label before them (a bracketed unit after them joins the label). */
function withoutGlosses(cells: string[]): string[] {
  const out: string[] = [];
  let glossing = false;
  for (const [k, c] of cells.entries()) {
    const label = out.length > 0 && HAS_HAN.test(out[out.length - 1]!);
    // (「Promoted in 3 years」: a number inside the gloss, English words on both sides of it, is the gloss's)
    const inside = glossing && /^\d{1,2}$/.test(c) && ENGLISH_WORD.test(cells[k + 1] ?? '') && !UNIT_WORD.test(cells[k + 1]!);
    if (label && ((ENGLISH_WORD.test(c) && !UNIT_WORD.test(c)) || inside)) {
      glossing = true;
      continue;
    }
    if (glossing && label && BRACKET_UNIT.test(c)) out[out.length - 1] += c;
    else out.push(c);
    // (「毕业三年晋升比例 Promoted within」 | 「3」 | 「years」: a label whose gloss runs on past a number split off it)
    glossing = HAS_HAN.test(c) && GLOSS_AFTER.test(c);
  }
  return out;
}

/**
 * The line's cells where it has whitespace to split at, or null: a line without is one cell. (A line with spaces is
 * split to tell: 「2023 年」 and a letter-spaced 「前  言」 glue back into one cell.)
 */
export function splitIfSpaced(text: string): string[] | null {
  return ANY_SPACE.test(text) ? splitRowText(text) : null;
}

/** A column of the standard each row's figures are held against (国家标准, 评估标准): its cells are no year's. */
export const STANDARD_COL = /^(?:国家|国家基本|基本|办学|合格|达标|设置|评估|评价|省定)?标准(?:值|要求)?$|^(?:国家要求|参考值|标准线)$/;

/** A change column's header: 增减, 增幅（%）, 同比. */
export const CHANGE_HEAD = /^(?:增减|增减量|变化|增幅|增长|增长率|同比|同比增长|同比增减|同比变化|较上年|较上年增减|比上年)(?:情况)?(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?$/;

/**
 * A wider region's column, for one year or none: 「全国平均」「全市（2024年）」「2024年全市」 (asked of a flattened cell, see
 * flatCell). Which of 全市/全省 is wider than the report's own place, its reader decides.
 */
export const WIDER_REGION_CELL = /^(?:\(?20\d\d年?度?\)?)?(?:全国|全省|全市|全自治区)(?:平均|均值|平均水平|平均值|校均)?(?:\(?20\d\d年?度?\)?)?$/;
