/**
 * The table reader: walks the item stream once, finds indicator tables (rows = indicators, columns = years,
 * as the six standard tables print them; or transposed, years as rows), maps each row to a catalog id with
 * its parent row deciding among same-named rows, reads each year column, and catches rows visibly shifted
 * against their neighbours.
 */
import {
  idsForKey,
  idsForRowLabel,
  idsForLabel,
  indicatorById,
  INDICATORS,
  type IndicatorGroup,
  labelKey,
  PART_OF,
  STANDARD_TABLE,
  TEMPLATE_PARENTS,
} from '../catalog/index';
import { BRACKETED, LIST_MARK } from '../text/normalize';
import { convertUnit, round, toHalfWidth, type ParsedNumber } from '../numbers/parse';
import type { Candidate } from './candidate';
import { CHANGE_HEAD, STANDARD_COL, SUPERSEDED_COL, SURVEY_OVERALL, figuresOfCell, flatCell, isDash, isHeaderWord, isUnitCell, normalizeCell, SPANNED_PART, SPANNED_WHOLE, splitRowText, valueOfCell, WIDER_REGION_CELL, yearOfHeaderCell } from './cells';
import type { Item } from './stream';
import { Row } from './item';
import { namesSchool, namesSubRegion, OTHER_LEVEL, SCHOOL_TITLE_TAIL, type Scope } from './prose';
import { ownProvinceKey } from './scope';
import { warning, type EngineWarning } from './warnings';
import { matchesOf } from './matches';

const CAPTION = /^(?:附\s*表|续\s*表|表)\s*[0-9一二三四五六七八九十]+(?:[-—.．][0-9]+)?(?:[:：\s]|$)|^附\s*表$|^(?:人才培养质量计分卡|满意度调查表|教学资源表|服务贡献表|国际影响表|落实政策表)$/;
const SERIAL = /^\d{1,2}$/;
/** A sub-item's number before its label: 2.1, 7.3, 1.2.1. */
/** 「Ⅰ-02」「A1.1」「B2.3-1」: a data-collection form's code for a row, in a column of its own (指标代码). */
const ROW_CODE = /^(?:[A-Z]{1,2}[0-9]{1,2}(?:[.．-][0-9]{1,2}){0,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}(?:[-－.．][0-9]{1,2}){1,3})$/;
const SUB_SERIAL = /^\d{1,2}(?:\.\d{1,2}){1,2}$/;
/** A caption names a 表 or a 计分卡. */
const namesTable = (s: string) => s.includes('表') || s.includes('计分卡');
/** First header cells of a table with one row per school or part of the region (see transposedHeaderOf). */
/** 「二级学院」「系部」: a college's own schools and departments, the rows of a by-part table in its own report. */
const COLLEGE_PART_WORDS = '二级学院|二级学院名称|二级院系|院系|系部|系别';
const BY_PART_WORDS = `${COLLEGE_PART_WORDS}|学校|学校名称|校名|院校|院校名称|单位|单位名称|地区|区域|片区|市州|市\\(州\\)|县区|区县|县市区|县\\(市、区\\)|县\\(市\\)区|设区市|类别|院校类别|学校类别|学校类型|院校类型|办学类型|举办性质|办学性质|学校性质|院校性质|举办者|举办主体|办学主体`;
/** First header cells that name a label column (项目, 指标, 调查对象) or a column of years as rows (届别). */
const LABEL_HEADS = '项目|指标|调查对象|评价对象|调查项目|评价项目|测评项目|测评对象|监测项目|调查类别|评价类别|届别|届次';
const HEADER_HINT = new RegExp(`^\\s*(?:${LABEL_HEADS})|20\\d\\d|２０|年份|学年|年度|[〇零一二][〇零一二三四五六七八九]{3}年|数值|数据|本年|当年|指标值|满意|(?:人数|数量)(?:[（(]|\\t|\\s{2}|\\s*$)|占比|比例(?:[（(]|\\t|\\s{2}|\\s*$)`);
/** A label column after a serial one (序号 | 指标 | …): a header where no table is open yet (under years, it names their columns). */
const SERIAL_THEN_LABEL = new RegExp(`^\\s*(?:序号|编号)\\s+(?:${LABEL_HEADS})`);
/** A header cell naming a place: a wider one's (全国), or any place's name, the region's own short one too (广西, 内蒙古). */
const PLACE_HEAD = /^(?:全国|全省|全市|全县|全区|[\u4e00-\u9fa5]{2,10}(?:省|自治区|市|州|盟|县|区|旗))$/;
// (「全省中职平均」: a wider place's mean names that place too)
const namesPlace = (cell: string, ownPlace: string | null) => PLACE_HEAD.test(cell) || WIDER_COL.test(cell) || (!!ownPlace && cell.length >= 2 && ownPlace.startsWith(cell));
const YEARS_LINE = /^\s*20\d\d\s*(?:年度|学年|年|届)?(?:\s+(?:20\d\d\s*(?:年度|学年|年|届)?|增减|变化|增幅|同比))+\s*$/;
/**
 * A header's second line of years cut into runs, each year once and all in one order (2023年 2024年 | 2024年, 2024年 2023年 |
 * 2024年 2023年); null when a cell is no year.
 */
function yearRuns(cells: string[]): number[][] | null {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const c of cells) {
    const y = yearOfHeaderCell(c);
    if (y === null) return null;
    const dir = run.length >= 2 ? Math.sign(run[1]! - run[0]!) : 0;
    if (run.length && (run.includes(y) || (dir !== 0 && Math.sign(y - run[run.length - 1]!) !== dir))) {
      runs.push(run);
      run = [];
    }
    run.push(y);
  }
  if (run.length) runs.push(run);
  return runs;
}
/**
 * Whether a row's label carries its unit (「毕业三年晋升比例（%）」) under a header as wide as the row that names no unit
 * column (「指标（单位）」): a dash after the label then stands in a year's column, never the unit's.
 */
function unitInLabel(label: string[], hdr: Header, width: number): boolean {
  return hdr.unitCol < 0 && width === hdr.width && !!label.length && HEADER_UNIT.test(toHalfWidth(label[label.length - 1]!)) && !hdr.cells?.some((c) => /^(?:计量)?单位$/.test(flatCell(c)));
}
/** The pieces of a wrapped header's line (see headerPieces). */
function piecesOf(it: Item): string[] {
  // (「数（个） （本） … （Mbps， 宽（Mbps，」: a line of pieces with a comma inside a unit's bracket may come as text)
  return it.kind === 'row' ? (it.fromTable ? [] : it.cells.filter(Boolean)) : it.kind === 'text' && !it.heading && it.text.length <= 80 ? it.text.trim().split(/\s+/) : [];
}
/** A text layer's line of header words with no figure and no year (no caption, no unit note): a wrapped header's pieces. */
function headerPieces(it: Item | undefined): boolean {
  const cells = it ? piecesOf(it) : [];
  return cells.length >= 1 && !/^(?:附\s*)?表|单位/.test(cells[0]!) && cells.every((c) => c.length <= 10 && !valueOfCell(c) && yearOfHeaderCell(c) === null);
}
/** A row of two or more years and nothing else (a header's second line). */
function yearsOnly(it: Item | undefined): boolean {
  if (it?.kind !== 'row') return false;
  // (a line not split yet is asked by its look: splitting it would make it no unsplit caption later)
  if (it.unsplit && !YEARS_LINE.test(it.quote)) return false;
  const cells = it.cells.filter(Boolean);
  // (「2023年 2024年 增减 2024年」: a change column among them)
  return cells.filter((c) => yearOfHeaderCell(c) !== null).length >= 2 && cells.every((c) => yearOfHeaderCell(c) !== null || CHANGE_HEAD.test(flatCell(c)));
}
/** What a row outside a table must hold to open one: a year, a value or measure column or a label column (a header), or a 表/计分卡 (a caption). */
const MAY_START_OR_TABLE = new RegExp(
  `^\\s*(?:(?:序号|编号)\\s+)?(?:${LABEL_HEADS}|${BY_PART_WORDS})[\\s(（/／]|20\\d\\d|２０|年份|学年|年度|[〇零一二][〇零一二三四五六七八九]{3}年|表|计分卡|数值|数据|本年|当年|指标值|满意|(?:人数|数量)(?:[（(]|\\t|\\s{2}|\\s*$)|占比|比例(?:[（(]|\\t|\\s{2}|\\s*$)`,
);
const COUNT_UNITS = new Set(['人', '所', '个', '门', '本', '项', '人日', '学时', '课时']);

interface Header {
  /** Year of each column index (null for non-year columns). */
  years: (number | null)[];
  /** Years in column order. */
  yearList: number[];
  unitCol: number;
  labelCol: number;
  serialCol: number;
  /** 「一级指标 | 二级指标」: a column of categories before the label column, printed once per group. */
  categoryCol?: number;
  /** Who was asked in the first column, printed once over their items in the second (调查对象 | 调查项目). */
  surveyedItems?: boolean;
  width: number;
  /** Every cell is a known header word or a year: column positions can be trusted. */
  clean?: boolean;
  transposed: boolean;
  /** Transposed: which group each piece of a two-line header stands under was inferred (see inferGroups), not printed. */
  inferred?: boolean;
  /** The header's own cells (a 单位：… note among them gives the table's unit). */
  cells?: string[];
  /** Transposed by a college's own schools (二级学院): the sum row may not count every department. */
  partsMayNotCover?: boolean;
  /** Transposed: catalog ids per column. */
  colIds?: (string | null)[];
  /** Transposed: the column's printed name where it is a short one the caption's standard table resolved (see shortenedId). */
  colShort?: (string | null)[];
  /** Named non-year columns after the last year column (调查人次, 调查方式): figures a row may print after its years. */
  trailing?: number;
  /** Of those, the columns of figures like the years' (全省平均, 全国平均, 国家标准). */
  trailingAlike?: number;
  /** Of those, the columns of words (调查方式, 备注): a row's text after its figures fills them, no figure does. */
  trailingText?: number;
  /** Of those, the columns named for a place (万州区, 重庆市平均): another region's figures beside the years'. */
  trailingPlace?: number;
  /** Columns of text, explanations or sources, that name no row: 「指标解释（口径）」「数据来源」. */
  textCols?: number[];
  /** Columns of figures before the years that date none of them (a plan's base: 2020年基期值). */
  leading?: number;
  /** Columns of the region's parts (公办院校, 其中：某学院) beside each year's whole: rows are read cell for cell only. */
  partCols?: number;
  /** Columns read by nobody among the years (全市校均2024年, 区属学校2024年): a line as wide as the header is read cell for cell. */
  unreadCols?: true;
  /** The same year heads two columns, or a cell names several years: columns cannot be told apart by count. */
  ambiguous?: boolean;
  /** The measure a caption names (附表2 满意度（%）): a row that names nothing alone (「  课堂育人」) may name it with the measure. */
  captionMeasure?: string;
  /** The measure a 满意度（%） column states: its rows name who was asked (在校生, 家长), not the indicator. */
  measure?: string;
  /** No column names a year: the columns were dated by the report's year (a caption may say otherwise). */
  reportDated?: boolean;
  /** A header printed on two lines: its first line's words (see topOf), which a page break may repeat alone. */
  top?: string;
  /** A by-part form whose first column is a serial number (序号 | 学校名称 | …): rows are read without it. */
  serialFirst?: boolean;
  /** 「数值（上年）」: each cell prints last year's figure in brackets after this year's, 「2,356（2,488）」. */
  lastYearBracketed?: boolean;
  /** 「项目 | 人数（人） | 占专任教师比例（%）」: the column of each row's share, beside its count, and of what. */
  shareCol?: number;
  shareOf?: string;
  /**
   * 「去向 | 2023届人数 | 占比（%） | 2024届人数 | 占比（%） | 占比计算基数」: each year's share column beside its
   * count column, and the column naming each row's base when there is one.
   */
  yearShares?: { col: number; year: number; of: string }[];
  baseCol?: number;
  /**
   * Transposed by part (学校 | 在校生（人） | 专任教师（人）…, one row per school or county): only the sum row
   * (合计, 全县) is the region's, dated by the report's year unless the caption names another.
   */
  sumYear?: number | null;
  /** By part: the column dating each row (学校 | 届别 | 毕业生（人）…, a sum row for each cohort), which dates the sum rows. */
  yearCol?: number;
  /** Transposed: the unit each column's header prints (教职工（人）, 经费（万元）). */
  colUnits?: string[];
  /** By part: the part rows read so far (whose figure columns place a sum row that lost a cell). */
  partRows?: string[][];
  /** By part: a part row wider than the header was seen (the header lost a column). */
  widerParts?: boolean;
  /** Years as columns, parts as rows (设区市 | 2023年 | 2024年): the indicator the caption names, for the sum row. */
  sumOf?: string | null;
  /** Under each year's whole, its 公办 and 民办 columns: by column, the year and kind (for the school count's parts). */
  kindCols?: ({ year: number; kind: '公办' | '民办' } | null)[];
  /**
   * 「指标 | 2023年 | 2024年」 over 「公办 | 民办 | 合计」 with the empty cells of the merged header gone: one year's column
   * split into these kinds, which one the rows' sums say (see kindSplitOf).
   */
  kindSplit?: string[];
  /** By part, each measure spread over years: the year of each column (see spreadOverYears). */
  colYears?: (number | null)[];
  /** By part, with the school levels as rows (中等职业教育 | 高等职业教育 | 合计): which of them were read so far. */
  levelRows?: { own: boolean; other: boolean };
}

interface LogicalRow {
  label: string;
  child: boolean;
  serial: boolean;
  unit: string;
  /** One entry per value cell in order; null for a dash/empty placeholder. */
  values: (number | null)[];
  /** Year per value when read by position; otherwise assigned at the end. */
  valueYears?: (number | null)[];
  /** Cells of words a line printed after its figures (网上调查). */
  textAfter?: number;
  quote: string;
  page?: number;
  order: number;
  at: { block: number; row?: number };
  id: string | null;
  standard: boolean;
  warnings: EngineWarning[];
}

/** 「单位：万元」「（单位：人）」: one unit for every figure of a table that has no unit column. */
/** A school year's column: 「2024—2025学年」 (its start year first). */
const SCHOOL_YEAR = /(20\d\d)\s*[-—–~至]\s*20\d\d\s*学年/;
/** A category cell naming a sum (合计, 小计). */
const SUM_CELL = /^\s*(?:合计|小计|总计)\s*$/;
/** A line that is only a unit in brackets: 「（亿元）」. */
const UNIT_LINE = /^\s*[（(]\s*([^（()）\s]{1,5})\s*[)）]\s*$/;
const BRACKET_UNIT_END = /[（(]([^（()）]{1,5})[)）]\s*\*?$/;
const UNIT_NOTE = /单位\s*[:：]\s*([^\s:：，,、；;()（）]{1,6})\s*[)）]?\s*$/;
const UNIT_NOTE_CELL = /^[(（]?\s*单位\s*[:：]/;
const UNIT_NOTE_TAIL = /[(（]?单位[:：].*$/;
/** A chart's caption, its title after it (「［图片描述］图1 …」: a page's description of a chart it shows as a picture, before it). */
export const FIGURE_CAPTION = /^\s*(?:[［[【]\s*(?:图片描述|图片说明|图表说明|图示)\s*[］\]】]\s*)?图\s*[0-9]+(?:[-.—–][0-9]+)?\s*[:：]?\s*(\S.{3,60})$/;
export function unitNoteOf(text: string): string {
  // every short line and header cell is asked: most name no 单位, and need no copy to say so
  if (!text.includes('单位')) return '';
  const m = UNIT_NOTE.exec(toHalfWidth(text).trim());
  if (!m || isDash(m[1]!)) return '';
  // 单位：万人 — figures in ten thousands of a counted unit
  return isUnitCell(m[1]!) || (/^万/.test(m[1]!) && isUnitCell(m[1]!.slice(1))) ? m[1]! : '';
}

/** A word in letters only (「DATA」「KEY FIGURES」): no table's column. */
const LATIN_WORD = /^\s*[A-Za-z][A-Za-z .&-]*\s*$/;
/** A single value column named 数值/本年度…: its figures are the report year's. */
// (「本年（%）」: with the unit of its figures)
const VALUE_COL = /^(?:数值|数据|本年度|本年|今年|本学年|当年|本期|年度值|指标值|值)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?$/;
// (「上年（%）」: with its figures' unit)
/** A merged category cell's words (办学规模, 毕业去向, 师资) and what would make them a qualifier of the name after them instead. */
const GROUP_CELL = /^[\u4e00-\u9fa5]{2,8}$/;
const NARROWING = /公办|民办|其中|[省市县区]属|中职|高职|技工|本科|专科|学校|院校|[男女]|全[省市县区州]/;
/** A column of the report's year, said so: 本年, 当年 (数值 says nothing of the year). */
// (「本期」「上期」: an annual report's period is its year)
const THIS_YEAR_COL = /^(?:本年|本年度|今年|本学年|当年|本期)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?$/;
/** The region's share of a wider place's figure: 「本市占全省(%)」「占全省比重」. */
const SHARE_OF_WIDER_COL = /^(?:[本全我][省市县区州盟旗])?占(?:全[省国]|全自治区)(?:的)?(?:比例|比重|份额)?(?:\([^()]*\))?$/;
/** Last year's word before or after a column's place: 「上年本市」「本市上年」「本市（上年）」. */
const LAST_YEAR_WORD = /^(?:上一?年度?|去年)|(?:上一?年度?|去年)$|\((?:上一?年度?|去年)\)$/;
const LAST_YEAR_COL = /^(?:上年|上年度|上一年|上一年度|去年|上学年|上年值|上年数|上年同期|上年同期数|去年同期|上期)(?:\([^()]{1,6}\)|（[^（）]{1,6}）)?$/;
/** A header's label column when no column names a year: 「指标」, or the ones a survey asked (调查对象). */
const LABEL_COL = /^(?:指标|指标名称|二级指标|三级指标|具体指标|项目名称|指标项目|(?:评估|评价|考核|监测|核心)指标|项目|对象|调查内容|评价内容|维度|调查维度|评价维度|(?:调查|评价|测评)(?:类别|类型)|调查对象(?:\([^()]{1,6}\))?|被调查对象|调查项目|评价对象|测评项目|测评对象|监测项目|调查群体|满意度调查对象|调查(?:对象|项目)(?:及|和|与)(?:内容|项目|指标|维度))(?:[/／](?:指标|项目|对象|维度|调查对象|内容))?$/;
const CATEGORY_COL = /^(?:一级指标|指标类别|维度类别|表别|表名|所属表|所属报表|报表名称)$/;
/** 「项目 | 指标」「维度 | 具体指标」: a column grouping the rows, then the indicators' own (the 指标 words only, so 「调查项目 | 调查对象」 is not one). */
const GROUP_COL = /^(?:项目|类别|类型|维度|方面|板块|领域)$/;
const INDICATOR_COL = /^(?:指标|指标名称|二级指标|三级指标|具体指标)$/;
const LABEL_OR_NAME_COL = new RegExp(`${LABEL_COL.source}|^(?:名称|内容)$`);
/** A year a caption names on its own (2023年满意度调查结果, 2024届毕业生…), not the start of a span. */
const CAPTION_YEAR = /(20\d\d)\s*(?:年度?|届)(?!\s*[-—–~至到]|\s*20)/g;
/** The years a caption names, once each (of a span, 「2023—2024年」, its last). */
function captionYears(caption: string): Set<number> {
  return new Set(matchesOf(CAPTION_YEAR, toHalfWidth(caption)).map((m) => Number(m[1])));
}
/** The one year a caption names (「2023年全省…」), or null where it names none, several or a span (「2023—2024年」). */
function captionYearOf(caption: string): number | null {
  if (/20\d\d\s*年?\s*[-—–~至到]\s*20\d\d/.test(toHalfWidth(caption))) return null;
  const named = captionYears(caption);
  return named.size === 1 ? [...named][0]! : null;
}
/** A column of changes after the years (同比增长（%）, 增减): its figures are no year's. */
// (「2024年比」「2024届比」: the first line of a wrapped 「2024年比上年增减」)
// (「2024年较2022年（百分点）」: two years' difference, in points)
const CHANGE_COL = /同比|增长|增减|变化|增幅|比上年|较上年|增量|差值|差额|差距|百分点|^20\d\d(?:年度?|届)(?:比|较)(?:20\d\d(?:年度?|届))?(?:\([^()]*\))?$/;
/** A column of words after the years: how a survey was made, a remark, where a figure came from, a verdict. */
/** A remark that is only an earlier year's figure: 「2023年为1163人」「上年866人」「2023年：1352」. */
const REMARK_OF_YEAR = /^(?:(20\d\d)\s*年度?|上一?年度?|去年)\s*(?:为|是|[:：])?\s*([0-9][0-9,.]*\s*(?:万|亿)?\s*[^\s0-9]{0,3})\s*[。.]?$/;
function remarkOfYear(cell: string, year: number, rowUnit: string): { value: number; year: number } | null {
  const m = REMARK_OF_YEAR.exec(toHalfWidth(cell).trim());
  if (!m) return null;
  const at = m[1] ? Number(m[1]) : year - 1;
  // (「到账经费（万元） | 86.5 | 2023年为71.2万元」: with no unit cell to convert to, a remark in 万 or 亿 cannot be put in the row's
  // unit, and is left)
  if (!rowUnit && /[万亿]/.test(m[2]!)) return null;
  const v = valueOfCell(m[2]!);
  // (in the row's unit, or none; a year before the column's)
  const value = v && at < year ? (v.unit && rowUnit ? convertUnit(v.value, v.unit, rowUnit) : v.value) : null;
  return value === null ? null : { value, year: at };
}
const TEXT_COL = /^(?:调查|统计|采集|评价)?(?:方式|方法|形式)$|^(?:备注|说明|数据来源|来源|是否达标|达标情况|(?:评估|评价)?(?:结论|判定|等次))$|^(?:指标)?(?:解释|含义|定义)(?:\((?:口径|说明|含义)\))?$|^指标说明$|^计算方法$/;
/** A survey's sample column (有效样本（份）, 问卷数): figures of no indicator, beside the measured one. */
// (「有效回收率（%）」: the share of questionnaires returned, a survey's own statistic)
const SAMPLE_COL = /样本|问卷|调查人数|调查人次|^份数|置信区间|误差|校均值|均值|中位数|标准差|最大值|最小值|回收率|应答率|响应率/;
// (「（与上年、全国比较）」「（2024年与2023年、全市比较）」: last year named with it)
// (「本区与全市中职满意度比较」: what is compared may come between)
const COMPARED_WITH_WIDER = /[与和同](?:上年|上一年|去年|20\d\d年)?[、和及与]?(?:全省|全国|全市|全自治区|省|国家)(?:平均|平均水平)?(?:的)?(?:[^，,。；;（）()]{0,10}?(?:比较|对比|对照))/g;
/** The region's rank in a wider one, in a column beside its own figures: 全省位次, 全国排名. */
const RANK_COL = /^(?:全省|全国|全市|全自治区)(?:位次|排名|排位)$/;
const UNIT_COL = /^单位$/;
/** A column of the region's own figures (全省, 合计): the words of a table's sum row. */
const REGION_COL = /^(?:合计|总计|共计|全[省市县区州盟旗](?:合计|总计)?)$/;
/** A column of each row's count (人数（人）, 就业人数（人）, 数量): the report's year, as 数值 is. */
const COUNT_COL = /^(?:[\u4e00-\u9fa5]{0,4}(?:人数|数量|个数|学生数|教师数)(?:\((?:人|名|个|所|门|本|项)\))?|\((?:人|名|个|所)\))$/;
/** A column of each row's share (占比（%）, 占专任教师比例（%）): of what, when it says. */
const SHARE_COL = /^(?:占比|比例|比重|占(.{1,10}?)(?:总数|人数)?的?(?:比例|比重))(?:\((?:%|％)\))?$/;
/** 「2024 | 年」: a year's word split off into a cell of its own by a text layer. */
const YEAR_WORD_CELL = /^\s*(?:年|学年|年度|届)\s*$/;
/** A caption naming a survey's measure (…满意度调查结果), and a label column naming who was asked. */
const SURVEY_CAPTION = /(满意度|满意率)/;
const SURVEYED_COL = /^(?:调查对象|对象|被调查对象|评价对象|调查群体|群体|类别|满意度调查对象)$/;
/** What the ones asked were asked about, in the column after them (调查项目, 调查内容, 维度). */
const SURVEY_ITEM_COL = /^(?:调查项目|调查内容|评价项目|评价内容|项目|指标|指标名称|维度|调查维度|评价维度)$/;
/** An item about those asked overall (总体满意度, 综合满意度): it names nothing but who they are. */
const OVERALL_ITEM = /^(?:(?:总体|综合|整体|总)(?:满意度|满意率)?|满意度|满意率)$/;
/** A wider region's column beside the region's years (全国平均, 东部地区平均): named, and read by nobody. */
// (「全省中职平均」「全国高职院校平均」: the kind of school named before the mean)
const WIDER_COL = /^(?:全国|全省|全市|全自治区|东部|中部|西部|东北)(?:地区)?(?:中职|中职学校|中等职业学校|中等职业教育|高职|高职院校|高等职业院校|同类学校|同类院校)?(?:平均|均值|平均水平|水平)(?:\([^()]{0,6}\))?$/;
/** A wider region's column named bare (全市 in a district's report): wider only where the report's own place is another level. */
const WIDER_BARE = /^(?:全国|全省|全市|全自治区)$/;
/** A target's column (年度目标, 目标值), and the column of what was done (完成情况, 完成值, 实际完成). */
const TARGET_COL = /^(?:年度目标|目标值|目标|计划目标|年度目标值|\d{4}年度?(?:目标值?|计划值?))(?:\([^()]{0,6}\))?$/;
const DONE_COL = /^(?:完成情况|完成值|实际完成|实际完成值|实际值|完成数|年度完成|实绩)(?:\([^()]{0,6}\))?$/;
/** Columns of the kinds of school a report is about, by level, and of kinds no report here is about. */
/** A level's name heading its run of year columns (see readTables). */
const LEVEL_GROUP = /^(?:中等职业教育|中职教育|中职|中职学校|中等职业学校|高等职业教育|高职教育|高职|高职院校|高等职业院校)$/;
const OWN_KIND_COL: Record<string, RegExp> = {
  secondary: /^(?:中职学校|中等职业学校|中职|中职教育|中等职业教育)$/,
  higher: /^(?:高职院校|高等职业院校|高职|高职教育|高等职业教育|高职\(专科\)院校)$/,
};
/** A caption about another kind of school than vocational ones (技工院校 belong to the labour departments), and one naming these too. */
const OTHER_KIND_CAPTION = /技工院校|技工学校|技师学院|普通高中/;
/** What a caption says its figures take in: 「（含技工学校、高职院校）」. */
const TAKES_IN = /(?<![不未])(?:含|包含|包括)([^，,；;）)]{2,30})/;
const TAKES_IN_TECHNICAL = /(?<![不未])(?:含|包含|包括)[^，,；;）)]{0,12}技工/;
/**
 * 「本报告中…数据均为含技工学校的全县合计数」「本年度报告首次将…技工学校纳入统计范围」: the report says it counts the technical schools
 * in (not 「凡标注“含技工院校”的数据不属本报告统计范围」).
 */
const REPORT_SCOPE = /本报告|本年度报告|报告所称|文中数据|合计数据|统计范围|统计口径/;
const TAKEN_IN = /(?<![不未])(?:含|包含|包括|纳入|计入)/;
const LEFT_OUT_OF_SCOPE = /不属|不含|不包括|不纳入|不计入|未纳入|未计入|以外|之外|除外/;
function countsTechnical(items: Item[]): boolean {
  for (const it of items) {
    const text = it.kind === 'text' ? it.text : it.kind === 'row' ? it.quote : '';
    if (!text.includes('技工')) continue;
    // (「江西省技工教育和中等职业教育质量年度报告」: a report on both, by its title)
    if (TECHNICAL_TITLE.test(text)) return true;
    for (const said of text.split(/[。；;]/)) if (said.includes('技工') && REPORT_SCOPE.test(said) && TAKEN_IN.test(said) && !LEFT_OUT_OF_SCOPE.test(said)) return true;
  }
  return false;
}
const TECHNICAL_TITLE = /技工(?:教育|院校|学校)[^。，,；;（(]{0,16}(?:质量年度报告|年度质量报告|质量报告|年报)/;
const KIND_TAKEN_IN_OR_OUT = /(?:不含|不包括|未含|未包括|包含|包括|含|除)[^，,；;）)]*/g;
const OWN_KIND_CAPTION = /中职|中等职业|职业学校|职业院校|职业教育|职校|中专|职业中学|高职|职业技术学院|职业学院/;
const OTHER_KIND_COL = /^(?:技工学校|技工院校|技师学院|普通高中|普高|高职院校|中职学校|职业本科|本科院校)$/;
const YEAR_AFTER_KIND = /\(?20\d\d年?度?\)?$/;
/** A column summing the kinds of school: 合计2024年, 全口径合计. */
const SUM_OF_KINDS = /^(?:全口径|两类学校|合计|总计)/;
/** A header cell naming a kind of school (the report's own or another) or the kinds' sum. */
const namesKindOrSum = (c: string) => OTHER_KIND_COL.test(c) || OWN_KIND_COL.secondary!.test(c) || OWN_KIND_COL.higher!.test(c) || SUM_OF_KINDS.test(c);
/** 「鞍山2024」「南充市（2024年）」: a place's column for one year; the year, or null. */
function placeYearOf(cell: string, ownPlace: string | null, ownKind: RegExp | null): number | null {
  // (both forms name a year: a cell without 20 in it is neither)
  if (!cell.includes('20')) return null;
  const m = /^[\u4e00-\u9fa5]{2,8}?(?:市|县|区|州|省)?\(?(20\d\d)年?\)?$/.exec(cell);
  // 「中职2024」 beside 「高职2024」: a kind of school's column for one year, the report's own kind's only
  const kind = m ? cell.replace(/\(?20\d\d年?\)?$/, '') : '';
  if (m && (OTHER_KIND_COL.test(kind) || OWN_KIND_COL.secondary!.test(kind) || OWN_KIND_COL.higher!.test(kind))) return ownKind?.test(kind) ? Number(m[1]) : null;
  // (「全区2024年」 in a district's report is its own whole; 「区属学校2024年」 some of its schools, 「全市校均2024年」 a wider place's)
  if (m && ownPlace && kind === '全' + ownPlace.slice(-1)) return Number(m[1]);
  // (「江苏省（2024年）」 beside 「连云港市（2024年）」: another place by its name, a wider one's column)
  if (m && ownPlace && PLACE_NAMED.test(kind) && kind !== ownPlace && !ownPlace.startsWith(kind)) return null;
  if (m) return !WIDER_COL.test(kind) && !/^(?:全国|全省|全市|全县|全区)/.test(cell) && !SCHOOLS_PART.test(kind) ? Number(m[1]) : null;
  // 「2024年无锡」 beside 「2024年全省中职平均」: the year first, then the report's own place
  const r = ownPlace ? /^\(?(20\d\d)年?\)?([\u4e00-\u9fa5]{2,10})$/.exec(cell) : null;
  return r && (r[2] === ownPlace || r[2] === ownPlace!.replace(/(?:市|县|区|省|自治区|州|盟)$/, '')) ? Number(r[1]) : null;
}
/** A place named with its kind: 江苏省, 连云港市, 海州区. */
const PLACE_NAMED = /^[\u4e00-\u9fa5]{2,7}(?:省|自治区|市|州|盟|地区|县|区|旗)$/;
/** Some of the region's schools, by who runs them: 区属学校, 市属, 公办院校. */
const SCHOOLS_PART = /^(?:区属|市属|县属|省属|部属|公办|民办)(?:学校|院校|中职学校)?$/;
/** A year's column of counts (2023届人数, 2024年人数（人）). */
const YEAR_COUNT_COL = /^(20\d\d)(?:年|届)(?:[\u4e00-\u9fa5]{0,4}人数|数量|\((?:人|名)\))(?:\((?:人|名)\))?$/;
/** The column naming each row's base (占比计算基数, 比例基数). */
const BASE_COL = /基数|计算口径|占比口径/;
/**
 * A year's column for the region's whole (2024年全校, 2024年（全区合计）), and one for a stage or a kind of its students
 * (2024届五年一贯制, 2024年中职段).
 */
const YEAR_WHOLE_COL = /^(20\d\d)\s*(?:年度?|学年|届)\s*\(?(全校|全院|合计|总计|总体|全[区县市省州旗盟](?:合计|总计)?)\)?$/;
const YEAR_PART_COL = /^20\d\d\s*(?:年度?|学年|届)\s*(?:中职段|高职段|中职部|高职部|五年一贯制|五年制|三年制|中职|高职|男生?|女生?|公办|民办)$/;
/** A year's column named for the measure (2024年满意度（%）). */
const YEAR_MEASURE_COL = /^(20\d\d)年?(满意度|满意率)(?:\((?:%|％)\))?$/;
/** 「上年度满意度（%）」「本年度满意度（%）」: last year's or this year's column named for the measure, the year said as the report's. */
const RELATIVE_MEASURE_COL = /^(?:(上年度?|上一年度?|去年|上学年)|本年度?|今年|本学年|当年)(满意度|满意率)(?:\((?:%|％)\))?$/;
/** A column named for the measure every row states (满意度（%）): the report's year, as 数值 is. */
const MEASURE_COL = /^(满意度|满意率)(?:\((?:%|％)\))?$/;
/** A survey's column of those who gave one answer (非常满意, 比较满意): the share of satisfied is their sum, 合计. */
const DEGREE_COL = /^(?:非常|比较|基本|很|较为?)?满意(?:\((?:%|％)\))?$|^(?:一般|不满意|不太满意|非常不满意)(?:\((?:%|％)\))?$/;

const ENGLISH_GLOSS = /[A-Za-z]{2}/;
const GLOSS_BEFORE = /^[A-Za-z][A-Za-z\s\-'&/.,]*?\s+(?=[\u4e00-\u9fa5“])/;
const GLOSS_AFTER = /(?<=[\u4e00-\u9fa5”)）])\s+[A-Za-z][A-Za-z\s\-'&/.,]*$/;
/** 「Indicator 指标」「Change 变化」: a header's word without the English gloss set beside it for readers abroad. */
const withoutGloss = (s: string): string => s.replace(GLOSS_BEFORE, '').replace(GLOSS_AFTER, '');
/** 「2023年 2023」: a bilingual header's year, then its translation (in one cell, or a cell each). */
const BILINGUAL_YEAR = /^\s*(20\d\d)\s*(?:年度?|届|学年)\s+\1\s*$/;
/** A header cell holding several header cells' text (「单位 2023年 2024年」, a PDF row read as one cell): its words, or null. */
function headerWords(cell: string): string[] | null {
  if (!/\s/.test(cell.trim())) return null;
  const toks = splitRowText(cell.trim());
  if (toks.length < 2) return null;
  // (「2023年 2023」: a bilingual header's year and its translation are one column)
  if (BILINGUAL_YEAR.test(cell)) return null;
  return toks.every((t) => yearOfHeaderCell(t) !== null || isHeaderWord(t)) ? toks : null;
}

function headerOf(raw0: string[], reportYear: number | null, ownKind: RegExp | null = null, ownPlace: string | null = null): Header | null {
  // (「样本（份） | 2024年满意度（%） | 2023年满意度」: a header line that opens on a survey's sample column has lost its label
  // column's cell to the line above, and stands one column to the right)
  const raw = raw0.length >= 3 && raw0[0] && SAMPLE_COL.test(flatCell(raw0[0])) ? ['', ...raw0] : raw0;
  // cells merged by the reader are split again: each year then has a column of its own (never positional)
  let merged = false;
  const cells: string[] = [];
  for (const c of raw) {
    const words = c ? headerWords(c) : null;
    if (words && words.some((t) => yearOfHeaderCell(t) !== null)) {
      cells.push(...words);
      merged = true;
    } else if (c && /^20\d\d$/.test(c.trim()) && cells.length && BILINGUAL_YEAR.test(`${cells[cells.length - 1]} ${c}`)) continue;
    // (「Indicator 指标」「Unit 单位」: a header's word with its English gloss beside it)
    else cells.push(c && BILINGUAL_YEAR.test(c) ? c.replace(/\s+20\d\d\s*$/, '') : c && ENGLISH_GLOSS.test(c) ? withoutGloss(c) : c);
  }
  const flat = cells.map(flatCell);
  // 「2024年比2023年增减」「2024年同比增长（%）」: a column of changes names years, and dates none of its figures
  // (「鞍山2024」: the region's own column for a year, its name before the year)
  // (the year first: most cells name none, and a change column is asked about only when one does)
  const years = cells.map((c, i) => {
    const y = c ? (yearOfHeaderCell(c) ?? placeYearOf(flat[i]!, ownPlace, ownKind)) : null;
    return y !== null && !CHANGE_COL.test(flat[i]!) && !SUPERSEDED_COL.test(flat[i]!) ? y : null;
  });
  // 「中等职业学校2024年 | 技工学校2024年 | 全口径合计2024年」: beside another kind of school's column, the sum's takes that kind in
  if (flat.some((v) => OTHER_KIND_COL.test(v.replace(YEAR_AFTER_KIND, ''))))
    flat.forEach((v, i) => {
      if (years[i] !== null && SUM_OF_KINDS.test(v)) years[i] = null;
    });
  // 「2023—2024学年 | 2024—2025学年」 in a report on 2024: a school year that ends after the report's year is the one that
  // starts in it, and every school year of the header is read by its start
  if (reportYear !== null && flat.some((c, i) => years[i] === reportYear + 1 && SCHOOL_YEAR.exec(c)?.[1] === String(reportYear)))
    flat.forEach((c, i) => {
      const m = years[i] !== null ? SCHOOL_YEAR.exec(c) : null;
      if (m) years[i] = Number(m[1]);
    });
  // 「2023届人数 | 占比（%） | 2024届人数 | 占比（%）」: a year's count column, its share column right after it
  const yearShares: { col: number; year: number; of: string }[] = [];
  for (let i = 1; i < cells.length; i++) {
    // (a year's count column opens on its year: other cells are not asked)
    const m = years[i] === null && flat[i]!.startsWith('20') && !SAMPLE_COL.test(flat[i]!) ? YEAR_COUNT_COL.exec(flat[i]!) : null;
    const share = m ? SHARE_COL.exec(flat[i + 1] ?? '') : null;
    if (!m || !share) continue;
    years[i] = Number(m[1]);
    yearShares.push({ col: i + 1, year: years[i]!, of: share[1] ?? '' });
  }
  const baseCol = yearShares.length ? flat.findIndex((v, i) => i > 0 && BASE_COL.test(v)) : -1;
  let measure: string | undefined;
  /** Columns of other kinds of school and their sum: named, and read by nobody. */
  const others = new Set<number>();
  // 「调查对象 | 有效样本 | 2024年满意度 | 较上年增减」: a year's column named for the measure its rows state
  for (let i = 1; i < cells.length; i++) {
    const m = years[i] === null && flat[i]!.startsWith('20') ? YEAR_MEASURE_COL.exec(flat[i]!) : null;
    if (m) {
      years[i] = Number(m[1]);
      measure = m[2];
    }
    // 「2023年全校 | 2024年全校 | 2024年中职段 | 2024年高职段」: a year's column for the whole school beside the year's
    // columns for one stage or kind of its students, which no row's indicator counts
    else if (years[i] === null && flat[i]!.startsWith('20')) {
      // (「2024年（全区合计）」: the place's own whole, in a district's report; 「2024年全市」 in it is a wider place's)
      const whole = YEAR_WHOLE_COL.exec(flat[i]!);
      if (whole && (!/^全[区县市省州旗盟]/.test(whole[2]!) || whole[2]!.slice(0, 2) === '全' + (ownPlace ?? '').slice(-1))) years[i] = Number(whole[1]);
      else if (YEAR_PART_COL.test(flat[i]!)) others.add(i);
    }
    // (「区属学校2024年」「全市校均2024年」: some of the region's schools, or a wider place, for a year: read by nobody)
    else if (years[i] === null && /20\d\d年?\)?$/.test(flat[i]!)) {
      const named = flat[i]!.replace(/\(?20\d\d年?\)?$/, '');
      const wider = /^(?:全国|全省|全市|全自治区)(校均|平均|均值)?$/.exec(named);
      if (SCHOOLS_PART.test(named) || WIDER_COL.test(named) || (wider && (wider[1] || !ownPlace || named !== '全' + ownPlace.slice(-1)))) others.add(i);
    }
  }
  // a label column named as such stands for the header words the check below asks for
  const noYears = !!reportYear && !years.some((y) => y !== null);
  // (「调查人数（人）」: a survey's sample is no count of the rows')
  const countCol = noYears ? flat.findIndex((v, i) => i > 0 && COUNT_COL.test(v) && !SAMPLE_COL.test(v)) : -1;
  const shareCol = countCol > 0 ? flat.findIndex((v, i) => i > countCol && SHARE_COL.test(v)) : -1;
  // 「产业 | 就业人数（人） | 占比（%）」: a short first cell names the label column of a count column
  // (「教学资源 | 单位 | 数值」: so does one before a unit column and a value column, the table's subject named over its labels)
  const labelled = noYears && (flat.some((v) => LABEL_COL.test(v)) || (!!flat[0] && flat[0].length <= 8 && !valueOfCell(flat[0]) && ((countCol > 0 && !COUNT_COL.test(flat[0])) || (flat.length === 3 && flat[1] === '单位' && VALUE_COL.test(flat[2]!)))));
  if (labelled) {
    flat.forEach((v, i) => {
      const m = MEASURE_COL.exec(v);
      if (m) measure = m[1];
      const relative = RELATIVE_MEASURE_COL.exec(v);
      if (relative) {
        years[i] = relative[1] ? reportYear - 1 : reportYear;
        measure = relative[2];
        return;
      }
      if (VALUE_COL.test(v) || m || i === countCol) years[i] = reportYear;
      // 「项目 | 上年 | 本年 | 增长」: last year's column beside this year's
      else if (LAST_YEAR_COL.test(v)) years[i] = reportYear - 1;
    });
  }
  // 「指标 | 2024年 | 上年同期 | 增长率(%)」: last year's column beside the one dated column is the year before it
  const dated = years.filter((y) => y !== null);
  if (dated.length === 1)
    flat.forEach((v, i) => {
      if (i > 0 && years[i] === null && LAST_YEAR_COL.test(v)) years[i] = dated[0]! - 1;
    });
  // 「指标 | 全市 | 市属公办 | 区属公办 | 民办 | 全市（2023年）」: the region's bare column beside its column for last year is
  // this year's
  if (dated.length === 1 && reportYear && dated[0] === reportYear - 1) {
    const lastAt = years.findIndex((y) => y !== null);
    const region = /^(全[省市县区州盟旗]|全自治区)\(?20\d\d年度?\)?$/.exec(flat[lastAt]!)?.[1];
    // (in a county's report 全市 is its city's: not read)
    const bare = region && ownPlace?.endsWith(region.slice(-1)) ? flat.findIndex((v, i) => i > 0 && v === region) : -1;
    if (bare > 0 && flat.filter((v) => v === region).length === 1) years[bare] = reportYear;
  }
  // 「调查项目 | 滁州市 | 全省平均 | 全国平均」: the region's own column beside wider regions' averages and ranks
  // (「调查项目 | 番禺区 | 全市 | 差值」: in a district's report the bare 全市 is its city's, and the difference no year's)
  if (labelled && ownPlace && !years.some((y) => y !== null)) {
    // (「调查项目 | 本区 | 全市」: the region calls itself 本区, or 全区)
    const ownNames = [ownPlace, ownPlace.replace(/(?:市|县|区|省|自治区|州)$/, ''), '本' + ownPlace.slice(-1), '全' + ownPlace.slice(-1)];
    const own = flat.findIndex((v, i) => i > 0 && ownNames.includes(v));
    // (「指标 | 本市 | 全省 | 全国 | 上年本市」: and the region's own column for last year)
    const lastOwn = own > 0 ? flat.findIndex((v, i) => i > 0 && i !== own && LAST_YEAR_WORD.test(v) && ownNames.includes(v.replace(LAST_YEAR_WORD, ''))) : -1;
    // (「本市占全省(%)」: the region's share of a wider place's figure, read by nobody)
    const wider = (v: string) => WIDER_COL.test(v) || RANK_COL.test(v) || SHARE_OF_WIDER_COL.test(v) || (WIDER_BARE.test(v) && !ownPlace.endsWith(v.slice(-1)));
    // (「序号 | 指标 | 单位 | 吉林省 | 全国」: a serial column before the label column is no other region's)
    const labelAt = flat.findIndex((v) => LABEL_COL.test(v));
    if (own > 0 && flat.every((v, i) => i === 0 || i === own || i === lastOwn || (i === labelAt && SERIAL_HEAD.test(flat[0]!)) || wider(v) || UNIT_COL.test(v) || CHANGE_COL.test(v))) {
      years[own] = reportYear;
      if (lastOwn > 0) years[lastOwn] = reportYear - 1;
      flat.forEach((v, i) => {
        if (i > 0 && i !== own && (wider(v) || CHANGE_COL.test(v))) others.add(i);
      });
    }
  }
  // 「项目 | 单位 | 中职学校 | 技工院校 | 合计」: the column of the report's own kind of school, beside other kinds' and
  // their sum (neither of which is the report's)
  // (a column naming each row's year, 「指标 | 年度 | 中职学校 | …」, dates the rows: not read this way)
  if (labelled && ownKind && !years.some((y) => y !== null) && !flat.some((v) => /^(?:年度|年份|学年|年|届别|时间)$/.test(v))) {
    const own = flat.findIndex((v, i) => i > 0 && ownKind.test(v));
    if (own > 0 && flat.some((v, i) => i > 0 && i !== own && OTHER_KIND_COL.test(v))) {
      years[own] = reportYear;
      flat.forEach((v, i) => {
        if (i !== own && (OTHER_KIND_COL.test(v) || REGION_COL.test(v))) others.add(i);
      });
    }
  }
  // 「指标 | 年度目标 | 完成情况 | 完成率」: what was done is the year's figure; the target and the rate are not
  if (labelled && !years.some((y) => y !== null) && flat.some((v) => TARGET_COL.test(v))) {
    const done = flat.findIndex((v, i) => i > 0 && DONE_COL.test(v));
    if (done > 0) {
      years[done] = reportYear;
      flat.forEach((v, i) => {
        if (i > 0 && i !== done && (TARGET_COL.test(v) || /完成率|完成比例|完成进度/.test(v))) others.add(i);
      });
    }
  }
  // 「指标 | 全省 | 校均值 | 中位数 | 标准差」: the column of the region's own figure, beside statistics over schools
  if (labelled && !years.some((y) => y !== null)) {
    // (in a county's report 全市 is its city's)
    const own = flat.findIndex((v, i) => i > 0 && REGION_COL.test(v) && !(ownPlace && /^全[省市县区州盟旗]$/.test(v) && !ownPlace.endsWith(v.slice(-1))));
    if (own > 0) years[own] = reportYear;
  }
  // 「项目 | 在校生评价 | 同比变化（百分点）」: a labelled table's one column that is no change, sample or share column
  // is its value column, whatever it is called
  if (labelled && !years.some((y) => y !== null)) {
    const open = flat.map((v, i) => i).filter((i) => i > 0 && !!flat[i] && i !== shareCol && !LABEL_COL.test(flat[i]!) && !CHANGE_COL.test(flat[i]!) && !SAMPLE_COL.test(flat[i]!) && !UNIT_NOTE_CELL.test(flat[i]!) && !/^单位$/.test(flat[i]!) && !valueOfCell(flat[i]!));
    if (open.length === 1) years[open[0]!] = reportYear;
  }
  const yearList = years.filter((y): y is number => y !== null);
  if (yearList.length === 0) return null;
  let other = 0;
  // 「产业 | 2023年 | 2024年 | 同比增长（%）」: a short first cell before the years names the label column
  const firstNamed = !!cells[0] && years[0] === null && years.slice(1).some((y) => y !== null) && cells[0].length <= 8 && !valueOfCell(cells[0]);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (years[i] !== null || !c || others.has(i)) continue;
    // (「2024年全市」「全市（2024年）」: a wider region's column for a year, read by nobody)
    // (in a city's report its own 全市 is no wider one)
    if (i > 0 && WIDER_REGION_CELL.test(flat[i]!) && !(ownPlace && ownPlace.endsWith(/全(国|省|市|自治区)/.exec(flat[i]!)![1]!.slice(-1)))) {
      others.add(i);
      continue;
    }
    // (「2025年目标」「2024年样本量」 read as figures in 年目标, 年样本量 to the cell parser)
    if (valueOfCell(c) && !PLAN_SIDE_COL.test(flat[i]!) && !CHANGE_COL.test(flat[i]!) && !SAMPLE_COL.test(flat[i]!)) return null;
    // (flat[i] is the cell half-width without spaces; bare, without spaces only)
    const bare = c.replace(/\s+/g, '');
    // (「2023年实际 | 2024年目标值 | 2024年实际值」: a target between the years is a column no year reads, and a row is read
    // column by column)
    if (i > 0 && PLAN_SIDE_COL.test(flat[i]!) && years.some((y, j) => y !== null && j < i) && years.some((y, j) => y !== null && j > i)) others.add(i);
    if (isHeaderWord(c) || VALUE_COL.test(bare) || CATEGORY_COL.test(bare) || LABEL_COL.test(bare) || UNIT_NOTE_CELL.test(c) || (i === 0 && (firstNamed || labelled)) || (i > 0 && (CHANGE_COL.test(c) || SAMPLE_COL.test(c) || STANDARD_COL.test(flat[i]!) || TEXT_COL.test(flat[i]!) || WIDER_COL.test(flat[i]!) || PART_COL.test(flat[i]!) || PLAN_SIDE_COL.test(flat[i]!))) || (labelled && i === shareCol) || i === baseCol || others.has(i) || yearShares.some((y) => y.col === i)) continue;
    other++;
  }
  const hasWord = labelled || firstNamed || cells.some((c) => c && isHeaderWord(c));
  const explicit = cells.some((c, i) => years[i] !== null && /年|学年/.test(c));
  // bare 2050 in a data row is a figure; a header names its columns (单位, 指标) or writes 年
  if (!hasWord && !explicit) return null;
  if (!hasWord && other > 0) return null;
  // 「毕业生数 | 人 | 2011 | 2086」: bare figures that look like years in a row with a unit cell, or far from the
  // report's year, are a data row's figures
  if (!explicit && (cells.some((c, i) => years[i] === null && !!c && isUnitCell(c) && !isDash(c) && !YEAR_WORD_CELL.test(c)) || (reportYear && yearList.some((y) => y < reportYear - 12 || y > reportYear + 1)))) return null;
  // 「指标（单位：万元）」 names the label column and the table's unit
  const find = (re: RegExp) => cells.findIndex((c) => re.test(flatCell(c).replace(UNIT_NOTE_TAIL, '')));
  // a row of years with a few unnamed extra columns is a header; prose cells are not
  if (other > 2) return null;
  let lastYear = -1;
  years.forEach((y, i) => {
    if (y !== null) lastYear = i;
  });
  const trailing = cells.slice(lastYear + 1).filter((c) => c && !UNIT_NOTE_CELL.test(c)).length;
  // (「全省平均 | 全国平均」: columns of figures like the years' own, which a figure moved into from a lost cell fits unnoticed)
  const trailingAlike = flat.slice(lastYear + 1).filter((c) => ALIKE_COL.test(c)).length;
  const trailingText = flat.slice(lastYear + 1).filter((c) => TEXT_COL.test(c)).length;
  const trailingPlace = flat.slice(lastYear + 1).filter((c) => PLACE_COL.test(c)).length;
  const textCols = flat.flatMap((v, i) => (i > 0 && TEXT_COL.test(v) ? [i] : []));
  // 「2020年基期值 | 2023年 | 2024年 | 2025年目标」: a plan's base printed before the years, figures in its column too
  const firstYear = years.findIndex((y) => y !== null);
  // (「调查项目 | 样本量（份） | 2023年 | 2024年」: a survey's sample sizes before the years, likewise)
  // (「指标 | 国家标准 | 2023年 | 2024年 | 是否达标」: the standard the figures are held against, likewise)
  // (「指标 | 2021年（原报告） | 2021年（调整后） | 2022年」: a year's column as first published, likewise)
  const leading = cells.slice(0, firstYear).filter((c, i) => !!c && i > 0 && (PLAN_SIDE_COL.test(flat[i]!) || SAMPLE_COL.test(flat[i]!) || DEGREE_COL.test(flat[i]!) || STANDARD_COL.test(flat[i]!) || SUPERSEDED_COL.test(flat[i]!))).length;
  // columns of the region's parts beside its whole, year by year: a row is read only cell for cell
  const partCols = flat.filter((v, i) => i > 0 && years[i] === null && PART_COL.test(v)).length;
  // a cell that names more than one year (「2023年2024年」 glued, with no space to split at) dates nothing
  const glued = cells.some((c, i) => namesTwoYears(c) && !/[-—–~至]/.test(c) && !CHANGE_COL.test(flat[i]!));
  // 「调查对象 | 调查项目 | 样本量 | 满意度」: who was asked, then what about
  // (「序号 | 调查对象 | 指标 | 单位 | 2023年 | 2024年」: after a serial column)
  const surveyedAt = SERIAL_HEAD.test(flat[0] ?? '') ? 1 : 0;
  const surveyedItems = SURVEYED_COL.test(flat[surveyedAt] ?? '') && SURVEY_ITEM_COL.test(flat[surveyedAt + 1] ?? '');
  // 「项目 | 指标 | 2023年 | 2024年」: two label columns, the first a group merged over its rows (数量（人）, 结构（%）)
  const grouped = !surveyedItems && GROUP_COL.test(flat[0] ?? '') && INDICATOR_COL.test(flat[1] ?? '');
  return {
    years,
    yearList,
    unitCol: find(/^单位$/),
    // (a short first cell before paired count and share columns names the label column: 去向, 产业; so does one before
    // each year's whole and its part, 「资源类别 | 2023年 | 其中：省级及以上 | 2024年 | …」)
    labelCol: surveyedItems ? surveyedAt + 1 : grouped ? 1 : find(LABEL_OR_NAME_COL) >= 0 || !firstNamed || !(yearShares.length || flat.some((v, i) => i > 0 && years[i] === null && PART_COL.test(v))) ? find(LABEL_OR_NAME_COL) : 0,
    serialCol: find(/^序号$/),
    // (「类别 | 指标 | 2023年 | 2024年」: a column of kinds before the named label column groups its rows)
    categoryCol: surveyedItems ? surveyedAt : grouped ? 0 : find(CATEGORY_COL) >= 0 ? find(CATEGORY_COL) : BY_PART_COL.test(flat[0] ?? '') && find(LABEL_COL) > 0 ? 0 : -1,
    ...(surveyedItems ? { surveyedItems } : {}),
    width: merged ? -1 : cells.length,
    clean: other === 0 && !merged,
    cells,
    transposed: false,
    trailing,
    ...(trailingAlike ? { trailingAlike } : {}),
    ...(trailingText ? { trailingText } : {}),
    ...(trailingPlace ? { trailingPlace } : {}),
    ...(textCols.length ? { textCols } : {}),
    ...(leading ? { leading } : {}),
    ...(partCols ? { partCols } : {}),
    ...(others.size && [...others].some((i) => i < lastYear) ? { unreadCols: true as const } : {}),
    ambiguous: new Set(yearList).size < yearList.length || glued,
    measure,
    reportDated: labelled,
    ...(flat.some((v) => LAST_YEAR_BRACKET_COL.test(v)) ? { lastYearBracketed: true } : {}),
    ...(labelled && shareCol > 0 ? { shareCol, shareOf: SHARE_COL.exec(flat[shareCol]!)![1] ?? '' } : {}),
    ...(yearShares.length ? { yearShares, baseCol } : {}),
  };
}

/**
 * A header's named columns before its years (not its serial or unit column) finished by the words wrapped under them, one each
 * and in order, where that gives a header with a label column it lacked; else null.
 */
function finishedHeader(cells: string[], under: string[], reportYear: number | null, ownKind: RegExp | null, ownPlace: string | null): Header | null {
  const firstYear = cells.findIndex((c) => !!c && yearOfHeaderCell(c) !== null);
  const open = cells.flatMap((c, i) => (i < firstYear && c && !SERIAL_HEAD.test(flatCell(c)) && !/^单位$/.test(flatCell(c)) ? [i] : []));
  if (open.length !== under.length || under.some((w) => w.length > 4 || /[0-9０-９]/.test(w) || yearOfHeaderCell(w) !== null)) return null;
  const was = headerOf(cells, reportYear, ownKind, ownPlace);
  const joined = cells.map((c, i) => (open.includes(i) ? c + under[open.indexOf(i)]! : c));
  const h = headerOf(joined, reportYear, ownKind, ownPlace);
  return h && (h.surveyedItems || (h.categoryCol ?? -1) >= 0) && !(was?.surveyedItems || (was?.categoryCol ?? -1) >= 0) ? h : null;
}

/** Whether a cell names two years or more (20xx twice); a second 20 four characters on is asked for first. */
function namesTwoYears(cell: string): boolean {
  const half = toHalfWidth(cell);
  const first = half.indexOf('20');
  return first >= 0 && half.indexOf('20', first + 4) >= 0 && (half.match(/20\d\d/g)?.length ?? 0) > 1;
}

/** The first header cell of a table with one row per school or per part of the region. */
const BY_PART_COL = new RegExp(`^(?:${BY_PART_WORDS})$`);
/** Whether a header cell names the parts a table's rows are (学校名称, 设区市, 院校类别). */
/** 「各二级学院」「各系部」: every one of a college's parts, as a by-part table's rows are. */
const EACH_PART = /各\s*(?:二级学院|二级院系|院系|系部|分院|专业部)/g;
const namesParts = (cell: string) => BY_PART_COL.test(flatCell(cell));
/** The one indicator a caption's words name, whole or as the end of one of its names (财政专项经费: 年财政专项经费). */
function indicatorNamed(words: string): string | null {
  const exact = idsForLabel(words);
  if (exact.length) return exact.length === 1 ? exact[0]! : null;
  const key = labelKey(words);
  if (key.length < 4) return null;
  const ids = INDICATORS.filter((e) => [e.nameZh, ...e.aliasesZh, ...e.proseZh].some((n) => labelKey(n).endsWith(key))).map((e) => e.id);
  return ids.length === 1 ? ids[0]! : null;
}
/** What a caption says before its indicator: 表3, the years, 各设区市, the schools' level. */
// (「表1 2021—2022年芜湖市高职院校全日制在校生情况」 over 「院校名称 | 2021年 | 2022年」: or the region's schools, one a row)
const CAPTION_SUBJECT = /^.*?(?:(?:各设区市|各市州|各市\(州\)|各地市|各县区|各区县|各县\(市、区\)|各市|各县|各区)(?:中等职业教育|中职教育|中等职业学校|中职学校|高职院校|高等职业教育)?|(?<=[市省县区州盟旗年])(?:中等职业学校|中职学校|高职院校|高等职业院校|高等职业学校)(?:各校)?)/;
/** What a caption says after its indicator: 情况, 统计 (「…全日制在校生情况」). */
const CAPTION_AFTER = /(?:基本)?(?:情况|统计|汇总|一览表?)$/;
/** The row of such a table that sums its parts: the region's own (a 小计 sums only some of them). */
const SUM_ROW = REGION_COL;
const HEADER_UNIT = /[(（]\s*([^（()）]{1,4})\s*[)）]\s*$/;

/**
 * Years as rows, indicators as columns (e.g. 年份 | 单位 | 学校数 | 公办学校 | 民办学校); or parts as rows (学校 |
 * 在校生（人） | 教职工（人）), of which the sum row is read.
 */
/** 「年份」「年度」 over the year columns it spans, their years on the header's second line. */
const YEARS_SPAN = /^(?:年份|年度|时间)$/;
/** The first header cell of a table with one row per year. */
const BY_YEAR_FIRST = /^(年份|学年|年度|时间|统计年度|届别|届次|毕业届别|年届)$/;

function transposedHeaderOf(cells: string[], reportYear: number | null, caption: string | null = null): Header | null {
  const first = flatCell(cells[0] ?? '');
  const byYear = BY_YEAR_FIRST.test(first);
  if (!byYear && !BY_PART_COL.test(first)) return null;
  // (「类别 | 指标 | 2023年 | 2024年」: kinds that group the rows of a named label column, not parts as rows)
  if (!byYear && cells.some((c, i) => i > 0 && LABEL_COL.test(flatCell(c)))) return null;
  // (「表7 …非学历培训情况」 over 「培训项目数（项） | 到账经费（万元）」: a column names its indicator with the subject the
  // caption gives, the words the two share printed once)
  const subject = byYear && caption ? captionSubject(caption) : '';
  // (「财政专项经费（万元）」: a column may name its indicator as prose does, its unit in brackets)
  // (a table of kinds of school names its columns as a form's rows are named: 生均教学仪器设备值（元）)
  const kinds = !byYear && /性质|类型|类别/.test(first);
  const colIds = cells.map((c0, i) => {
    if (i === 0 || !c0) return null;
    // (「区域 | 学校数（所） | 2024年招生（人）」: a column of the parts for the report's own year names its year; any other year's
    // is no column of this table's year)
    const dated = !byYear && /^\s*20\d\d\s*年/.exec(c0);
    if (dated && (reportYear === null || !dated[0].includes(String(reportYear)))) return null;
    const c = dated ? c0.slice(dated[0].length) : c0;
    const named = byYear ? byYearColumnIds(c, subject) : kinds ? idsForRowLabel(labelKey(c)) : idsForLabel(c);
    return named.length === 1 ? named[0]! : null;
  });
  // (「国外办学」「导师课酬」 under 「表9 国际影响」: a narrow by-year table's columns named in short, each read as the one
  // indicator of the caption's standard table whose name holds the short one's words in order; not vouched for)
  const group = byYear && caption ? captionGroup(caption) : null;
  const short: (string | null)[] = cells.map(() => null);
  if (group)
    cells.forEach((c, i) => {
      if (i === 0 || !c || colIds[i]) return;
      const id = shortenedId(c, group);
      if (id && !colIds.includes(id)) {
        colIds[i] = id;
        short[i] = flatCell(c);
      }
    });
  // (「人数（人） | 人数（人）」 under 「…毕业生去向落实情况」, the words above them on a line of their own: two columns the
  // caption names alike are neither of them known)
  const twice = new Set(colIds.filter((id, i) => id && colIds.indexOf(id) !== i));
  for (let i = 0; i < colIds.length; i++) if (colIds[i] && twice.has(colIds[i])) colIds[i] = null;
  // a list of schools with one known column (学校 | 专业 | 在校生) is a directory more than a statistics form; a table of
  // kinds of school (办学性质 | 生均…) is not
  if (colIds.filter(Boolean).length < (byYear || kinds ? 1 : 2)) return null;
  // (「学校 | 届别 | 毕业生（人）…」: each school's rows and the sum's, one for each cohort the column names)
  const yearCol = byYear ? -1 : cells.findIndex((c, i) => i > 0 && BY_YEAR_FIRST.test(flatCell(c)));
  return {
    ...(byYear ? {} : { sumYear: reportYear }),
    ...(yearCol > 0 ? { yearCol } : {}),
    colUnits: cells.map((c) => HEADER_UNIT.exec(toHalfWidth(c))?.[1] ?? ''),
    years: [],
    yearList: [],
    unitCol: cells.findIndex((c) => /^单位$/.test(c.replace(/\s+/g, ''))),
    labelCol: -1,
    serialCol: -1,
    width: cells.length,
    transposed: true,
    colIds,
    cells,
    ...(short.some(Boolean) ? { colShort: short } : {}),
    ...(COLLEGE_PART_COL.test(first) ? { partsMayNotCover: true } : {}),
  };
}

/** The catalog group of the standard table a caption names: 「表9 国际影响」「表10 落实政策情况」. */
const CAPTION_GROUPS: [RegExp, IndicatorGroup][] = [
  [/计分卡/, 'scorecard'],
  [/满意度/, 'satisfaction'],
  [/教学资源/, 'resources'],
  [/服务贡献/, 'service'],
  [/国际影响/, 'international'],
  [/落实政策|政策落实/, 'policy'],
];
function captionGroup(caption: string): IndicatorGroup | null {
  const found = CAPTION_GROUPS.filter(([re]) => re.test(caption));
  return found.length === 1 ? found[0]![1] : null;
}
/** Whether every character of short stands in name, in order. */
function inOrder(short: string, name: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
/**
 * The one indicator of a group a short column name stands for: four characters or more, its first two together in one
 * of the indicator's names and all of them in order (国外办学: 在国外开办学校数; 导师课酬: 年支付行业导师课酬). Null where none
 * or several do.
 */
function shortenedId(cell: string, group: IndicatorGroup): string | null {
  const key = labelKey(flatCell(cell)).replace(/\([^()]*\)$/, '');
  if (key.length < 4 || !/^[\u4e00-\u9fa5]+$/.test(key)) return null;
  const ids = INDICATORS.filter((e) => e.group === group && [e.nameZh, ...e.aliasesZh, ...e.proseZh].some((n) => n.includes(key.slice(0, 2)) && inOrder(key, n)));
  return ids.length === 1 ? ids[0]!.id : null;
}
/**
 * 「二级学院」「系部」: a college's own schools, which may leave out the departments that teach every school's courses
 * (基础部, 马克思主义学院): their sum is the college's only as far as they cover it.
 */
const COLLEGE_PART_COL = new RegExp(`^(?:${COLLEGE_PART_WORDS})$`);

/** How a caption opens (附表/表), or export noise that cleaning would remove first. */
const HAN = /[\u4e00-\u9fa5]/;
const CAPTION_START = /^\s*[附表续]|[[<\u200b\ufeff]/;
const CELL_OPENS_FIGURE = /\t\s*[0-9０-９]/;
/** A line of four cells or more set apart by gaps, the third or a later one a figure. */
const GAPPED_FIGURE_ROW = /^\s*\S+(?: {2,}\S+){2,}? {2,}[0-9０-９][^\s]*(?: {2,}\S+)*\s*$/;
const SERIAL_HEAD = /^(?:序号|编号|序)$/;
/** A group of an appendix's rows, by standard table, under one header: 「（一）人才培养质量计分卡」. */
const GROUP_HEADING = new RegExp(`^\\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\\s*[\\u4e00-\\u9fa5“”]{0,8}(?:${STANDARD_TABLE.source})\\s*$`);
/** A group of an indicator table's rows by the template's groups: 「二、计分卡」「三、满意度」「（四）教学资源」. */
const ROW_GROUP = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*(?:办学规模|基本情况|人才培养质量计分卡|计分卡|满意度(?:调查)?表?|教学资源表?|服务贡献表?|国际影响表?|落实政策表?|政策落实表?)\s*$/;
/**
 * 「2023年、2024年泉州市中职教育满意度调查结果（单位：%）」: a survey's title over its table, with no 表 number (「二、满意度调查」
 * between a table's rows is a group of them, under the same header).
 */
function isSurveyTitle(t: string): boolean {
  return t.length <= 60 && SURVEY_CAPTION.test(t) && /(?:调查|测评|评价)(?:结果|情况|数据)/.test(t) && !/[。；;，,]/.test(t) && !/^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/.test(t);
}

const GROUP_CODE_OPENS = /^\s*(?:[A-Z]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3})\s+[\u4e00-\u9fa5]/;
const YEARS_END = /\s20\d\d\s*(?:年度|年|届|学年)\s+20\d\d\s*(?:年度|年|届|学年)\s*$/;
const FIGURES_END = /[0-9][0-9,.]*%?\s+[0-9][0-9,.]*%?\s*$/;
function isCaption(text: string): boolean {
  // every caption form opens with 附表/表 or names a standard table: most text is turned away uncleaned
  if (text.length > 120 || !namesTable(text)) return false;
  // (「计分卡 | 毕业生人数 | 人 | 9215 | 9684」「表别 | 指标 | 单位 | 2023年」: a row whose first cell names a table, with
  // figures or years in its other cells, is a row)
  if (text.includes('\t') && CELL_OPENS_FIGURE.test(text)) return false;
  // (「计分卡   毕业生人数   人   19108   20361」: the same row in a text layer, its cells set apart by gaps)
  if (text.includes('  ') && GAPPED_FIGURE_ROW.test(text)) return false;
  // (「三、教学资源 1 生师比 ：1 16.51 16.59」: a spreadsheet's merged group cell opening a row, single spaces between its cells;
  // a caption never ends on two figures)
  if (FIGURES_END.test(text)) return false;
  // (「表2 满意度 单位 2024年 2023年」: a caption running into its table's header, as a page that collapsed the gaps prints
  // it, is the header's line)
  if (YEARS_END.test(text)) return false;
  // (「B   学生发展（计分卡）」: a form's group row, its code before the group's name, goes on inside the form)
  if (GROUP_CODE_OPENS.test(text)) return false;
  if (!CAPTION_START.test(text) && !STANDARD_TABLE.test(text)) return false;
  const t = normalizeCell(text, ' ');
  return t.length <= 60 && (CAPTION.test(t) || (STANDARD_TABLE.test(t) && t.length <= 30));
}

export function readTables(
  items0: Item[],
  reportYear: number | null,
  scope?: Scope,
  level?: string | null,
): { candidates: Candidate[]; warnings: EngineWarning[] } {
  // (「50912*」 under 「注：带*数据为上年度报告公布数」: a figure the note says was last year's report's, since revised, is read by
  // nobody)
  const stale = staleMarkOf(items0);
  const items = stale ? items0.map((it) => (it.kind === 'row' && it.quote.includes(stale) ? withoutStale(it, stale) : it)) : items0;
  const ownKind = OWN_KIND_COL[level ?? ''] ?? null;
  /** Whether the report counts the technical schools in its own figures (then a table taking them in is its own). */
  const technicalCounted = countsTechnical(items);
  // whether the page may set off thousands with spaces: not where it sets them off with commas (24,980)
  const spacesGroup = !items.some((it) => (it.kind === 'row' ? it.quote : it.kind === 'text' ? it.text : '').search(COMMA_THOUSANDS) >= 0);
  const ownPlace = scope?.region || null;
  const out: Candidate[] = [];
  const warnings: EngineWarning[] = [];

  let header = null as Header | null;
  let lastHeader = null as Header | null;
  let zoneStandard = false;
  let nextStandard = false;
  let zoneRows: LogicalRow[] = [];
  let pendingLabel: string[] = [];
  let pendingSerial = false;
  /** Who was asked, in a survey table that prints them once over their items (see surveyedItems). */
  let surveyedGroup = '';
  let head: string | null = null;
  /** The last head counting something, for a 其中 row after a rate. */
  let countHead: string | null = null;
  let chain = false;
  /** The last row was one of the template's own breakdown rows (其中：专任教师总数 under 教职工总数). */
  let lastWasSub = false;
  /** The unit of the head's row (人, 所): a breakdown's rows count in it. */
  let headUnit = '';
  /** The last row was a 其中 row the catalog does not know. */
  let unknownPart = false;
  let lastLabel = '';
  let itemsSinceZone = 99;
  /** The caption of the zone just closed: a second header right under its rows is the same table's (see below). */
  let captionClosed: string | null = null;
  /** Only rows came since the last table's end (see the rows going on under it). */
  let underTable = false;
  // the unit a caption or a note line above the header gives the whole table (单位：人), and whether the
  // caption is about one city or school (表3 兰州市…: not the region's table). Both are read from the text
  // that sets them only when a header follows: most captions (a list of tables) are followed by none.
  let unitFrom = '';
  let tableUnit = '';
  let narrowed = false;
  let narrowedBy: string | null = null;
  // (「…满意度与全省比较」: a wider region named only as what the region's figures are set beside)
  // (a county's only school is the county: 「表2 巴东县职业教育中心满意度调查情况」 is the county's table)
  // (「附表2  湖南麓谷职业技术学院教学资源表」: a school's own report names itself, which is the region)
  const ownName = (t: string) => (scope?.ownSchool ? t.replace(scope.ownSchool, '') : scope?.school && scope.region ? t.replaceAll(scope.region, '') : t);
  // (「表1 2022—2024年全省技工院校主要指标」: another kind of school's table, in a report that covers both)
  // (「（不含技工学校）」「（含技工学校）」: a kind named as left out or taken in is not the table's subject)
  const otherKind = (t: string) => OTHER_KIND_CAPTION.test(t) && ((u) => OTHER_KIND_CAPTION.test(u) && !OWN_KIND_CAPTION.test(u))(t.replace(KIND_TAKEN_IN_OR_OUT, ''));
  // (「表1 全区职业教育主要指标（含技工学校、高职院校）」: a table taking the other level in is a wider whole's, none of the
  // report's own figures; one taking the technical schools in may be how the whole report counts)
  const takesInOther = (t: string) => {
    const m = TAKES_IN.exec(t);
    // (the other level named by its own words: a 中职 report's 高职, a 高职 report's 中职)
    return !!m && !!level && !!OTHER_LEVEL[level === 'higher' ? 'secondary' : 'higher']?.own.test(m[1]!);
  };
  // (「表1-1 2024年各二级学院专业设置与在校生情况」: each of a college's parts, the rows, whose sum row is the college's own)
  // (「表1 全市中等职业教育（含技工院校）办学规模」: a table taking the technical schools in, where the text reads none of its own
  // figures so (see readProse), is a wider whole's too)
  const captionNarrows = (t: string) => otherKind(t) || takesInOther(t) || (!technicalCounted && TAKES_IN_TECHNICAL.test(t)) || (!!scope && (namesSubRegion(t.replace(COMPARED_WITH_WIDER, '').replace(EACH_PART, ''), scope) || namesSchool(ownName(t))));

  const closeZone = () => {
    if (zoneRows.length) {
      finishZone(zoneRows, header, out, warnings);
      lastHeader = header;
    }
    zoneRows = [];
    header = null;
    pendingLabel = [];
    pendingSerial = false;
    head = null;
    countHead = null;
    chain = false;
    lastLabel = '';
    itemsSinceZone = 0;
  };

  // 「（一）北京市海淀区职业学校」「一、北流市职业教育中心」: a section titled by one school's name (an annex of each school's
  // figures) tells of that school, its tables too, until the next section's title (not in a school's own report)
  let schoolSection = false;
  const sectionOf = (t: string): boolean | null => {
    if (t.length > 40 || !SECTION_NUMBERED.test(t) || /[。；]/.test(t)) return null;
    return !scope?.ownSchool && !scope?.school && namesSchool(t.replace(SECTION_NUMBERED, '').replace(SCHOOL_TITLE_TAIL, ''));
  };

  /** Rows read under the transposed header since it started (a wrapped header line comes before any). */
  let byYearRows = 0;
  /** Header words on a line of their own under a header of years only (序号 指标 单位): the columns before the years. */
  let headsBefore: string[] | null = null;
  const startHeader = (h: Header) => {
    byYearRows = 0;
    headsBefore = null;
    surveyedGroup = '';
    // the same header printed again (a table going on after a page break): the table goes on, so rows
    // shifted against their labels are still seen as one run
    const cur: Header | null = header;
    if (cur && zoneRows.length && !cur.transposed && sameHeader(cur, h)) {
      header = h;
      return;
    }
    if (zoneRows.length) {
      const std = zoneStandard;
      closeZone();
      zoneStandard = std;
    }
    header = h;
    pendingLabel = [];
    tableUnit = unitFrom ? unitNoteOf(unitFrom) : '';
    unitFrom = '';
    if (!tableUnit) for (const c of h.cells ?? []) tableUnit ||= unitNoteOf(c);
    if (nextStandard) {
      zoneStandard = true;
      nextStandard = false;
    }
    narrowed = (narrowedBy !== null && captionNarrows(narrowedBy)) || schoolSection;
    // 「表3 2023—2024年各设区市中职教育财政专项经费」 over 「设区市 | 2023年 | 2024年」: the caption names the parts the
    // rows are, and the indicator; the 全省 row is that indicator's
    if (!h.transposed && h.cells?.[0] && narrowedBy && namesParts(h.cells[0])) {
      const caption = flatCell(narrowedBy);
      const named = CAPTION_SUBJECT.test(caption) ? caption.replace(CAPTION_SUBJECT, '').replace(/[(（][^()（）]*[)）]$/, '').replace(CAPTION_AFTER, '') : '';
      const sumOf = named ? indicatorNamed(named) : null;
      if (sumOf) {
        header = { ...header!, sumOf };
        narrowed = false;
      }
    }
    // 「哈尔滨市中等职业教育满意度调查结果」 over 「调查对象 | 2023年（%） | 2024年（%）」: who was asked, by year, under a
    // caption that names the measure
    if (!h.transposed && !h.measure && narrowedBy && SURVEY_CAPTION.test(narrowedBy) && h.cells?.[0] && SURVEYED_COL.test(flatCell(h.cells[0])))
      header = { ...header!, measure: SURVEY_CAPTION.exec(narrowedBy)![1]! };
    // (「附表2 | 满意度（%）」 over 「指标 ｜ 2024 ｜ 2023」: 「在校生满意度」, then 「  课堂育人」 named without the measure)
    else if (!h.transposed && !h.measure && narrowedBy && SURVEY_CAPTION.test(narrowedBy)) header = { ...header!, captionMeasure: SURVEY_CAPTION.exec(narrowedBy)![1]! };
    // 「表5 …满意度调查结果」 over 「院校类型 | 在校生 | 毕业生 | 教职工 | 家长」: each column is who was asked, and its
    // figures are that group's satisfaction, never a count of the group (教职工 is staff_total's label too)
    if (h.transposed && h.cells && narrowedBy && SURVEY_CAPTION.test(narrowedBy)) {
      const measure = SURVEY_CAPTION.exec(narrowedBy)![1]!;
      const colIds = h.cells.map((c, i) => {
        if (i === 0 || !c) return null;
        // (「在校生（%）」: the column's unit printed after who was asked)
        const ids = c.includes('满意') ? idsForLabel(c) : idsForKey(labelKey(c) + measure);
        return ids.length === 1 ? ids[0]! : null;
      });
      header = { ...header!, colIds };
    }
    // a table dated only by the report's year (满意度（%）, 人数 | 占比) whose caption names another year is that year's
    if ((h.reportDated || h.sumYear) && narrowedBy && reportYear) {
      const named = [...captionYears(narrowedBy)];
      if (named.length === 1 && named[0] !== reportYear) {
        const y = named[0]!;
        // (a column of the year before keeps its distance: 上年 is the year before the caption's)
        header = h.sumYear ? { ...header!, sumYear: y } : { ...header!, years: h.years.map((x) => (x === null ? null : y - (reportYear - x))), yearList: h.yearList.map((x) => y - (reportYear - x)) };
      }
    }
    captionClosed = narrowedBy;
    narrowedBy = null;
  };

  // a caption (表3 …, 人才培养质量计分卡) ends the zone before it and sets up the table after it
  const openCaption = (t: string) => {
    closeZone();
    // a new table's caption: what follows is not the last table going on after a page break (unless 续表)
    if (!/续表|\(续\)|（续）/.test(t)) lastHeader = null;
    zoneStandard = false;
    nextStandard = STANDARD_TABLE.test(t);
    narrowedBy = t;
    unitFrom = t;
  };

  for (let at = 0; at < items.length; at++) {
    const it = items[at]!;
    if (it.kind === 'tableStart') {
      underTable = false;
      // a header read just before the table as a line of its own (the header row left at the foot of the
      // previous page, where no table was drawn): the table's rows take its years as a headerless table would
      const pending: Header | null = header && !zoneRows.length && !(header as Header).transposed ? header : null;
      closeZone();
      if (pending) lastHeader = pending;
      zoneStandard = false;
      if (it.caption && STANDARD_TABLE.test(it.caption)) nextStandard = true;
      if (it.caption) {
        narrowedBy = it.caption;
        unitFrom = it.caption;
      }
      continue;
    }
    if (it.kind === 'tableEnd') {
      const h: Header | null = header;
      closeZone();
      // a table split across pages continues without a header: the next block inherits the years
      lastHeader = h ?? lastHeader;
      underTable = true;
      continue;
    }
    if (it.kind === 'text') {
      underTable = false;
      const t = it.text.trim();
      schoolSection = sectionOf(t) ?? schoolSection;
      // 「（一）人才培养质量计分卡」 between a header and its rows: a group of the table's rows, under the same header
      // (a text layer's table, or a table the heading split in two: the header read before it goes on)
      if ((header || lastHeader) && GROUP_HEADING.test(t)) {
        if (header) zoneStandard = true;
        else nextStandard = true;
        continue;
      }
      if (isCaption(t)) {
        openCaption(t);
        continue;
      }
      if (t.length <= 20 && unitNoteOf(t)) {
        unitFrom = t;
        continue;
      }
      if (isSurveyTitle(t)) {
        openCaption(t);
        continue;
      }
      itemsSinceZone++;
      if (t.length > 40) {
        narrowedBy = null;
        unitFrom = '';
      }
      // prose ends a zone built from text lines; a page number or short running header does not
      if (!header || t.length > 40 || /[。；]/.test(t)) {
        if (header && !zoneRows.length) continue;
        if (zoneRows.length) closeZone();
        else pendingLabel = [];
      }
      if (t.length <= 30 && STANDARD_TABLE.test(t)) nextStandard = true;
      continue;
    }

    if (!it.fromTable && it.quote.length <= 40 && SECTION_NUMBERED.test(it.quote)) schoolSection = sectionOf(it.quote.trim()) ?? schoolSection;
    // a 「单位：人」 line between a caption and its table (「表4 在校生满意度（单位：%）」 is the caption, its unit with it)
    // (「图1  2019—2022年全省中职招生与在校生规模（单位：万人）」: a chart's caption over the table of its data gives the table its
    // unit as a table's caption does; what else it says, years or a standard table's name, is left to the chart's reader)
    if (!it.fromTable && (it.quote.length <= 20 || FIGURE_CAPTION.test(it.quote)) && unitNoteOf(it.quote) && !isCaption(it.quote)) {
      unitFrom = it.quote;
      continue;
    }
    // most rows outside a table zone cannot start one: skip them cheaply
    // (under a caption, a row of a table with no header may start it: see captionYearOf; right under a table, its rows may
    // go on as lines of text)
    if (!header && !it.fromTable && narrowedBy === null && !underTable && !MAY_START_OR_TABLE.test(it.quote)) continue;
    // (「Current students」 under 「在校生满意度 95.1 95.7」: a bilingual table's English gloss, on a line of its own under its
    // row, is no label of the row after it)
    if (header && !it.fromTable && ENGLISH_ONLY.test(it.quote)) continue;
    // (「√ 合作企业 1,760家」「● 公办 22所」: a list's item in a text layer is prose, never a row: it ends the zone)
    if (!it.fromTable && LIST_MARK.test(it.quote) && HAN.test(it.quote)) {
      if (header || zoneRows.length) closeZone();
      continue;
    }
    // an unsplit line is a caption by its quote alone: its cells need not be split for that
    const unsplit = it.unsplit;
    if (unsplit && (isCaption(it.quote) || isSurveyTitle(it.quote))) {
      openCaption(it.quote);
      continue;
    }
    let cells = it.cells;
    // how many cells hold something, and the first that does (no array: this runs for every row)
    let filled = 0;
    let lone = '';
    for (const c of cells)
      if (c !== '') {
        if (!filled) lone = c;
        filled++;
      }
    if (filled === 0) continue;
    // (「指标 | 单位 | 沛县 | | 全省中职平均」 alone after a page break: the first line of the last table's header on two lines,
    // printed again over more of its rows)
    if (!header && lastHeader?.top && itemsSinceZone <= 4 && filled >= 2 && lastHeader.top === topOf(cells)) {
      header = lastHeader;
      continue;
    }
    // (「二、计分卡」「四、教学资源」 in a cell of its own between a spreadsheet's rows: a group of the rows under the same header)
    if (filled === 1 && header && zoneRows.length > 0 && ROW_GROUP.test(lone)) {
      if (!/办学规模|基本情况/.test(lone)) zoneStandard = true;
      continue;
    }
    // a caption row: one filled cell of a table, or a text line (an unsplit one was asked above)
    const capText = it.fromTable ? (filled === 1 ? lone : '') : unsplit ? '' : it.quote;
    if (capText && isCaption(capText)) {
      openCaption(capText);
      continue;
    }
    // (「院校名称 性质 在校生（人） … 专任教师（人）」/「专业（个）」: a header the page width wrapped, its last cell on a line of
    // its own, the rows under it as wide as both)
    const tail = !it.fromTable && filled >= 3 ? wrappedHeaderTail(items, at, filled) : null;
    // a statistics form by school or by county (学校 | 在校生（人） | …)
    if (cells[0] && cells[0].length <= 8 && namesParts(cells[0])) {
      const th = transposedHeaderOf(tail ? [...cells.filter(Boolean), tail] : cells, reportYear);
      if (th) {
        startHeader(th);
        if (tail) at++;
        continue;
      }
      // 「学校类型 | 课程（门） | 教材（本）」 over 「教学计划内课程 | 校企合作课程 | … | 新形态教材」: groups spanning the
      // columns the line under them names
      const next = items[at + 1];
      const names = next?.kind === 'row' ? next.cells.filter(Boolean) : [];
      if (names.length > filled - 1 && names.every((c) => !valueOfCell(c) && yearOfHeaderCell(c) === null)) {
        const named = transposedHeaderOf([cells[0], ...names], reportYear);
        if (named && named.colIds!.filter(Boolean).length >= 2) {
          startHeader(named);
          at++;
          continue;
        }
      }
    }
    // 「序号 | 学校名称 | 教职工数（人） | …」: the same form with a serial column first; its rows are read without the
    // serial, and the sum row that merged it away (「全市 | 3158 | …」) as it stands
    if (cells[1] && SERIAL_HEAD.test(flatCell(cells[0] ?? '')) && cells[1].length <= 8 && namesParts(cells[1])) {
      const th = transposedHeaderOf(cells.slice(1), reportYear);
      if (th) {
        startHeader({ ...th, serialFirst: true });
        continue;
      }
    }
    // 「类别 | 院校数（所） | 在校生数（人）」 over 「 | 2023年 | 2024年 | 2023年 | 2024年」: each measure's cell spanned its
    // years, the merged cells printed once
    if (header?.transposed && header.sumYear !== undefined && header.colIds && !header.colYears && !header.partRows?.length && filled >= 2 && cells.every((c) => !c || yearOfHeaderCell(c) !== null)) {
      // (a header whose spanned cells were put back empty, see droppedCells.ts, spreads as the one printed without them)
      const gapless = header.cells?.some((c) => !c) ? transposedHeaderOf(header.cells.filter(Boolean), reportYear, narrowedBy) : header;
      const spread = gapless ? spreadOverYears(gapless, cells.filter(Boolean)) : null;
      if (spread) {
        header = spread;
        continue;
      }
    }
    // 「2023年 2024年」/「项 目」/「公办 民办 合计 …」: the label column's word on a line of its own between a header's
    // lines goes with the header
    if (header && !zoneRows.length && !header.transposed && filled <= 2 && LABEL_COL.test(flatCell(cells.join('')))) continue;
    // (「序号 | 调查 | 指标 | 单位 | 2023 年 | …」 over 「对象 | 名称」: the words the page width wrapped, one for each of the header's
    // named columns before its years, finish their names)
    if (header && !zoneRows.length && !header.transposed && !it.fromTable && header.cells && filled >= 2) {
      const h = finishedHeader(header.cells, cells.filter(Boolean), reportYear, ownKind, ownPlace);
      if (h) {
        header = h;
        continue;
      }
    }
    // (「2023年 2024年」/「序号 指标 单位」/「公办 民办 合计 …」: the columns before the years named on a line of their own)
    if (header && !zoneRows.length && !header.transposed && header.yearList.length && !header.cells?.some((c) => c && yearOfHeaderCell(c) === null) && filled >= 2 && cells.every((c) => !c || isHeaderWord(c))) {
      headsBefore = cells.filter(Boolean);
      continue;
    }
    // 「调查项目 | 样本数（份） | 满意度（%）」 over 「非常满意 | 比较满意 | 合计」: the measure's sum column keeps its name
    if (header && !zoneRows.length && !header.transposed && header.cells && filled >= 2) {
      const degrees = cells.filter(Boolean).map(flatCell);
      const measureAt = header.cells.findIndex((c) => MEASURE_COL.test(flatCell(c)));
      if (measureAt > 0 && degrees.length >= 2 && isSumCell(degrees[degrees.length - 1]!) && degrees.slice(0, -1).every((d) => DEGREE_COL.test(d))) {
        const h = headerOf([...header.cells.slice(0, measureAt), ...degrees.slice(0, -1), header.cells[measureAt]!, ...header.cells.slice(measureAt + 1)], reportYear, ownKind, ownPlace);
        if (h) {
          header = h;
          continue;
        }
      }
    }
    // 「调查项目 | 满意度 | | 有效样本 |」 over 「 | 2023年 | 2024年 | 2023年 | 2024年」: measures spanning the years below them,
    // each column its year's measure (a sample's columns stay samples)
    if (header && !zoneRows.length && !header.transposed && header.cells && !cells[0] && filled >= 2) {
      const merged = yearsUnderMeasures(header.cells, cells);
      const h = merged ? headerOf(merged, reportYear, ownKind, ownPlace) : null;
      if (h) {
        header = { ...h, top: topOf(header.cells) };
        continue;
      }
    }
    // 「类别 | 2023年 | | 2024年 |」 over 「 | 人数 | 占比（%） | 人数 | 占比（%）」: years over a row naming each year's
    // columns (a merged header flattened) are one header, each year's columns named by the row below
    if (header && !zoneRows.length && !header.transposed && header.cells && filled >= 2 && isSubHeaderRow(cells)) {
      // (「 | | 合计 | 其中 | | 合计 | 其中 |」 over 「 | | | 公办 | 民办 | | 公办 | 民办」: a third line naming the parts 其中 spans, each
      // under the cell it names: the two are one line)
      const third = items[at + 1];
      const under = third?.kind === 'row' && third.cells.length <= cells.length && isSubHeaderRow(third.cells) && third.cells.every((c, i) => !c || !cells[i] || OF_WHICH_CELL.test(flatCell(cells[i]!))) ? third.cells : null;
      // (「合计 其中 合计 其中 2023年增减」 over 「公办 民办 公办 民办」 in a text layer, no empty cells to place them: each 其中 takes
      // its share of the parts, in order)
      const spans = !under && third?.kind === 'row' && !third.fromTable ? ofWhichSpans(cells, third.cells) : null;
      const sub = under ? cells.map((c, i) => under[i] || (OF_WHICH_CELL.test(flatCell(c)) ? '' : c)) : (spans ?? cells);
      const merged = mergeSpannedHeader(header.cells, sub) ?? mergeSubHeader(headsBefore ? [...headsBefore, ...header.cells] : header.cells, sub);
      const h = merged ? headerOf(merged, reportYear, ownKind, ownPlace) : null;
      if (h) {
        const kinds = KIND_COLS.get(merged!);
        header = { ...(kinds && kinds.length === h.width ? { ...h, kindCols: kinds } : h), top: topOf(header.cells) };
        if (under || spans) at++;
        continue;
      }
      const kinds = cells.filter(Boolean).map(flatCell);
      if (header.yearList.length >= 2 && kinds.length >= 2 && kinds.every(isKindCell) && kinds.some(isSumCell)) {
        header = { ...header, kindSplit: kinds };
        continue;
      }
    }
    // 「年份 | 学校数（所） | 招生数 | 在校生 …」 over 「合计 | 其中民办 | （人） | 数（人） …」: a table by year whose header
    // cells wrapped onto a second line, one of them spanning two columns (see mergeWrappedByYear)
    if (header?.transposed && header.cells && byYearRows === 0 && header.sumYear === undefined && filled >= 2 && !cells.some((c) => c && yearOfHeaderCell(c) !== null)) {
      const next = items[at + 1];
      const merged = next?.kind === 'row' ? mergeWrappedByYear(header.cells, cells, next.cells.length, narrowedBy) : null;
      const th = merged ? transposedHeaderOf(merged, reportYear, narrowedBy) : null;
      if (th) {
        header = th;
        continue;
      }
    }
    // 「项目 | 2024年 | 2023年 | 全国平均」 over 「本年 | 上年 | 2024年」/「数值 | 数值 | 2024年」: a second line qualifying each
    // column above it, the label column's cell left out, the year under a wider region's column that column's own
    if (header && !zoneRows.length && !header.transposed && header.cells && header.yearList.length) {
      const qualified = qualifiedBelow(header.cells, cells, reportYear);
      // (「2023年 | 2024年」 over 「本年 | 上年」: which column is which year is not known)
      if (qualified === 'conflict') {
        header = { ...header, ambiguous: true };
        continue;
      }
      const h = qualified ? headerOf(qualified, reportYear, ownKind, ownPlace) : null;
      if (h && h.yearList.join() === header.yearList.join()) {
        header = { ...h, top: topOf(header.cells) };
        continue;
      }
    }
    // 「调查对象 | 有效样本（份） | 满意度（%）」 over 「 | | 2024年 | 2023年 | 增减（百分点）」: a header's second line that
    // leaves the columns named above it empty (merged cells flattened) names the columns under the word spanning them
    // (「…满意度（%）」 over 「2024年 2023年 增减（百分点）」, a text layer having dropped the empty cells: the years and changes
    // under the measure, the last of the header's cells)
    if (header && !zoneRows.length && !header.transposed && header.cells && cells.some((c) => c && yearOfHeaderCell(c) !== null)) {
      const measureAt = header.cells.length - 1;
      const under = !!cells[0] && measureAt > 0 && MEASURE_COL.test(flatCell(header.cells[measureAt]!)) && cells.every((c) => yearOfHeaderCell(c) !== null || CHANGE_HEAD.test(flatCell(c)));
      const lead = under ? measureAt : cells.findIndex(Boolean);
      const h = lead > 0 && header.cells.length > lead && header.cells.slice(0, lead).every(Boolean) ? headerOf([...header.cells.slice(0, lead), ...cells.slice(under ? 0 : lead)], reportYear, ownKind, ownPlace) : null;
      if (h) {
        // (the measure the spanning word named, 满意度, is the one its years' figures state; the first line alone after a page
        // break goes on under the header)
        header = { ...(header.measure && !h.measure ? { ...h, measure: header.measure } : h), top: topOf(header.cells) };
        continue;
      }
    }
    // (「毕业生 毕业去向 其中：毕 …」/「年份 人数 落实人数 业生升学 …」/「（人） （人） 人数 …」: a header by year wrapped over the lines
    // above its 年份 too, each column's words in pieces on three or four lines that no position here tells apart: its
    // columns are read by nobody rather than by the wrong names)
    if (!it.fromTable && BY_YEAR_FIRST.test(flatCell(cells[0] ?? '')) && headerPieces(items[at - 1]) && headerPieces(items[at + 1])) {
      // (「表6（续二）」: a table going on under other columns; the rows before it are another header's)
      closeZone();
      // (unless the pieces, shared out in order among the columns the first year row has, name each column one way only)
      const above: string[][] = [];
      for (let k = at - 1; k >= 0 && k >= at - 3 && headerPieces(items[k]); k--) above.unshift(piecesOf(items[k]!));
      const below: string[][] = [];
      let k = at + 1;
      for (; k < items.length && k <= at + 3 && headerPieces(items[k]); k++) below.push(piecesOf(items[k]!));
      const first = items[k];
      const stacked = first?.kind === 'row' && yearOfHeaderCell(first.cells[0] ?? '') !== null ? stackedHeader([...above, cells.slice(1).filter(Boolean), ...below], first.cells.length - 1, narrowedBy) : null;
      const th = stacked ? transposedHeaderOf([cells[0]!, ...stacked], reportYear, narrowedBy) : null;
      if (th) {
        startHeader(th);
        at = k - 1;
      }
      continue;
    }
    // only a row naming a year (or 年份/指标…数值) can be a header
    if (HEADER_HINT.test(it.quote) || (SERIAL_THEN_LABEL.test(it.quote) && (!header || yearsOnly(items[at + 1])))) {
      // (「年份 | 学校数 | | | 招生数」 over 「 | 公办 | 民办 | 合计 | 」: a header spanning empty cells, the row below naming
      // them in place)
      const under = items[at + 1];
      const byYear = under?.kind === 'row' && BY_YEAR_FIRST.test(flatCell(cells[0] ?? ''));
      const aligned = byYear ? (alignSpanned(cells, under.cells) ?? alignSurveyGroups(cells, under.cells) ?? alignGroups(cells, under.cells)) : null;
      // (a text layer's: no empty cells to say where the pieces stand, only the rows' width)
      const rowAfter = items[at + 2];
      const inferred = byYear && !aligned && !it.fromTable && rowAfter?.kind === 'row' && yearOfHeaderCell(rowAfter.cells[0] ?? '') !== null ? inferGroups(cells, under.cells, rowAfter.cells.length) : null;
      const twoLines = aligned ?? inferred;
      // (「年份 | 体质测试人数 | …」 right under the rows of 「表10 落实政策情况」's first header: the same table, more columns)
      const caption = narrowedBy ?? (itemsSinceZone === 0 ? captionClosed : null);
      const read = twoLines ? transposedHeaderOf(twoLines, reportYear, caption) : null;
      const ath = read && inferred ? { ...read, inferred: true } : read;
      if (ath) {
        startHeader(ath);
        at++;
        continue;
      }
      const th = transposedHeaderOf(cells, reportYear, caption);
      if (th) {
        startHeader(th);
        continue;
      }
      // (「年份 | 生均财政 | 财政专项 | 生均仪器」 over 「拨款（元） | 经费（万元） | 设备值（元）」: a header by year that names
      // nothing until its second line is read with it)
      const [second, third] = [items[at + 1], items[at + 2]];
      const merged = second?.kind === 'row' && third?.kind === 'row' && BY_YEAR_FIRST.test(flatCell(cells[0] ?? '')) ? mergeWrappedByYear(cells, second.cells, third.cells.length, narrowedBy) : null;
      const wrapped = merged ? transposedHeaderOf(merged, reportYear, narrowedBy) : null;
      if (wrapped) {
        startHeader(wrapped);
        at++;
        continue;
      }
      // (「指标 | 单位 | 年份」 over 「2023 | 2024 | 增减」: the years under the word that spans them, the header's second line)
      const spanned = cells.findIndex((c) => c && YEARS_SPAN.test(flatCell(c)));
      const below = items[at + 1];
      if (spanned > 0 && below?.kind === 'row' && !cells.some((c) => c && yearOfHeaderCell(c) !== null)) {
        const under = below.cells.filter(Boolean);
        if (under.length >= 2 && under.filter((c) => yearOfHeaderCell(c) !== null).length >= 2 && under.every((c) => yearOfHeaderCell(c) !== null || CHANGE_HEAD.test(flatCell(c)))) {
          const h = headerOf([...cells.slice(0, spanned), ...under], reportYear, ownKind, ownPlace);
          if (h) {
            // (its first line alone after a page break goes on under it)
            startHeader({ ...h, top: topOf(cells) });
            at++;
            continue;
          }
        }
      }
      // 「序号 指标 单位 湖北省 湖北省 全国」 over 「2023年 2024年 2024年」: the years under the places that end the header, each
      // dating the place over it (the region's own read as its year's; another's, 全国, read by nobody). A place printed
      // once over more years than one (「… 广西 全国」 over 「2023年 2024年 2024年」) is the region's own, over all the years
      // but the one each wider place after it has
      // (the same header again after a page break: the table goes on under it)
      if (yearsOnly(below) && !cells.some((c) => c && yearOfHeaderCell(c) !== null)) {
        const head = cells.filter(Boolean).map(flatCell);
        const under = below!.kind === 'row' ? below!.cells.filter(Boolean).map(flatCell) : [];
        let from = head.length;
        while (from > 0 && namesPlace(head[from - 1]!, ownPlace)) from--;
        const places = head.slice(from);
        if (from >= 2 && places.length && under.length >= places.length) {
          const cols: string[] = [];
          let u = 0;
          places.forEach((place, n) => {
            for (let j = n === 0 ? under.length - places.length + 1 : 1; j > 0; j--, u++) cols.push(yearOfHeaderCell(under[u]!) !== null ? `${place}（${under[u]}）` : under[u]!);
          });
          const h = headerOf([...head.slice(0, from), ...cols], reportYear, ownKind, ownPlace);
          if (h) {
            startHeader({ ...h, top: topOf(cells) });
            at++;
            continue;
          }
        }
      }
      // 「序号 调查项目 满意度（%） 有效样本（份）」 over 「2023年 2024年 2024年」: a text layer's merged header, its empty cells lost;
      // the years under the measures that end the header fall into runs (each year once, in one order), a run under each
      // measure in turn (the first run under the first of them)
      if (yearsOnly(below) && !cells.some((c) => c && yearOfHeaderCell(c) !== null)) {
        const head = cells.filter(Boolean);
        const runs = below?.kind === 'row' ? yearRuns(below.cells.filter(Boolean)) : null;
        const from = runs ? head.length - runs.length : 0;
        if (runs && runs.length >= 2 && from >= 1 && head.slice(from).every((c) => !namesPlace(flatCell(c), ownPlace) && !valueOfCell(c))) {
          // (「中职学校 | 技工院校 | 合计」 over 「2023年 2022年 2023年 2023年」: a kind of school, or the kinds' sum, over its years is
          // named before each, as a header naming both in one cell does: 「中职学校2023年」)
          const h = headerOf([...head.slice(0, from), ...runs.flatMap((run, n) => run.map((y) => (namesKindOrSum(flatCell(head[from + n]!)) ? `${flatCell(head[from + n]!)}${y}年` : `${y}年${flatCell(head[from + n]!)}`)))], reportYear, ownKind, ownPlace);
          if (h) {
            startHeader({ ...h, top: topOf(cells) });
            at++;
            continue;
          }
        }
      }
      // 「内蒙古 全国」 over 「指标名称 单位 2023年 2024年 2024年」: places named on the line above a header that prints a year
      // twice, the region's own over all the years but the last ones, each wider place over one of those
      const above = items[at - 1];
      const placesAbove = above?.kind === 'row' && !above.fromTable ? above.cells.filter(Boolean).map(flatCell) : [];
      const yearAt = cells.flatMap((c, n) => (c && yearOfHeaderCell(c) !== null ? [n] : []));
      if (placesAbove.length >= 2 && yearAt.length > placesAbove.length && new Set(yearAt.map((n) => yearOfHeaderCell(cells[n]!))).size < yearAt.length && placesAbove.every((c) => namesPlace(c, ownPlace))) {
        const wider = yearAt.slice(yearAt.length - placesAbove.length + 1);
        const h = headerOf(cells.map((c, n) => (wider.includes(n) ? `${placesAbove[placesAbove.length - yearAt.length + yearAt.indexOf(n)]}（${flatCell(c)}）` : c)), reportYear, ownKind, ownPlace);
        if (h) {
          startHeader(h);
          continue;
        }
      }
      // 「中等职业教育 | 高等职业教育」 over 「序号 | 指标 | 单位 | 2023年 | 2024年 | 2023年 | 2024年」: the two levels side by side,
      // each over its run of years; the other level's columns are read by nobody
      // (「中等职业教育」 and 「高等职业教育」 each over a run of years, in either order)
      const levelsAbove = above?.kind === 'row' ? above.cells.filter(Boolean).map(flatCell) : [];
      if (ownKind && levelsAbove.length === 2 && levelsAbove.every((c) => LEVEL_GROUP.test(c)) && levelsAbove.some((c) => ownKind.test(c)) && !levelsAbove.every((c) => ownKind.test(c)) && yearAt.length >= 4 && yearAt.length % 2 === 0 && new Set(yearAt.map((n) => yearOfHeaderCell(cells[n]!))).size === yearAt.length / 2) {
        const per = yearAt.length / 2;
        const other = levelsAbove.find((c) => !ownKind.test(c))!;
        const short = /高/.test(other) ? '高职' : '中职';
        const h = headerOf(cells.map((c, n) => (yearAt.includes(n) && levelsAbove[Math.floor(yearAt.indexOf(n) / per)] === other ? `${flatCell(c)}${short}` : c)), reportYear, ownKind, ownPlace);
        if (h) {
          startHeader(h);
          continue;
        }
      }
      // (a year alone on a line of a text layer heads no table: a slide's chart label 「2024年」 over a card's 「16,850」; nor
      // does a year beside a word in letters, a design's box title 「DATA 2024」 over its cards; nor a line with a figure
      // beside its year, or an arrow: a card's 「↓ 2023年 5404人」 or 「2023年 84.9% → 2024年 85.7%」)
      // (「                2022届      2023届」 over 「毕业生人数（人）  3860  3985」: a text layer's header of years alone, its label column's
      // empty cell lost, over rows a cell wider that open on their labels: the label column is there, unnamed)
      const next = items[at + 1];
      const labelLost = !it.fromTable && !tail && filled >= 2 && yearsOnly(it) && next?.kind === 'row' && !next.fromTable && next.cells.length === filled + 1 && !!next.cells[0] && !valueOfCell(next.cells[0]) && yearOfHeaderCell(next.cells[0]) === null && next.cells.slice(1).every((c) => !!valueOfCell(c));
      const h0 = !it.fromTable && (filled === 1 || (filled === 2 && cells.some((c) => !!c && LATIN_WORD.test(c))) || cells.some(figureOrMark)) ? null : headerOf(labelLost ? ['项目', ...cells.filter(Boolean)] : tail ? [...cells.filter(Boolean), tail] : cells, reportYear, ownKind, ownPlace);
      // (「调查项目」/「满意度（%）  上年（%）」: the label column's word a text layer set on a line of its own, above the rest of its
      // header, which names no label column of its own)
      const labelAbove = !h0 && !header && !it.fromTable && filled >= 2 && above?.kind === 'row' && !above.fromTable && above.oneCell && LABEL_COL.test(flatCell(above.quote.trim())) ? above.quote.trim() : null;
      const h = h0 ?? (labelAbove && !cells.some((c) => c && LABEL_COL.test(flatCell(c))) ? headerOf([labelAbove, ...cells.filter(Boolean)], reportYear, ownKind, ownPlace) : null);
      if (h) {
        startHeader(h);
        if (tail) at++;
        continue;
      }
    }
    // a header this reader cannot date (指标 | 均值 | 中位数 …): its table is another one, read by nobody
    // (「指标 | 顺德区中职 | 学校」 right under a table by year, a caption or none between: not under the years above either)
    if ((!header || !header.transposed) && filled >= 3 && LABEL_COL.test(flatCell(lone)) && !cells.some((c) => c && valueOfCell(c))) {
      if (header) closeZone();
      lastHeader = null;
      continue;
    }
    if (!header) {
      // 「表4-2  2023年全省高职院校服务贡献（全省合计）」 over 「毕业生初次就业人数（人）  76657」: a table with no header, under a
      // caption naming one year, each row a name and one figure: the figures are that year's
      const dated = !lastHeader && narrowedBy !== null && filled === 2 && cells[0] && !valueOfCell(cells[0]) && cells[1] && valueOfCell(cells[1]) ? captionYearOf(narrowedBy) : null;
      const single = dated !== null && rowLabelIds(labelKey(cells[0]!)).length > 0 ? headerOf(['指标', `${dated}年`], reportYear, ownKind, ownPlace) : null;
      if (single) startHeader(single);
      // a headerless table right after an indicator table (page break) keeps its years
      else if (it.fromTable && lastHeader && itemsSinceZone <= 4 && !lastHeader.transposed) {
        header = { ...lastHeader, width: -1 };
      } else if (!it.fromTable && lastHeader && !lastHeader.transposed && underTable && filled === lastHeader.width) {
        // 「学校数 | 所 | 6 | 5」/「公办 所 4 4」: a table whose rules stop, its rows going on right under it as a text layer's lines
        // as wide as its header
        header = lastHeader;
      } else if (filled === 1 && lone.length <= 30 && !valueOfCell(lone)) {
        if (STANDARD_TABLE.test(lone)) nextStandard = true;
        continue;
      } else continue;
    }
    // (every way through the block above leaves a header, startHeader's too, or goes on to the next item)
    if (!header) continue;
    const hdr: Header = header;
    if (narrowed) continue;

    if (hdr.transposed) {
      byYearRows++;
      readTransposedRow(it, hdr.serialFirst && cells.length === hdr.width + 1 ? cells.slice(1) : cells, hdr, zoneStandard, out, level);
      continue;
    }

    // 「教职工满意度 | % |  | 93.9 | 93.2」 under six columns: a table that keeps a row's empty cells inside it dropped only the
    // empty ones at its end
    if (it.fromTable && hdr.width > cells.length && cells.length >= 3 && cells.slice(1, -1).includes('')) cells = [...cells, ...new Array<string>(hdr.width - cells.length).fill('')];
    // 「其中：直接就业 10,960 35.84 …」 under 「序号 | 项目 | …」: a text layer drops a row's empty 序号 cell
    if (hdr.yearShares && !it.fromTable && hdr.serialCol === 0 && cells.length === hdr.width - 1 && !SERIAL.test(cells[0] ?? '')) cells = ['', ...cells];
    // 「三、教学资源 1 生师比 ：1 16.51 16.59」 under 「类别 序号 指标 …」: a group's merged cell printed on its first row only; the
    // rows under it come without it, and this one is read as they are
    if (!it.fromTable && hdr.categoryCol === 0 && hdr.serialCol === 1 && cells.length === hdr.width && !valueOfCell(cells[0]!) && SERIAL.test(cells[1]!)) cells = cells.slice(1);
    // 「其中：思政课教师」/「168 31 199 174 33 207」/「（人）」: under columns of parts, a label wrapped around its figures
    // leaves them a line of their own, one per figure column (the label columns are empty there)
    if (hdr.partCols && !it.fromTable && cells.length < hdr.width && cells.every((c) => !!valueOfCell(c) || isDash(c))) {
      const lead = Math.max(hdr.labelCol, hdr.unitCol, hdr.serialCol) + 1;
      if (lead > 0 && cells.length === hdr.width - lead) cells = [...new Array<string>(lead).fill(''), ...cells];
    }
    // 「在校生数（人） 16 528 17 436」: a row whose gaps a page collapsed to single spaces, its thousands set off by spaces
    // too (on a page that never sets them off with commas); read so only when that leaves as many figures as the
    // header has columns for, and not at all when neither reading does
    // 「其中：毕业生升学人数  人  566 624」: a scan's row whose year cells a single space sets apart, as many figures as the
    // header has years when the two integers are two cells: they are the columns' (unless a page that sets off
    // thousands by spaces reads them better as one figure, as below)
    if (!it.fromTable && !it.quote.includes('\t') && it.quote.includes('  ') && cells.some((c) => INTEGERS.test(c))) {
      const columns = hdr.years.filter((y) => y != null).length;
      // (the figures after the label: a serial before it is none of them)
      const label = cells.findIndex((c) => !valueOfCell(c) && !INTEGERS.test(c));
      if (cells.slice(label + 1).reduce((n, c) => n + (INTEGERS.test(c) ? 2 : valueOfCell(c) ? 1 : 0), 0) === columns) {
        const split = cells.flatMap((c) => (INTEGERS.test(c) ? c.split(' ') : [c]));
        const spaced = spacesGroup ? spacedThousands(split, [columns, columns + (hdr.trailing ?? 0)], columns) : null;
        if (spaced === 'ambiguous') continue;
        cells = spaced ?? split;
      }
    } else if (spacesGroup && !it.fromTable && !it.quote.includes('\t') && !it.quote.includes('  ')) {
      const columns = hdr.years.filter((y) => y != null).length;
      // (under columns of parts only the sums carry a year: every column after the label holds a figure then)
      const spaced = spacedThousands(cells, [columns, columns + (hdr.trailing ?? 0), ...(hdr.partCols && hdr.width > 0 ? [hdr.width - 1] : [])], columns);
      if (spaced === 'ambiguous') continue;
      if (spaced) cells = spaced;
    }
    // 「生均仪器设备值(元) | 6,850 | +540」 under 2023年 | 2024年: a change, by its sign, where the header has no column
    // for one; a cell was lost and the figures moved left, so no column can be trusted
    // (a change after as many figures as the header has years is a change column the header printed elsewhere)
    // (「毕业生数 人 3702 +145」 under 2023年 | 2024年 | 增减: a year's cell lost beside the change column, likewise)
    if (cells.some((c) => SIGNED.test(c)) && cells.filter((c) => !!valueOfCell(c) || isDash(c)).length <= hdr.yearList.length + Math.max(0, changeColumns(hdr) - 1)) continue;
    // positional reading when the row has exactly the header's columns
    let serial = false;
    let labelCells: string[] = [];
    let unit = '';
    let values: (number | null)[] = [];
    let valueYears: (number | null)[] | undefined;
    let sawValue = false;
    let cellUnit = '';
    let textAfter = 0;
    // a text layer's line split into exactly the header's cells is read by column as a drawn table is
    const positional =
      (it.fromTable || (cells.length >= 3 && (hdr.measure !== undefined || hdr.yearShares !== undefined || hdr.partCols !== undefined || hdr.unreadCols))) &&
      hdr.clean === true &&
      !hdr.ambiguous &&
      hdr.width === cells.length &&
      hdr.labelCol >= 0 &&
      (hdr.unitCol < 0 || !cells[hdr.unitCol] || isUnitCell(cells[hdr.unitCol]!)) &&
      fitsHeader(cells, hdr);
    // counts and shares by year can only be told apart by their columns
    if (hdr.yearShares && !positional) continue;
    // (「教职工满意度*   %   92.40   93 15   188」「生师比*   18.14   ：  18.08」: a row as wide as the header whose year cell a scan
    // broke, a figure split in two or a stray mark in its place: its figures would be dated by guess, so none is read)
    if (hdr.width === cells.length && hdr.years.some((y, c) => y !== null && brokenCell(cells[c] ?? ''))) continue;
    if (positional) {
      // a cell holding several figures (two narrow columns read as one) next to as many empty year cells:
      // the figures are those columns', in order
      const spread = new Map<number, number | null>();
      for (let i = 0; i < cells.length; i++) {
        if (hdr.years[i] == null || !cells[i]) continue;
        const several = figuresOfCell(cells[i]!);
        if (!several) continue;
        const run = [i];
        for (let j = i + 1; j < cells.length && run.length < several.length && hdr.years[j] != null && !cells[j]; j++) run.push(j);
        if (run.length === several.length) run.forEach((j, k) => spread.set(j, several[k]!));
      }
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i]!;
        if (i === hdr.serialCol) serial = SERIAL.test(c);
        else if (i === hdr.unitCol) unit = c;
        else if (spread.has(i)) {
          const v = spread.get(i)!;
          values.push(v);
          if (v !== null) sawValue = true;
          valueYears = valueYears ?? [];
          valueYears.push(hdr.years[i]!);
        } else if (hdr.years[i] != null) {
          // 「全日制在校生 | 9.46万人（上年8.93万人）」: last year's figure beside this year's in the cell
          const pair = twoYearsOfCell(c, hdr.lastYearBracketed);
          const v = pair ? pair.now : valueOfCell(c);
          if (v || isDash(c) || c === '') {
            values.push(v ? v.value : null);
            if (v) sawValue = true;
            cellUnit ||= v?.unit ?? '';
          } else values.push(null);
          valueYears = valueYears ?? [];
          valueYears.push(hdr.years[i]!);
          if (pair) {
            values.push(pair.before.value);
            valueYears.push(hdr.years[i]! - 1);
          }
        } else if (hdr.textCols?.includes(i)) {
          // (「学校数 | 具备中等学历教育招生资质的独立设置学校，不含技工学校6所 | 所 | 19 | 18」: what a column of explanations says
          // names nothing, whatever figures it holds; 「招生数 | 1248 | 人 | 2023年为1163人」: a remark that is only last year's figure
          // beside one year's column is last year's)
          const remark = values.length === 1 && values[0] !== null && valueYears?.length === 1 ? remarkOfYear(c, valueYears[0]!, unit || cellUnit) : null;
          if (remark) {
            values.push(remark.value);
            valueYears!.push(remark.year);
          }
          continue;
        } else if ((i <= Math.max(hdr.labelCol, 0) || (i < hdr.unitCol && i > hdr.labelCol)) && i !== hdr.categoryCol) {
          // (「学生规模 | 全日制在校生」: the category a merged cell printed once is no part of the row's name; nor is a form's
          // code for the row, 「Ⅰ-02」「A1.1」)
          if (c && !ROW_CODE.test(c)) labelCells.push(c);
        }
      }
      // (「生师比 |  | 20.85:1 | 21.10:1」: a row whose name was merged across the category's column and the label's)
      const category = hdr.categoryCol ?? -1;
      if (!labelCells.length && category >= 0 && category < hdr.labelCol && cells[category] && !cells[hdr.labelCol]) labelCells.push(cells[category]!);
      if (hdr.unitCol < 0) unit = '';
    } else {
      let i = 0;
      // a leading empty cell is dropped (an empty serial column); the others keep their places
      const cs = cells[0] === '' ? cells.slice(1) : cells;
      while (i < cs.length && cs[i] === '') i++;
      // (「2.1 其中：毕业生升学人数 人 12850 13760」: a numbered sub-item's 2.1 is its serial too)
      if (i < cs.length && (SERIAL.test(cs[i]!) || SUB_SERIAL.test(cs[i]!)) && i + 1 < cs.length && !valueOfCell(cs[i + 1]!) && !isDash(cs[i + 1]!)) {
        serial = true;
        i++;
      }
      while (i < cs.length) {
        const c = cs[i]!;
        if (c === '') {
          i++;
          continue;
        }
        if (valueOfCell(c) || isDash(c) || isUnitCell(c) || figuresOfCell(c) || withLastYear(c)) break;
        if (!ROW_CODE.test(c)) labelCells.push(c);
        i++;
      }
      // 「学生发展  全日制在校生人数  人  4312  4585」 under 「类别 | 指标 | 单位 | …」 in a text layer: the category a group's
      // first row prints is no part of its name, as a drawn table's column is not (the rows after it print none)
      const category = hdr.categoryCol ?? -1;
      if (category >= 0 && category < hdr.labelCol && labelCells.length === hdr.labelCol - category + 1) labelCells.splice(0, hdr.labelCol - category);
      // 「办学规模 中等职业学校数 所 173 168」 over 「公办学校数 所 134 132」 under 「指标 单位 2023年 2024年」: a row one cell wider
      // than a header that names no category column, the extra cell opening it, prints the group a merged cell named once
      // (a cell that narrows the name, 「民办 学校数」, is part of it)
      // (「非学历培训 项目数（项）」: where the two cells make a name together, they are one)
      else if (category < 0 && hdr.labelCol <= 0 && labelCells.length === 2 && cells.length === hdr.width + 1 && GROUP_CELL.test(labelCells[0]!) && !NARROWING.test(labelCells[0]!) && !rowLabelIds(labelKey(labelCells.join(''))).length && rowLabelIds(labelKey(labelCells[1]!)).length) labelCells.shift();
      // (「学校数（所） | — | 5 | 5」「毕业去向落实率（%） | ≥95 | 96.8 | 97.2」 under 「评估指标 | 评估标准 | 2023年 | 2024年」: with
      // no unit column, the cell after the label is the column's before the years, a standard's figure or a dash, no unit)
      if (i < cs.length && hdr.unitCol < 0 && hdr.leading && !(isUnitCell(cs[i]!) && !isDash(cs[i]!)) && !valueOfCell(cs[i]!)) {
        values.push(null);
        i++;
      } else if (i < cs.length && !valueOfCell(cs[i]!) && !figuresOfCell(cs[i]!) && !withLastYear(cs[i]!) && (isUnitCell(cs[i]!) || !isDash(cs[i]!)) && !(isDash(cs[i]!) && unitInLabel(labelCells, hdr, cells.length))) {
        // (「11 | 毕业三年晋升比例（%） | — | 27.3 | /」 under 「序号 | 指标（单位） | 2023年 | …」: the dash is the first year's, no unit)
        unit = cs[i]!;
        i++;
      }
      // 「全日制在校生 9.46万人（上年8.93万人）」 under one year's column: this year's figure and last year's
      const pair = hdr.yearList.length === 1 && i === cs.length - 1 ? twoYearsOfCell(cs[i]!, hdr.lastYearBracketed) : null;
      if (pair) {
        values.push(pair.now.value, pair.before.value);
        valueYears = [hdr.yearList[0]!, hdr.yearList[0]! - 1];
        cellUnit ||= pair.now.unit;
        sawValue = true;
        i = cs.length;
      }
      for (; i < cs.length; i++) {
        const c = cs[i]!;
        const v = valueOfCell(c);
        if (v) {
          values.push(v.value);
          sawValue = true;
          cellUnit ||= v.unit;
        } else if (isDash(c)) values.push(null);
        else if (c === '') continue;
        else {
          // two columns' figures read as one cell (narrow columns set close together): each in turn
          const several = figuresOfCell(c);
          // 「招生数  1248  人  2023年为1163人」 under 「项目名称 | 数量 | 单位 | 备注」 on a text layer: the row's unit after its one
          // year's figure, then a remark that is only last year's figure, in that unit, is last year's
          const one = !several && hdr.yearList.length === 1 && values.length === 1 && values[0] !== null && !valueYears && hdr.textCols !== undefined;
          if (one && !unit && hdr.unitCol >= 0 && isUnitCell(c)) {
            unit = c;
            continue;
          }
          const remark = one ? remarkOfYear(c, hdr.yearList[0]!, unit || cellUnit) : null;
          if (remark) {
            values.push(remark.value);
            valueYears = [hdr.yearList[0]!, remark.year];
            continue;
          }
          if (!several) {
            // 问卷调查 and other trailing text
            textAfter = cs.slice(i).filter((x) => x !== '').length;
            break;
          }
          values.push(...several);
          if (several.some((x) => x !== null)) sawValue = true;
        }
      }
    }

    // 「企业提供的校内实践教学设备值 | 3870万元」: with no unit column, the unit printed in the cells (the figure's 万
    // already applied: 38,700,000 元) is the row's
    if (!unit && cellUnit) unit = cellUnit;
    // (「毕业生初次就业人数 | 合计 | 人 | 7,427」 over its A类/B类… rows: the template's category column names the sum of
    // its parts, the indicator itself)
    let named = labelCells.filter((c) => !isHeaderWord(c));
    // 「调查对象 | 调查项目 | …」: who was asked, printed once over their rows, then what about; a row about them overall
    // (「在校生 | 总体满意度」) is named by who was asked, the others by what about (「 | 课堂育人」)
    if (hdr.surveyedItems && positional) {
      const who = cells[hdr.categoryCol ?? 0];
      if (who) surveyedGroup = who;
      // (「教职工满意度 | — | 92.75 | 93.86」: a group asked nothing item by item has a dash for its item, its overall figure)
      if (named.length === 1 && (OVERALL_ITEM.test(flatCell(named[0]!)) || isDash(named[0]!)) && surveyedGroup) named = [surveyedGroup];
    }
    if (named.length >= 2 && SUM_CELL.test(named[named.length - 1]!)) named.pop();
    const labelText = named.join('');
    const hasValues = values.length > 0;

    // a lone serial number (or a page number) sets up the next row
    if (!labelText && !unit && !hasValues && serial) {
      pendingSerial = true;
      continue;
    }
    if (!labelText && !hasValues && !unit) {
      if (filled === 1 && SERIAL.test(lone)) pendingSerial = true;
      continue;
    }
    // a lone figure continuing the previous row (a PDF cell wrapped onto the next line: 10319 / 10931.2)
    if (!labelText && !unit && values.length === 1 && sawValue && !it.fromTable) {
      const prev = zoneRows[zoneRows.length - 1];
      if (SERIAL.test(lone) && Number(lone) < 100) {
        pendingSerial = true;
        continue;
      }
      if (prev && !prev.valueYears && prev.values.length < hdr.yearList.length && prev.order >= it.order - 3) {
        prev.values.push(values[0]!);
        prev.quote += '\n' + it.quote;
        continue;
      }
      continue;
    }
    if (!hasValues && !it.fromTable && labelText.length > 26 && !serial) {
      // a line of prose broken out of a paragraph, not a label: the table is over
      if (zoneRows.length) closeZone();
      else pendingLabel = [];
      continue;
    }
    if (!hasValues) {
      // 「公共基础课（不含思想政治课）」/「% 95.28 95.90」/「教学满意度」: a label wrapped around its figures, the rest of
      // it below them, names the row above only together with what it began with
      const above = zoneRows[zoneRows.length - 1];
      // 「财政专项经费 3.71 3.96 4.27」/「（亿元）」: the unit of the row above, wrapped under its label, when the row printed
      // none of its own
      const wrappedUnit = above && above.order === it.order - 1 && !unit ? UNIT_LINE.exec(flatCell(it.quote)) : null;
      if (wrappedUnit && isUnitCell(wrappedUnit[1]!) && (!above!.unit || above!.unit === tableUnit) && !BRACKET_UNIT_END.test(above!.label)) {
        above!.unit = wrappedUnit[1]!;
        above!.quote += '\n' + it.quote;
        continue;
      }
      // (a fragment that names a row by itself opens the next row instead, as does one under a row with no label)
      // (「毕业去向落实 96.29 96.72 97.03」/「率（%）」: a fragment that ends on the row's unit finishes the label of the row
      // right above, which its first part named as another indicator)
      const tail = above && above.id && above.order === it.order - 1 && (!above.unit || above.unit === tableUnit) ? BRACKET_UNIT_END.exec(labelText) : null;
      // (「毕业生面向三次产业就业人 人 3402 …」/「数」: a fragment finishing a label its first part already named the
      // indicator by is its end too, not the start of the next row's)
      // (「与企业共建开放型区域 个 0 1 1」/「产教融合实践中心数量」: nor one that names by itself what the two together name, under
      // a row its first part named nothing by)
      const alone = labelText && !serial && !unit && above && above.label && above.order >= it.order - 2 ? rowLabelIds(labelKey(labelText)) : null;
      if (above && alone && (!alone.length || (!above.id && alone.length === 1))) {
        const whole = rowLabelIds(labelKey(above.label + labelText));
        if (whole.length === 1 && (alone.length ? whole[0] === alone[0] : !above.id || (tail && isUnitCell(tail[1]!)) || whole[0] === above.id)) {
          above.id = whole[0]!;
          above.label += labelText;
          // (the row named at last heads the breakdown under it, as it would have, named whole: 「其中：面向第一产业」)
          if (!above.child) {
            head = above.id;
            headUnit = above.unit;
            if (indicatorById(above.id)?.unit !== '%') countHead = above.id;
          }
          if (tail) {
            above.unit = tail[1]!;
            above.quote += '\n' + it.quote;
          }
          continue;
        }
      }
      // a label fragment: the label printed on its own line(s) above its unit and figures
      if (pendingLabel.length >= 3) pendingLabel.shift();
      if (labelText && !serial) pendingLabel.push(labelText);
      else if (labelText && serial) {
        pendingSerial = true;
        pendingLabel = [labelText];
      }
      continue;
    }

    let label = labelText;
    if (!unit) {
      const lu = label.includes(')') || label.includes('）') ? /[（(]([^（()）]{1,5})[)）]\s*(?:\*|\[\d{1,2}\]|[\u2460-\u2473])?$/.exec(label) : null;
      if (lu && isUnitCell(lu[1]!)) unit = lu[1]!;
    }
    if (!unit) unit = tableUnit;
    let continuation = false;
    // (「12 公益项目」/「培训学时 学时 38 150 42 760」: the row a numbered fragment opened goes on under it, its label the two joined
    // where they make a catalog label, even where the second alone makes another)
    const numberedFirst = pendingSerial && pendingLabel.length === 1 && !!label && rowLabelIds(labelKey(pendingLabel[0]! + label)).length > 0;
    if (numberedFirst) label = pendingLabel[0]! + label;
    else if (!label && pendingLabel.length) label = pendingLabel.join('');
    // 「毕业生本省去向落」/「实率 % 87.05 88.17」: a label broken mid-word, its end on the row of figures
    else if (label && pendingLabel.length && !rowLabelIds(labelKey(label)).length && rowLabelIds(labelKey(pendingLabel.join('') + label)).length) label = pendingLabel.join('') + label;
    else if (!label && lastLabel) {
      continuation = true;
    }
    pendingLabel = [];
    // 「1 专业对口」/「就业率（%） 79.6 81.3 +1.7」: a row of a label naming nothing and no figures, over a row whose label it
    // makes another indicator's, is that row's first half
    const bare = zoneRows[zoneRows.length - 1];
    // (「1 面向第一产业」/「就业（人） 21 18」: or a label naming something over a row whose label names nothing, the two
    // together a name)
    if (label && values.some((v) => v !== null) && bare && !bare.values.some((v) => v !== null) && bare.order >= it.order - 3 && (!rowLabelIds(labelKey(bare.label)).length || !rowLabelIds(labelKey(label)).length) && rowLabelIds(labelKey(bare.label + label)).length) {
      label = bare.label + label;
      zoneRows.pop();
    }
    const isSerial = serial || pendingSerial;
    pendingSerial = false;

    let id: string | null = null;
    const rowWarnings: EngineWarning[] = [];
    let child = false;
    if (continuation) {
      // e.g. the 学时 row under 教学计划内课程总数 (门): only a catalog entry named for that unit takes it
      const ids = idsForLabel(`${lastLabel}(${toHalfWidth(unit).trim()})`);
      id = ids.length === 1 ? ids[0]! : null;
      child = true;
    } else {
      // 「本市去向落实率」 in a municipality's report: the lexicon's 本省, as in its sentences
      const key = ownProvinceKey(labelKey(label), scope);
      const startsQi = label.includes('其') && /^(?:\d{1,2}\s*)?其中/.test(flatCell(label));
      // 「其中：专任教师总数」 then 「生师比」 flush left: the breakdown is over, the row is a top-level one again
      // (an indented row, 「　　民办」, stays in it; text layers lose indentation, so only a row whose catalog
      // entry is no one's part leaves the chain that way)
      // and only after a breakdown the template itself has (其中：专任教师总数 under 教职工总数): after 「在国外开办学校
      // 数 / 其中：专业数量」 a 「在校生数」 is still that school's)
      // (a text layer's row, its indentation lost, is taken as flush left: 「学校数 / 其中：公办 / 民办 / 开设专业大类」)
      const flushLeft: boolean = chain && lastWasSub && !startsQi && (!it.quote.includes('\t') || !/^[\s\u3000]/.test(it.quote));
      // 「在校生 | 94.2」 under 满意度（%）: who was asked names the indicator with the column's measure
      const named = hdr.measure && !key.includes('满意') ? idsForKey(key.replace(/^其中/, '') + hdr.measure) : rowLabelIds(key, level);
      const ids = !named.length && hdr.captionMeasure && !key.includes('满意') ? idsForKey(key.replace(/^其中/, '') + hdr.captionMeasure) : named;
      // (「专任教师 / 其中：“双师型”教师 / “双师型”教师占专任教师比例」: a rate after a breakdown of a count is no part of it)
      const rateAfterCounts = chain && !startsQi && !!head && indicatorById(head)?.unit !== '%' && ids.length > 0 && ids.every((x) => indicatorById(x)?.unit === '%');
      // (「学校数（所） / 其中：公办 / 民办 / 开设专业大类（个）」: a row the catalog does not know, counting something else, is
      // none of the head's parts either; 「升学 / 其中：对口升学 / 转段升学」, in the head's unit, may be; nor is a row the
      // template puts under another whole, 「学校数 / 其中：公办 / 民办 / 专业布点数」)
      const keyIds: string[] = flushLeft ? idsForKey(key) : [];
      // (「全日制在校生数（人） / 其中：五年制高职前三年在校生 / 毕业生数（人）」: after a part the catalog does not know, a row
      // it names no one's part, counted as the head is, is the head's sibling; 「在国外开办学校数（所） / 其中：专业数量 /
      // 在校生数（人）」 counts that school's students)
      const sibling = unknownPart && !startsQi && !!head && !!unit && unit === headUnit && ids.length > 0 && ids.every((x) => x !== head && !TEMPLATE_PARENTS[x]);
      const topLevel: boolean = rateAfterCounts || sibling || (flushLeft && (keyIds.length === 0 ? !!unit && !!headUnit && unit !== headUnit : keyIds.some((x) => !TEMPLATE_PARENTS[x]?.includes(head ?? ''))));
      child = startsQi || (chain && !isSerial && !topLevel);
      if (topLevel) chain = false;
      if (startsQi) chain = true;
      else if (isSerial) chain = false;
      // 「毕业去向落实人数 / 毕业去向落实率 / 其中：升学人数」: a rate between a count and its breakdown breaks down nothing
      const under = startsQi && head && countHead && indicatorById(head)?.unit === '%' && ids.every((x) => indicatorById(x)?.unit !== '%') ? countHead : head;
      id = pickId(ids, child, startsQi, under);
      if (!id && hdr.sumOf && SUM_ROW.test(flatCell(label))) id = hdr.sumOf;
      const wasSub = lastWasSub;
      lastWasSub = false;
      unknownPart = false;
      if (id) {
        // (a 其中 row taken as a part of the head's whole is under the head too: 「其中：直接就业」 under 毕业去向落实)
        const isSub: boolean = child && (!!TEMPLATE_PARENTS[id]?.includes(head ?? '') || (startsQi && !TEMPLATE_PARENTS[id]));
        lastWasSub = isSub;
        // a top-level row (or a sibling that opens a new group) becomes the head of what follows
        if (!isSub) {
          head = id;
          headUnit = unit;
          if (indicatorById(id)?.unit !== '%') countHead = id;
          if (!startsQi) chain = false;
        }
      } else if (!child) head = countHead = null;
      else {
        unknownPart = startsQi;
        // (「学校数 / 其中：公办 / 民办 / 其中：技工学校」「专任教师 / 其中：思政课教师 / 体育课专任教师」: a row the catalog
        // does not know, among breakdown rows or as a 其中 row under a whole the template breaks down, is one more of them)
        if (wasSub || (startsQi && head !== null && TEMPLATE_WHOLES.has(head))) lastWasSub = true;
      }
      lastLabel = key;
    }
    zoneRows.push({
      label,
      child,
      serial: isSerial,
      unit,
      values,
      valueYears,
      ...(textAfter ? { textAfter } : {}),
      quote: it.quote,
      page: it.page,
      order: it.order,
      at: it.row !== undefined ? { block: it.block, row: it.row } : { block: it.block },
      id,
      standard: zoneStandard,
      warnings: rowWarnings,
    });
    // the row's share, in its own column (a text line prints it as the second figure): the indicator whose
    // numerator the label names
    if (hdr.shareCol !== undefined && reportYear) {
      const row = zoneRows[zoneRows.length - 1]!;
      let share: number | null = null;
      if (positional) share = valueOfCell(cells[hdr.shareCol] ?? '')?.value ?? null;
      else if (values.length === 2) {
        share = values[1]!;
        row.values = [values[0]!];
      }
      const sid = share !== null ? shareIdFor(label, hdr.shareOf ?? '') : null;
      if (share !== null && sid) zoneRows.push({ ...row, child: false, unit: '%', values: [share], valueYears: [reportYear], id: sid, warnings: [...rowWarnings] });
    }
    // 「学校数（所） 22 14 36 22 13 35」 under 公办 | 民办 | 合计 by year: the school count's public and private parts
    if (hdr.kindCols && positional && zoneRows[zoneRows.length - 1]?.id === 'school_count') {
      const row = zoneRows[zoneRows.length - 1]!;
      hdr.kindCols.forEach((k, i) => {
        const v = k ? valueOfCell(cells[i] ?? '') : null;
        if (k && v) zoneRows.push({ ...row, child: false, values: [v.value], valueYears: [k.year], id: k.kind === '公办' ? 'school_count_public' : 'school_count_private', warnings: [...rowWarnings] });
      });
    }
    // each year's share beside its count, of the base the row names (or the column's own words)
    if (hdr.yearShares && positional) {
      const row = zoneRows[zoneRows.length - 1]!;
      const of = hdr.baseCol !== undefined && hdr.baseCol >= 0 ? (cells[hdr.baseCol] ?? '') : '';
      for (const ys of hdr.yearShares) {
        const share = valueOfCell(cells[ys.col] ?? '')?.value ?? null;
        const sid = share !== null ? shareIdFor(label, isDash(of) ? '' : of || ys.of) : null;
        if (share !== null && sid) zoneRows.push({ ...row, child: false, unit: '%', values: [share], valueYears: [ys.year], id: sid, warnings: [...rowWarnings] });
      }
    }
  }
  closeZone();
  const mark = meanMarkOf(items);
  return { candidates: mark ? out.filter((c) => !markedLabel(c.quote, mark)) : out, warnings };
}

/**
 * Cells split at single spaces with figures among them: merged where a figure of 1–3 digits is followed by groups of
 * exactly 3 (16 528 → 16528) when that leaves as many figures as the header has columns of figures (its years, with or
 * without the change columns after them) and the cells as split do not; null when the cells as split fit, or when no
 * group could be a thousands group; 'ambiguous' when neither reading fits.
 */
const COMMA_THOUSANDS = /\d,\d{3}(?!\d)/;
/** A figure with a plus sign: a change (+540), which no level is printed with. */
const SIGNED = /^\s*[+＋]\s*[0-9０-９]/;
/** How many change columns (增减, 同比) a header has after its last year. */
function changeColumns(hdr: Header): number {
  const last = hdr.years.findLastIndex((y) => y !== null);
  return (hdr.cells ?? []).filter((c, i) => i > last && !!c && CHANGE_COL.test(flatCell(c))).length;
}
/** Bare integers a single space sets apart, in one cell. */
const INTEGERS = /^[0-9]+ [0-9]+$/;
function spacedThousands(cells0: string[], counts: number[], years = 0): string[] | 'ambiguous' | null {
  // (「(11 580)」: a fall in brackets set off in thousands is one token)
  const cells = cells0.some((c) => /^\(\d{1,3}$/.test(c)) ? bracketsJoined(cells0) : cells0;
  // (the figures after the label and unit: a serial before the label is none of them)
  let first = cells.length;
  // (「(44)」: a fall printed in brackets, a change's figure)
  while (first > 0 && /^[-+]?\d[\d.]*%?$|^[-—–]$|^\(\d[\d.]*\)$/.test(cells[first - 1]!)) first--;
  if (!cells.slice(first + 1).some((c, k) => /^\d{3}(?:\.\d+)?%?$/.test(c) && /^\d{1,3}$/.test(cells[first + k]!))) return null;
  const figures = (cs: string[]) => cs.length - first;
  const size = (c: string) => Math.abs(Number(c.replace(/^\((.*)\)$/, '$1')));
  // (「升入本科人数 人 203 286 83」 under two years and a change: plain figures, as most rows' are)
  if (counts.includes(figures(cells))) return null;
  // every way to read the tokens as figures, each a lead of one to three digits and groups of exactly three after it
  const tokens = cells.slice(first);
  const readings: string[][] = [];
  // (past 64 readings the run is read by nobody: a reading found unique among some of them proves nothing)
  const read = (at: number, got: string[]): void => {
    if (readings.length > 64) return;
    if (at === tokens.length) {
      if (counts.includes(got.length)) readings.push([...got]);
      return;
    }
    let c = tokens[at]!;
    got.push(c);
    read(at + 1, got);
    got.pop();
    if (!/^[1-9]\d{0,2}$/.test(c)) return;
    for (let j = at + 1; j < tokens.length && /^\d{3}(?:\.\d+)?%?$/.test(tokens[j]!); j++) {
      c += tokens[j]!;
      got.push(c);
      read(j + 1, got);
      got.pop();
      if (/[.%]/.test(tokens[j]!)) break;
    }
  };
  read(0, []);
  if (readings.length > 64) return 'ambiguous';
  // (「562 740 548 600 14 140」 under 2024 | 2023 | 变动: of the readings, the one whose change is the years' difference)
  const fits = readings.length > 1 && years === 2 ? readings.filter((r) => r.length === 3 && Math.abs(Math.abs(Number(r[0]) - Number(r[1])) - size(r[2]!)) < 1e-6) : readings;
  if (fits.length !== 1) return 'ambiguous';
  return [...cells.slice(0, first), ...fits[0]!];
}

/** The cells with 「(11」「580)」 joined as 「(11580)」. */
function bracketsJoined(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const open = /^\(\d{1,3}$/.test(cells[i]!);
    let j = i + 1;
    while (open && j < cells.length && /^\d{3}$/.test(cells[j]!)) j++;
    if (open && j < cells.length && /^\d{3}\)$/.test(cells[j]!)) {
      out.push(cells.slice(i, j + 1).join(''));
      i = j;
    } else out.push(cells[i]!);
  }
  return out;
}

/**
 * 「注：*为校均值。」「带※的指标为院校平均值」: a note saying the rows whose label carries a mark are means over the
 * schools, not the region's totals. The mark, or null.
 */
const MEAN_NOTE = /^\s*(?:注|说明|备注)?\s*[:：]?\s*(?:[0-9]+[.．、]\s*)?(?:带|标有|标注|加)?\s*[“"]?([*＊※△▲#＃])[”"]?\s*(?:号)?\s*(?:的)?\s*(?:指标|数据|项目|数值|行)?\s*(?:为|表示|系|是|均为)\s*(?:各?院校|各?学校|全省|全市)?\s*(?:校均|平均|算术平均|中位)/;
const MEAN_HINT = /均|中位/;
const meanMarkOf = (items: Item[]) => noteMarkOf(items, MEAN_HINT, MEAN_NOTE, 80);
/** The mark a note on marked figures names (see MEAN_NOTE, STALE_NOTE): the first text or line the hint finds that it fits. */
function noteMarkOf(items: Item[], hint: RegExp, note: RegExp, longest = Infinity): string | null {
  for (const it of items) {
    const t = it.kind === 'text' ? it.text : it.kind === 'row' ? it.quote : '';
    if (t.length > longest || !hint.test(t)) continue;
    const m = note.exec(t);
    if (m) return m[1]!;
  }
  return null;
}
/** 「注：1.带*数据为上年度报告公布数」「※为原口径数据」: the mark of figures a note says a later count supersedes. */
const STALE_NOTE = /(?:带|标有|标注|加)?\s*[“"]?([*＊※△▲#＃])[”"]?\s*(?:号)?\s*(?:的)?\s*(?:指标|数据|项目|数值|数)?\s*(?:为|系|是)\s*(?:上一?年度?(?:质量)?(?:年度)?报告(?:公布|发布)?|原(?:统计)?口径|调整前)/;
const STALE_HINT = /报告|口径|调整前/;
const staleMarkOf = (items: Item[]) => noteMarkOf(items, STALE_HINT, STALE_NOTE);
/** A row with the cells that carry the stale mark after a figure emptied (a dash, read as no figure). */
function withoutStale(r: Row, mark: string): Row {
  const cells = r.cells.map((c) => (c.endsWith(mark) && /[0-9]\s*[*＊※△▲#＃]$/.test(c) ? '—' : c));
  return new Row(r.quote, cells, r.fromTable, r.page, r.order, r.block, r.row);
}
/** A row whose label (a name, then the mark) carries the mark. */
function markedLabel(quote: string, mark: string): boolean {
  const at = quote.indexOf(mark);
  return at > 0 && /[\u4e00-\u9fa5）)”]/.test(quote.charAt(at - 1)) && !/[0-9]/.test(quote.slice(0, at).replace(/^\s*[0-9]+\s+/, ''));
}

/**
 * The share indicator whose numerator a row's label names (「“双师型”教师」 → 双师型教师比例), of the column's
 * denominator when it names one; null unless exactly one fits.
 */
function shareIdFor(label: string, of: string): string | null {
  const key = labelKey(label);
  const named = [...idsForRowLabel(key + '比例'), ...idsForRowLabel(key + '占比')].filter((id) => indicatorById(id)?.unit === '%');
  if (new Set(named).size === 1) return named[0]!;
  const whole = of ? labelKey(of) : '';
  const fits = INDICATORS.filter(
    (e) => e.unit === '%' && e.shareZh.some((t) => labelKey(t) === key) && (!whole || !e.shareOfZh.length || e.shareOfZh.some((t) => labelKey(t) === whole)),
  );
  return fits.length === 1 ? fits[0]!.id : null;
}

/** A header row below the years naming what each year's columns hold: 「人数 | 占比（%） | 人数 | 占比（%）」. */
const SUB_HEADER_WORD = /^(?:人数|数量|个数|人|占比|比例|比重)(?:\((?:%|％|人)\))?$/;
/**
 * What else names a year's column under a merged header: the region's whole (全市, 合计) or its figure (数值,
 * 满意度（%）), a part of it (公办院校, 其中：民办), a survey's sample, a change's unit (（百分点）).
 */
const SPAN_WHOLE_WORD = /^(?:全[省市县区州盟旗]|全自治区|合计|总计|总数|小计|数值|指标值|满意度|满意率)(?:\((?:%|％)\))?$/;
/** 「2020年基数 | 2025年目标 | 2024年实际 | 完成情况」: a plan's base, target and progress beside the year's actual figures. */
const PLAN_SIDE_COL = new RegExp(`${TARGET_COL.source}|${BASE_COL.source}|^\\d{4}年?基(?:数|期值?)$|^(?:完成情况|完成进度|完成率|完成比例|进展情况|备注|说明)(?:\\([^()]{0,6}\\))?$`);
/** A column of one part of the region's schools beside its whole (公办院校 under a year that spans 全市 and its parts). */
// (「其中：淄博职业学院」: one school's column is a part as well)
// (「市属公办学校 | 区县公办学校 | 民办学校」「省属 | 市属 | 行业企业办」: the schools of one owner are a part too)
const SCHOOL_OWNER = '(?:省|市|区|县|州|盟|旗|区县|县区|县市区|部)(?:属|直属|直)|行业企业办?|行业办|企业办';
const PART_COL = new RegExp(`^(?:其中[:：]?)?(?:(?:(?:省|市|区|县|州|区县|县区|县市区)(?:属|直属|直)?|行业企业|行业|企业)?(?:公办|民办)|${SCHOOL_OWNER})(?:中职)?(?:院校|学校)?$|^其中[:：]?.{2,20}$`);
const SPAN_OTHER_WORD = new RegExp(`${PART_COL.source}|样本|问卷|^\\(?百分点\\)?$`);
const OF_WHICH_CELL = /^其中[:：]?$/;
const CHANGE_TAIL = /^(?:20\d\d(?:年度?|届)|上年|上届)(?:增减|增减量|变化|增长|增幅)(?:\([^()]{1,6}\))?$/;
/** 「合计 其中 合计 其中」 over 「公办 民办 公办 民办」: the line with each 其中 replaced by its equal share of the parts below, or null. */
function ofWhichSpans(cells: string[], parts: string[]): string[] | null {
  const filled = cells.filter(Boolean);
  const k = filled.filter((c) => OF_WHICH_CELL.test(flatCell(c))).length;
  const named = parts.filter(Boolean);
  if (!k || named.length % k !== 0 || filled.length !== cells.length || !isSubHeaderRow(parts)) return null;
  const per = named.length / k;
  let next = 0;
  return filled.flatMap((c) => (OF_WHICH_CELL.test(flatCell(c)) ? named.slice(next, (next += per)) : [c]));
}
function isSubHeaderRow(cells: string[]): boolean {
  let n = 0;
  for (const c of cells) {
    if (!c) continue;
    const w = flatCell(c);
    // (「…合计 | 上年增减」: a change column's word last)
    // (「2023年增减」 under 「2024年比」: a change column's header wrapped onto this line)
    // (「其中」 spanning the parts a third line names)
    if (!SUB_HEADER_WORD.test(w) && !SPAN_WHOLE_WORD.test(w) && !SPAN_OTHER_WORD.test(w) && !CHANGE_COL.test(w) && !CHANGE_TAIL.test(w) && !OF_WHICH_CELL.test(w)) return false;
    n++;
  }
  return n >= 2;
}

/** A cell that is a figure and its unit (「5404人」, 「84.9%」, 「3.2万人次」), or a change's arrow: no header's. */
const FIGURE_WITH_UNIT = /^[0-9][0-9,.]*\s*(?:万|亿)?\s*(?:[%％人个元所门本项名]|学时|人次|人日)$/;
const CHANGE_MARK = /^[↑↓→➝➔]$/;
/** (asked of every header-like line's cells: most open on neither a digit nor an arrow, and are asked no pattern) */
const figureOrMark = (c: string): boolean => !!c && ((c.length === 1 && CHANGE_MARK.test(c)) || (c.charCodeAt(0) >= 48 && c.charCodeAt(0) <= 57 && FIGURE_WITH_UNIT.test(c)));

/** A wrapped header cell's second line going on from the first: 「数（人）」「（人）」「人数（人）」「落实率（%）」「本科（人）」. */
const HEADER_GOES_ON = /^[\u4e00-\u9fa5“”]{0,6}(?:\([^()]{1,6}\))?$/;

/**
 * 「年份 | 学校数（所） | 招生数 | 在校生 …」 over 「合计 | 其中民办 | （人） | 数（人） …」, or 「… | 毕业去向落实 | 升学 …」 over
 * 「… | 人数（人） | 落实率（%） | （人） …」: a table by year whose header cells wrapped onto a second line, some header
 * spanning two or three columns. Each second-line piece goes on from its header (毕业生 + 数（人）, 毕业去向落实 +
 * 落实率 as 毕业去向落实率) or names a column of it (合计, 其中民办). Of the ways to share the pieces among the headers,
 * the one whose columns name the most distinct catalog indicators is taken; null when two tie or fewer than all
 * columns but one are named.
 */
function mergeWrappedByYear(top: string[], sub: string[], width: number, caption: string | null): string[] | null {
  const subject = caption ? captionSubject(caption) : '';
  const heads = top.slice(1).map(flatCell);
  const pieces = sub.filter((c) => c !== '').map(flatCell);
  // the first figure row says how many columns there are; a header may have no second line (生师比)
  const columns = width - 1;
  if (columns < heads.length || columns > heads.length + 3 || pieces.length > columns || !pieces.every((p) => HEADER_GOES_ON.test(p) || SPANNED_PART.test(p))) return null;
  let best: string[] | null = null;
  let bestScore = -1;
  let tie = false;
  // every way to give each header none to three pieces, in order
  const spans = new Array<number>(heads.length).fill(0);
  const visit = (i: number, left: number): void => {
    if (i === heads.length) {
      if (left !== 0) return;
      const labels: string[] = [];
      const alone = new Set<number>();
      let j = 0;
      for (let h = 0; h < heads.length; h++) {
        if (spans[h] === 0) alone.add(labels.push(heads[h]!) - 1);
        for (let k = 0; k < spans[h]!; k++) {
          const piece = pieces[j++]!;
          // (a header's 合计 comes first under it, its 其中… parts after it)
          if ((SPANNED_WHOLE.test(piece) && k > 0) || (SPANNED_PART.test(piece) && !SPANNED_WHOLE.test(piece) && k === 0)) return;
          // (only a count is split into 合计 and its parts, never a rate or a ratio: 生师比)
          if (SPANNED_PART.test(piece) && isRateHead(heads[h]!)) return;
          labels.push(wrappedLabel(heads[h]!, piece));
        }
      }
      if (labels.length !== columns) return;
      const ids = new Set<string>();
      // (named with its second line rather than alone: 「教职工」+「数（人）」 over 「教职工」 with its 数 given elsewhere)
      // (a label the catalog knows as printed, over one it only recognises)
      let joined = 0;
      let exact = 0;
      labels.forEach((l, k) => {
        const one = byYearColumnIds(l, subject);
        if (one.length !== 1) return;
        ids.add(one[0]!);
        if (!alone.has(k)) joined++;
        if (idsForLabel(l).length === 1) exact++;
      });
      const score = ids.size * 100 + exact * 10 + joined;
      if (score > bestScore) {
        bestScore = score;
        best = labels;
        tie = false;
      } else if (score === bestScore) tie = true;
      return;
    }
    for (let n = 0; n <= Math.min(3, left); n++) {
      spans[i] = n;
      visit(i + 1, left - n);
    }
  };
  visit(0, pieces.length);
  const named = Math.floor(bestScore / 100);
  return best && !tie && named >= 2 && named * 2 >= columns ? [top[0]!, ...(best as string[])] : null;
}

/**
 * 「毕业生 毕业去向 其中：毕 …」/「人数 落实人数 业生升学 …」/「（人） （人） 人数 …」/「（人）」: a header by year whose column names
 * wrapped over several lines, each line's pieces in column order but with no position to say which column each stands in.
 * Of the ways to share each line's pieces out in order among the columns, the one whose columns the catalog names the
 * most distinct ways (each name's brackets closed, one unit each) is taken: the column names, or null when two tie, the
 * ways are too many to try, or fewer than all columns but one are named.
 */
function stackedHeader(lines: string[][], columns: number, caption: string | null): string[] | null {
  if (columns < 2 || lines.some((l) => l.length > columns)) return null;
  const choose = (n: number, k: number): number => (k === 0 || k === n ? 1 : (choose(n - 1, k - 1) * n) / k);
  if (lines.reduce((ways, l) => ways * choose(columns, l.length), 1) > 20_000) return null;
  const subject = caption ? captionSubject(caption) : '';
  const pieces = lines.map((l) => l.map(flatCell));
  const labels = new Array<string>(columns).fill('');
  let best: string[] | null = null;
  let bestScore = -Infinity;
  let tie = false;
  const score = (): number => {
    const ids = new Set<string>();
    let exact = 0;
    let bad = 0;
    for (const l of labels) {
      const units = l.match(UNIT_BRACKET)?.length ?? 0;
      if (units > 1 || (l.split(/[(（]/).length !== l.split(/[)）]/).length)) bad++;
      const one = l ? byYearColumnIds(l, subject) : [];
      if (one.length !== 1) continue;
      // (「生师比（%）」: a unit its indicator is never counted in stands under another name)
      const unit = HEADER_UNIT.exec(toHalfWidth(l))?.[1];
      if (unit && convertUnit(1, unit, indicatorById(one[0]!)!.unit) === null) bad++;
      ids.add(one[0]!);
      if (idsForLabel(l).length === 1) exact++;
    }
    return ids.size * 100 + exact * 10 - bad * 1000;
  };
  // each line's pieces into an increasing run of columns, line after line
  const place = (line: number, piece: number, from: number): void => {
    if (line === pieces.length) {
      const s = score();
      if (s > bestScore) [bestScore, best, tie] = [s, [...labels], false];
      else if (s === bestScore) tie = true;
      return;
    }
    const row = pieces[line]!;
    if (piece === row.length) return place(line + 1, 0, 0);
    for (let c = from; c <= columns - (row.length - piece); c++) {
      const was = labels[c]!;
      labels[c] = was + row[piece]!;
      place(line, piece + 1, c + 1);
      labels[c] = was;
    }
  };
  place(0, 0, 0);
  const named = Math.floor(bestScore / 100);
  return best && !tie && bestScore >= 0 && named >= columns - 1 ? best : null;
}
const UNIT_BRACKET = /[(（](?:%|％|人|元|个|门|本|所|学时|课时|万元|项|人次|人日|Mbps|个\/生|元\/生|人\/门)[^()（）]*[)）]/g;

/** The ids a by-year table's column header names, as printed, as prose names it, or with the caption's subject. */
function byYearColumnIds(c: string, subject: string): string[] {
  const ids = idsForLabel(c);
  if (ids.length) return ids;
  const named = idsForRowLabel(labelKey(c));
  if (named.length) return named;
  // (「课堂育人」 under 「表4 在校生满意度（单位：%）」: a column named by what was rated, the caption's measure left out)
  if (subject && SURVEY_CAPTION.test(subject) && !SURVEY_CAPTION.test(c)) {
    const rated = idsForRowLabel(labelKey(`${flatCell(c)}满意度`));
    if (rated.length) return rated;
  }
  if (subject) return idsForRowLabel(labelKey(joinShared(subject, flatCell(c))));
  // (「共建开放型区域产教融合实践中心（个）」: a column named with the verb that made the things it counts)
  const made = ACT_LEAD.exec(c);
  return made ? byYearColumnIds(c.slice(made[0].length), '') : [];
}
const ACT_LEAD = /^(?:共建|建成|组建|开设|开发|建设)(?=[\u4e00-\u9fa5]{4})/;

/** What a by-year table's caption says it is about: 「表7 2020—2024年宝鸡市中职学校非学历培训情况」 -> 非学历培训. */
function captionSubject(caption: string): string {
  const s = toHalfWidth(caption)
    .replace(/\s+/g, '')
    .replace(/^(?:附)?表[0-9一二三四五六七八九十]+(?:[-—.．][0-9]+)?/, '')
    .replace(/^[0-9—\-–~至、年届]+/, '')
    .replace(/^[\u4e00-\u9fa5]{2,8}?[省市县区州盟]/, '')
    .replace(/^(?:全[省市县区])?(?:中等职业教育|中等职业学校|中职教育|中职学校|中职|职业学校)/, '')
    .replace(/(?:情况|统计|一览表?|概况|变化|数据)$/, '');
  return s.length >= 2 && s.length <= 10 ? s : '';
}

/** Two names joined, the words the first ends on and the second opens on printed once: 非学历培训 + 培训项目数. */
function joinShared(a: string, b: string): string {
  for (let k = Math.min(a.length, b.length); k >= 1; k--) if (a.endsWith(b.slice(0, k))) return a + b.slice(k);
  return a + b;
}

/** Whether a header names a rate or a ratio (生师比, 落实率（%）). */
function isRateHead(head: string): boolean {
  const named = idsForLabel(head);
  const ids = named.length ? named : idsForRowLabel(labelKey(head));
  return ids.length > 0 && ids.every((id) => { const u = indicatorById(id)?.unit; return u === '%' || u === ':1'; });
}

/**
 * A header's second line read under the first: each piece below stands under the header cell that spans it (the cell
 * above it, or the last named one before a run of empty cells) and is named from the two; a cell with nothing below
 * keeps its own name. Null where a piece has no header or is no name of one.
 */
function underSpans(top: string[], sub: string[], name: (head: string, piece: string) => string | null): string[] | null {
  const out: string[] = [];
  let head = '';
  for (let i = 0; i < Math.max(top.length, sub.length); i++) {
    const t = flatCell(top[i] ?? '');
    const piece = flatCell(sub[i] ?? '');
    if (t) head = t;
    if (!piece) {
      // (an empty cell of the header's own row spans nothing below it: the header is broken)
      if (!t) return null;
      out.push(t);
      continue;
    }
    const named = head && i > 0 ? name(head, piece) : null;
    if (!named) return null;
    out.push(named);
  }
  return out;
}

/** 「年份 | 学校数 | | | 招生数」 over 「 | 公办 | 民办 | 合计 | 」: the whole (合计) takes the header's name, the parts their own. */
function alignSpanned(top: string[], sub: string[]): string[] | null {
  if (sub[0] || sub.length > top.length || !sub.some((c) => !!c && SPANNED_PART.test(flatCell(c)))) return null;
  // (「编写教材（本）」 over 「合计 | 国家规划教材 | 校企合作编写」: a piece that is no part word is named as a group's piece is)
  return underSpans(top, sub, (head, piece) => (SPANNED_PART.test(piece) ? wrappedLabel(head, piece) : HEADER_GOES_ON.test(piece) ? groupPiece(head, piece) : null));
}

/**
 * 「年份 | 在校生 | | … | 毕业生 | | | 教职工」 over 「 | 总体 | 课堂育人 | … | 总体 | 应届毕业生 | …」: those asked over what they were
 * asked about, 总体 the group's own figure.
 */
function alignSurveyGroups(top: string[], sub: string[]): string[] | null {
  if (sub[0] || sub.length > top.length || !sub.some((c) => !!c && SURVEY_OVERALL.test(flatCell(c)))) return null;
  return underSpans(top, sub, (head, piece) => (SURVEY_OVERALL.test(piece) ? head : piece));
}

/**
 * 「年份 | 教职工（人） | | 专任教师结构 | … | 生师比」 over 「 | 额定编制数 | 教职工总数 | 专任教师数（人） | …」: a spreadsheet's groups
 * over their columns, each column named by its piece under the group (with the group's words and unit where the two make
 * a catalog name). A piece that names nothing with or without its group leaves its column unknown; a bare part word
 * (升学, 男) never names a column alone.
 */
function alignGroups(top: string[], sub: string[]): string[] | null {
  if (sub[0] || !(sub.length > top.length || top.some((c, i) => i > 0 && !!c && i + 1 < top.length && !top[i + 1]))) return null;
  const pieces = sub.filter(Boolean);
  if (pieces.length < 2 || pieces.some((c) => /\d/.test(c.replace(BRACKETED, '')))) return null;
  return underSpans(top, sub, groupPiece);
}
const PART_SAID = /^其中\s*[:：]?\s*/;
function groupPiece(head: string, piece: string): string {
  return namedPiece(head, piece).name;
}
/**
 * A piece's column name under its group, and how well the catalog knows it: with the group's words (2), alone in the group's
 * unit (1.5), alone (1), or not (0).
 */
function namedPiece(head: string, piece: string): { name: string; fit: number } {
  if (SPANNED_WHOLE.test(piece)) return { name: head, fit: byYearColumnIds(head, '').length === 1 ? 2 : 0 };
  const unit = HEADER_UNIT.exec(head)?.[0] ?? '';
  const base = unit ? head.slice(0, -unit.length) : head;
  const part = piece.replace(PART_SAID, '');
  const dated = (name: string) => (HEADER_UNIT.test(name) ? name : name + unit);
  const own = HEADER_UNIT.test(part) ? part.slice(0, part.length - HEADER_UNIT.exec(part)![0].length) : part;
  const rest = part.slice(own.length);
  // (「编制与教师（人）」 over 「年财政专项经费（万元）」: a group's unit its piece cannot be counted in is no group of that piece)
  const counted = (name: string) => {
    const ids = byYearColumnIds(name, '');
    return ids.length === 1 && (!unit || convertUnit(1, unit.slice(1, -1), indicatorById(ids[0]!)!.unit) !== null);
  };
  const joined = [joinShared(base, part), joinShared(own, base) + rest, ...wovenNames(base, own).map((n) => n + rest)].map(dated).find(counted);
  if (joined) return { name: joined, fit: 2 };
  // (a bare part word, 升学 or 男, names a column alone only under a group that names no indicator itself)
  const alone = own.length >= 4 || byYearColumnIds(head, '').length === 0 ? dated(part) : null;
  if (alone && counted(alone)) return { name: alone, fit: unit ? 1.5 : 1 };
  return { name: dated(joinShared(base, part)), fit: 0 };
}

/**
 * 「年份 | 教职工（人） | 专任教师结构 | 生师比」 over 「额定编制数 | 教职工总数 | 专任教师数（人） | …」, rows 8 cells wide: a text layer
 * prints no empty cells, so which group each piece of a spreadsheet's second header line stands under is lost. The widths
 * say how many groups have pieces; of the ways to hang the pieces under groups in order, the one whose every piece the
 * catalog names (with its group's words before alone) is taken, where exactly one way is best. Null otherwise.
 */
function inferGroups(top: string[], sub: string[], width: number): string[] | null {
  const heads = top.length - 1;
  const groups = heads + sub.length + 1 - width;
  // (「公办 | 民办 | 合计」: parts by who runs the schools, under any count, stand where the rows add up, or nowhere: see
  // droppedCells.ts)
  if (groups < 1 || groups > Math.min(heads, sub.length) || sub.length < 2 || top.some((c) => !c) || sub.some((c) => !c || /\d/.test(c.replace(BRACKETED, '')) || RUN_BY.test(flatCell(c)))) return null;
  const fits = new Map<string, ReturnType<typeof namedPiece>>();
  const fitOf = (head: string, piece: string) => fits.get(head + '|' + piece) ?? fits.set(head + '|' + piece, namedPiece(head, piece)).get(head + '|' + piece)!;
  let best: string[] | null = null;
  let bestScore = -1;
  let tie = false;
  let tried = 0;
  for (const chosen of choose(heads, groups))
    for (const cuts of choose(sub.length - 1, groups - 1)) {
      if (++tried > 20000) return null;
      const bounds = [0, ...cuts.map((c) => c + 1), sub.length];
      const names = [top[0]!];
      let score = 0;
      let g = 0;
      let named = true;
      for (let h = 1; h <= heads && named; h++) {
        if (!chosen.includes(h - 1)) {
          names.push(top[h]!);
          score += byYearColumnIds(top[h]!, '').length === 1 ? 1 : 0;
          continue;
        }
        for (const piece of sub.slice(bounds[g]!, bounds[g + 1]!)) {
          const f = fitOf(top[h]!, piece);
          if (!f.fit) named = false;
          names.push(f.name);
          score += f.fit;
        }
        g++;
      }
      if (!named) continue;
      const ids = names.slice(1).map((n) => byYearColumnIds(n, '')).filter((x) => x.length === 1).map((x) => x[0]!);
      if (new Set(ids).size < ids.length) continue;
      if (score > bestScore) [best, bestScore, tie] = [names, score, false];
      else if (score === bestScore) tie = true;
    }
  return best && !tie ? best : null;
}
const RUN_BY = /^(?:公办|民办)$/;
/** Every way to pick k of 0…n−1, in increasing order. */
function* choose(n: number, k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - k; i++) for (const rest of choose(n, k - 1, i + 1)) yield [i, ...rest];
}
/** The measure words a group's or a piece's name may end on, which the other's words go before. */
const MEASURE_TAIL = /(?:人数|经费|数量|数|测试|教材|课程)$/;
/**
 * A group and a piece woven into one name: the piece before the group's measure word (实习经费 + 责任保险: 实习责任保险经费), or the
 * group in place of the word the two end on, or before the piece's measure word (体质健康测试 + 参加测试人数: 参加体质健康测试人数;
 * 行业导师 + 聘请人数: 聘请行业导师人数).
 */
function wovenNames(group: string, piece: string): string[] {
  const out: string[] = [];
  const gTail = MEASURE_TAIL.exec(group)?.[0];
  if (gTail && group.length > gTail.length) out.push(group.slice(0, -gTail.length) + (piece.endsWith(gTail) ? piece : piece + gTail));
  if (gTail && piece.includes(gTail) && !piece.endsWith(gTail)) out.push(piece.replace(gTail, group));
  const pTail = MEASURE_TAIL.exec(piece)?.[0];
  if (pTail && piece.length > pTail.length) out.push(piece.slice(0, -pTail.length) + group + pTail);
  return out;
}

/** 「调查项目 | 满意度 | | 有效样本 |」 over 「 | 2023年 | 2024年 | 2023年 | 2024年」: each column its year's measure (2023年满意度). */
function yearsUnderMeasures(top: string[], sub: string[]): string[] | null {
  if (top.some((c) => !!c && yearOfHeaderCell(c) !== null) || sub.filter((c) => !!c && yearOfHeaderCell(c) !== null).length < 2 || sub.some((c) => !!c && yearOfHeaderCell(c) === null)) return null;
  // 「毕业去向 | 人数（人） | | 占比（%） |」 over 「 | 2023届 | 2024届 | 2023届 | 2024届」: a count's years, then its shares' years; the
  // counts are read by their years, the shares by nobody (each column names its measure alone)
  const heads = top.slice(1).filter(Boolean).map(flatCell);
  if (heads.length >= 2 && COUNT_GROUP.test(heads[0]!) && heads.slice(1).every((h) => SHARE_GROUP.test(h))) return underSpans(top, sub, (head, year) => (COUNT_GROUP.test(flatCell(head)) ? year : head));
  return underSpans(top, sub, (head, year) => `${year}${head}`);
}
/**
 * A header's second line naming what each column above it holds (本年, 上年, 数值, a year), right-aligned under them: the
 * header with each year its column's own; null where a line's cell says anything else, a conflict where it names a
 * year the column above contradicts.
 */
function qualifiedBelow(top: string[], sub: string[], reportYear: number | null): string[] | 'conflict' | null {
  const heads = top.filter(Boolean);
  const under = sub.filter(Boolean);
  if (heads.length !== top.length || under.length < 2 || under.length !== heads.length - 1) return null;
  const out = [heads[0]!];
  for (let i = 1; i < heads.length; i++) {
    const [head, q] = [heads[i]!, flatCell(under[i - 1]!)];
    const year = yearOfHeaderCell(q.replace(/^\((.*)\)$/, '$1'));
    const above = yearOfHeaderCell(head);
    if (year === null && !VALUE_COL.test(q) && !LAST_YEAR_COL.test(q)) return null;
    if (above !== null) {
      // (「2024年」 over 「上年」: what the column holds said two ways that disagree)
      const said = year ?? (reportYear === null ? null : LAST_YEAR_COL.test(q) ? reportYear - 1 : THIS_YEAR_COL.test(q) ? reportYear : null);
      if (said !== null && said !== above) return 'conflict';
      out.push(head);
    } else out.push(year !== null ? `${head}（${year}年）` : head);
  }
  return out;
}
/** A count's and a share's name heading their runs of year columns (see yearsUnderMeasures). */
const COUNT_GROUP = /^(?:人数|数量|个数)(?:\((?:人|个)\))?$/;
const SHARE_GROUP = /^(?:占比|比例|比重)(?:\((?:%|％)\))?$/;

/** A header and the piece of its second line: the header's own figure (合计), a part (其中民办), or the header going on. */
function wrappedLabel(head: string, piece: string): string {
  if (SPANNED_WHOLE.test(piece)) return head;
  if (SPANNED_PART.test(piece)) return piece;
  // (「毕业去向落实」 + 「落实率（%）」: the words the two lines share are printed once)
  return joinShared(head, piece);
}

/**
 * 「指标 | 单位 | 2023年度 | | | 2024年度 | |」 over 「 | | 全市 | 公办院校 | 民办院校 | 全市 | …」: a year spans the empty cells after it,
 * each named by the row below, in place. Only the column that is the region's whole (全市, 满意度（%）) takes the year;
 * its parts and a survey's samples are other columns. Null when the rows do not line up cell for cell.
 */
function mergeSpannedHeader(cells: string[], sub: string[]): string[] | null {
  // (the empty cells a header row ends on may be dropped: 「…| 2024年度 | |」 comes as 「…| 2024年度」)
  if (cells.length > sub.length) return null;
  const top = cells.length < sub.length ? [...cells, ...new Array<string>(sub.length - cells.length).fill('')] : cells;
  if (!top.some((c, i) => !!c && yearOfHeaderCell(c) !== null && i + 1 < top.length && !top[i + 1])) return null;
  // (「2023年 | 2024年」 side by side: no year spans empty cells there, the row below names each year's columns; unless
  // each year before the last spans its whole alone and the last spans the rest, 「2023年 | 2024年 | |」 over 「合计 | 合计 | 公办
  // | 民办」)
  const lastYear = top.reduce((at, c, i) => (c && yearOfHeaderCell(c) !== null ? i : at), -1);
  const alone = (i: number) => !!top[i + 1] && yearOfHeaderCell(top[i + 1]!) !== null;
  // (the row below as wide as the header, its first cell under the label column's empty: its cells stand under the years')
  if (top.some((c, i) => !!c && yearOfHeaderCell(c) !== null && alone(i) && !(!sub[0] && sub.length === top.length && SUM_WORD.test(flatCell(sub[i] ?? '')) && top.slice(lastYear + 1).every((t) => !t)))) return null;
  // (「人数 | 占比（%）」 under each year: counts and shares by year, which mergeSubHeader names)
  if (sub.some((c) => !!c && SUB_HEADER_WORD.test(flatCell(c)))) return null;
  let year: number | null = null;
  let taken = false;
  // (「2023年 | | | 2024年」 over 「合计 | 公办 | 民办 | 合计 | 公办 | 民办」: the year's whole, then its kinds of school, as
  // mergeSubHeader names them)
  const kinds: ({ year: number; kind: '公办' | '民办' } | null)[] = [];
  const out = top.map((c, i) => {
    const w = flatCell(sub[i] ?? '');
    kinds.push(null);
    if (c) {
      year = yearOfHeaderCell(c);
      taken = false;
      if (year === null) return c + (sub[i] ?? '');
    }
    if (year === null) return sub[i] ?? '';
    if (!taken && (SPAN_WHOLE_WORD.test(w) || (!w && !c))) {
      taken = true;
      // (「满意度（%）」 keeps its measure; 「全市」 is the year's plain column)
      return /^(?:满意度|满意率)/.test(w) ? `${year}年${w}` : `${year}年`;
    }
    const kind = taken ? KIND_WORD.exec(w)?.[1] : undefined;
    if (kind) kinds[i] = { year, kind: kind as '公办' | '民办' };
    return w || '—';
  });
  if (kinds.some(Boolean)) KIND_COLS.set(out, kinds);
  return out;
}
const KIND_WORD = /^(?:其中[:：]?)?(公办|民办)(?:院校|学校)?$/;
const SUM_WORD = /^(?:合计|总计|小计|全[市县区省州盟旗])$/;

/**
 * The two rows of a merged header as one: the cells before the first year, then each year's columns as the row
 * below names them, the first of each taking the year (2023年人数 | 占比（%） | 2024年人数 | 占比（%）); null when
 * the row below does not name as many columns for every year.
 */
function mergeSubHeader(cells: string[], sub: string[]): string[] | null {
  // (「2023年 | 2024年」 on a line of their own, the label column's 「指标」 on the line above: the label column is named so)
  const top = cells[0] && yearOfHeaderCell(cells[0]) !== null ? ['指标', ...cells] : cells;
  const first = top.findIndex((c) => !!c && yearOfHeaderCell(c) !== null);
  if (first < 1) return null;
  // (「… | 2024年 | 同比变化」 over 「… | 满意度（%） | （百分点）」: the columns after the years name their own words last)
  const last = top.reduce((at, c, i) => (c && yearOfHeaderCell(c) !== null ? i : at), -1);
  const years = top.slice(first, last + 1).filter((c) => !!c).map((c) => yearOfHeaderCell(c));
  if (years.some((y) => y === null)) return null;
  const after = top.slice(last + 1).filter((c) => !!c);
  const all = sub.filter((c) => !!c);
  const words = all.length % years.length && after.length && (all.length - after.length) % years.length === 0 ? all.slice(0, all.length - after.length) : all;
  if (words.length % years.length) return null;
  const per = words.length / years.length;
  const out = top.slice(0, first);
  // (「全市 | 公办院校 | 民办院校」 under each year: the whole takes the year, its parts are other columns)
  const whole = words.slice(0, per).findIndex((w) => SPAN_WHOLE_WORD.test(flatCell(w)));
  const kinds: ({ year: number; kind: '公办' | '民办' } | null)[] = out.map(() => null);
  years.forEach((y, j) =>
    words.slice(j * per, (j + 1) * per).forEach((w, k) => {
      const kind = whole >= 0 ? KIND_WORD.exec(flatCell(w))?.[1] : undefined;
      kinds.push(kind ? { year: y!, kind: kind as '公办' | '民办' } : null);
      if (whole < 0) out.push(k === 0 ? `${y}年${w}` : w);
      else out.push(k === whole ? (/^(?:满意度|满意率)/.test(w) ? `${y}年${w}` : `${y}年`) : w);
    }),
  );

  if (words !== all) after.forEach((c, k) => out.push(c + (all[words.length + k] ?? '')));
  while (kinds.length < out.length) kinds.push(null);
  if (kinds.some(Boolean)) KIND_COLS.set(out, kinds);
  return out;
}

/** The 公办/民办 columns mergeSubHeader found, by the merged header they belong to. */
const KIND_COLS = new WeakMap<string[], ({ year: number; kind: '公办' | '民办' } | null)[]>();

/** Two headers with the same words and years in the same order (wherever their cells fall). */
/** A header line's words, its empty cells left out (a text layer drops them, a table keeps them). */
const topOf = (cells: string[]): string => cells.filter(Boolean).map(flatCell).join('|');

function sameHeader(a: Header, b: Header): boolean {
  const words = (h: Header) => (h.cells ?? []).join('').replace(/\s+/g, '');
  return words(a) === words(b) && a.yearList.join() === b.yearList.join();
}

/**
 * Whether a row's cells sit in the header's columns: a serial (or nothing) under 序号, no figure under the
 * label, nothing in an unnamed column before the years. A row read from text positions whose cells are
 * shifted against the header's (centred header text, left-aligned cells) is read in order instead.
 */
function fitsHeader(cells: string[], hdr: Header): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (!c || hdr.years[i] != null) continue;
    if (i === hdr.serialCol) {
      if (!SERIAL.test(c)) return false;
    } else if (i === hdr.labelCol) {
      if (valueOfCell(c) && !isDash(c)) return false;
    } else if (i !== hdr.unitCol && !hdr.cells?.[i]) return false;
  }
  return true;
}

/** Among same-named ids, the parent row decides; a sub-row never becomes a top-level indicator. */
function pickId(ids: string[], child: boolean, startsQi: boolean, head: string | null): string | null {
  if (ids.length === 0) return null;
  const fits = (id: string) => {
    const parents = TEMPLATE_PARENTS[id];
    if (!child) return true;
    if (parents) {
      if (head ? parents.includes(head) : !startsQi) return true;
      // 「在校生总体满意度 / 其中：课堂育人满意度 … / 应届毕业生满意度」: a part of the head's sibling (毕业生满意度,
      // a row the table left out) ends the head's breakdown
      // (「毕业去向落实率 / 其中：升学人数」: 其中 under a rate breaks down the count the rate is of, in the rate's group)
      const h = head ? indicatorById(head) : undefined;
      return (!startsQi || h?.unit === '%') && !!h && !TEMPLATE_PARENTS[head!] && parents.every((p) => indicatorById(p)?.group === h.group);
    }
    // a top-level indicator printed as 其中… is someone else's breakdown (其中：在校生数), unless the head row is its
    // whole or a part of the same whole (「毕业去向落实 / 其中：直接就业」, both parts of 毕业生)
    if (startsQi) return !!head && PART_OF.some(([p, w]) => p === id && (w === head || PART_OF.some(([q, v]) => q === head && v === w)));
    if (!head) return true;
    return indicatorById(head)?.group === indicatorById(id)?.group;
  };
  // most labels name one indicator
  if (ids.length === 1) return fits(ids[0]!) ? ids[0]! : null;
  const ok = ids.filter(fits);
  if (ok.length === 1) return ok[0]!;
  if (ok.length > 1 && head) {
    const under = ok.filter((id) => TEMPLATE_PARENTS[id]?.includes(head));
    if (under.length === 1) return under[0]!;
  }
  return ok.length >= 1 && !child ? ok[0]! : null;
}

/**
 * A by-part header whose measures each span the same run of years (院校数（所） over 2023年 | 2024年, 在校生数（人） over
 * 2023年 | 2024年): one column per measure and year. Null unless the years repeat alike under every measure.
 */
function spreadOverYears(h: Header, years: string[]): Header | null {
  const measures = h.cells!.slice(1);
  if (!measures.length || measures.some((m) => !m)) return null;
  // (a change column, 增长（%）, spans both header rows: it takes no year)
  const datable = measures.flatMap((m, k) => (CHANGE_COL.test(flatCell(m)) ? [] : [k + 1]));
  if (!datable.length) return null;
  const ys = years.map((y) => yearOfHeaderCell(y)!);
  const per = years.length % datable.length === 0 ? years.length / datable.length : 0;
  // each measure over the same run of years; or (「学校名称 | 举办性质 | 在校生（人） | 招生（人） | 专任教师（人）」 over 「2023年
  // 2024年 2023年 2024年 2024年」) runs that differ, under the measures that end the header, the columns before them spanning
  // both lines and naming no indicator
  const alike = per >= 2 && ys.every((y, k) => y === ys[k % per]);
  const runs = alike ? null : yearRuns(years);
  if (!alike && (!runs || runs.length > datable.length || datable.slice(0, datable.length - runs.length).some((c) => h.colIds![c]))) return null;
  const dated = alike ? datable : datable.slice(datable.length - runs!.length);
  const runOf = (d: number) => (alike ? ys.slice(d * per, d * per + per) : runs![d]!);
  const cols: number[] = [0];
  const colYears: (number | null)[] = [null];
  for (let c = 1; c < h.width; c++) {
    const d = dated.indexOf(c);
    for (const y of d < 0 ? [null] : runOf(d)) {
      cols.push(c);
      colYears.push(y);
    }
  }
  return {
    ...h,
    cells: cols.map((c) => h.cells![c]!),
    colIds: cols.map((c, k) => (k === 0 || colYears[k] === null ? null : h.colIds![c]!)),
    colUnits: cols.map((c) => h.colUnits?.[c] ?? ''),
    colYears,
    width: cols.length,
  };
}

/**
 * The ids a row label names; 「中等职业教育财政专项经费（万元）」 names its indicator with the level of school it is of
 * before it, which every figure of the report is of.
 */
function rowLabelIds(key: string, level?: string | null): string[] {
  const ids = idsForRowLabel(key);
  if (ids.length) return ids;
  // (「中职全日制在校生」「中职招生人数」 in a 中职 report: its own level's short name before the label)
  const own = level ? OWN_LEVEL_SHORT[level] : undefined;
  const owned = own?.test(key) ? rowLabelIds(key.replace(own, '')) : [];
  if (owned.length) return owned;
  // (「互联网出口带宽（合计）」: a bracket saying the row is the sum names no other indicator)
  if (SUM_NOTE.test(key)) return rowLabelIds(key.replace(SUM_NOTE, ''));
  // (「专业数量（专业布点）」「月收入（平均）」: a name glossed in brackets, the gloss naming nothing else and taking nothing in)
  const glossed = key.endsWith(')') ? GLOSSED.exec(key) : null;
  // (「全日制在校生数（临桂区）」: a place in the brackets is one of the region's parts, no gloss)
  if (glossed && !/^(?:含|包括|包含)/.test(glossed[2]!) && !PART_PLACE_GLOSS.test(glossed[2]!)) {
    const named = idsForRowLabel(glossed[1]!);
    const gloss = idsForRowLabel(glossed[2]!);
    if (named.length && gloss.every((x) => named.includes(x))) return named;
  }
  // (「具备中等学历教育招生资质的中职学校数」: a count named as its noun's 数, where the noun alone names the count)
  if (key.length > 3 && key.endsWith('数') && !key.endsWith('人数')) {
    const noun = idsForRowLabel(key.slice(0, -1));
    if (noun.length && noun.every((id) => COUNTED_IN.has(indicatorById(id)?.unit ?? ''))) return noun;
  }
  if (!LEVEL_PREFIX.test(key)) return ids;
  return idsForRowLabel(key.replace(LEVEL_PREFIX, ''));
}
/** A place other than the region's whole: 「临桂区」「枣阳市」 (not 全市, 本区). */
const PART_PLACE_GLOSS = /^(?![全本我])[\u4e00-\u9fa5]{1,10}(?:省|市|县|区|州|旗|盟)$/;
/** Units of what is counted (schools, people, majors…): what 「…数」 after a noun counts. */
const COUNTED_IN = new Set(['所', '人', '个', '项', '门', '本']);
const GLOSSED = /^([^()]{2,30})\(([^()]{1,12})\)$/;
const SUM_NOTE = /\((?:合计|总计|小计|全市|全县|全区)\)$/;
const TRAILING_BRACKET = /\([^()]*\)$/;
/** A line of English words alone: a bilingual table's gloss. */
const ENGLISH_ONLY = /^\s*[A-Za-z][A-Za-z\s'’\-&,./]*$/;
/** A section's number before its title: 「一、」「（一）」「1.」. */
const SECTION_NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、．](?!\d))\s*/;
/** A row's bracket naming the year it is of: 「（上年）」「（2022年）」; the year, if named. */
const ROW_OF_YEAR = /\((?:(20\d\d)年?度?|上一?年度?|上一?学年|去年)\)$/;
const KIND_SUM = /(?<=.{2})(?:小计|合计)$/;
/** A row of another kind of school than vocational ones, beside the report's own (技工院校 belong to the labour departments). */
const OTHER_KIND_ROW = /^(?:技工学校|技工院校|技师学院|普通高中|普高|综合高中)$/;
/** A row of the schools some run (公办/民办), as its label prints it (其中：公办, 民办学校). */
const RUN_BY_ROW = /^(?:其中[:：]?)?(公办|民办)(?:学校|院校|中职学校|中等职业学校)?$/;

/** The count of schools a 公办 or 民办 row gives under the schools' column, as that part's indicator. */
function readRunBy(it: Extract<Item, { kind: 'row' }>, cells: string[], hdr: Header, id: string, standard: boolean, out: Candidate[]): void {
  // (each year's schools' column where the measures are spread over years: 「学校数 2023年 | 2024年 | 在校生 2023年 | …」)
  hdr.colIds!.forEach((colId, col) => {
    const c = colId === 'school_count' && col > 0 ? columnCandidate(it, hdr, col, id, cells[col] ?? '', '', hdr.sumYear!, standard) : null;
    if (c) out.push(c);
  });
}

/** A by-part or by-year table's figure under column i, as indicator id, in the year given unless the column has its own. */
function columnCandidate(it: Extract<Item, { kind: 'row' }>, hdr: Header, i: number, id: string, cell: string, unit: string, year: number, standard: boolean): Candidate | null {
  const v = valueOfCell(cell);
  if (!v) return null;
  const entry = indicatorById(id)!;
  const value = convertUnit(v.value, v.unit || unit || hdr.colUnits?.[i] || '', entry.unit);
  // a count with a fraction (92.45 under 教职工) is a column of some other measure
  if (value === null || (COUNTED.has(entry.unit) && !Number.isInteger(value))) return null;
  return {
    id,
    year: hdr.colYears?.[i] ?? year,
    value,
    unit: entry.unit,
    quote: it.quote,
    source: 'table',
    confidence: hdr.partsMayNotCover ? 0.6 : hdr.inferred || hdr.colShort?.[i] ? 0.8 : 0.9,
    warnings: hdr.partsMayNotCover
      ? [warning('scope_unsure', "the sum of a college's own schools, which may not count every department")]
      : hdr.colShort?.[i]
        ? [warning('label_shortened', `the column is named in short (${hdr.colShort[i]}); read as this indicator by its words`, { label: hdr.colShort[i]! })]
        : [],
    page: it.page,
    standard,
    order: it.order,
    at: it.row !== undefined ? { block: it.block, row: it.row } : { block: it.block },
  };
}
const OWN_LEVEL_SHORT: Record<string, RegExp> = { secondary: /^中职(?=[\u4e00-\u9fa5]{3})/, higher: /^高职(?=[\u4e00-\u9fa5]{3})/ };
const LEVEL_PREFIX = /^(?:中等职业教育|中职教育|高等职业教育|高职教育)(?=[\u4e00-\u9fa5]{4})/;

function readTransposedRow(
  it: Extract<Item, { kind: 'row' }>,
  cells: string[],
  hdr: Header,
  standard: boolean,
  out: Candidate[],
  level?: string | null,
) {
  const first = cells[0] ?? '';
  // by part: the sum row only (合计, 全县), in the year the table is of
  const label = hdr.sumYear !== undefined ? flatCell(first) : '';
  // (「中等职业教育 | 26 | 52,436 …」「高等职业教育 | 4 | …」「合计 | 30 | …」: with the levels as the parts, the report's
  // own level is its row, and the sum takes the other level in)
  // (「中等职业学校（教育部门） | 4 | …」「技工学校（人社部门） | 2 | …」「合计 | 6 | …」: another kind of school as a part, likewise;
  // the bracket says who runs the kind, not which kind it is; 「中等职业学校小计」 under its schools' rows is the kind's sum)
  const kind = label.replace(TRAILING_BRACKET, '').replace(KIND_SUM, '');
  const ownLevel = !!label && !!level && OWN_KIND_COL[level]?.test(kind);
  if (label && ((level && OWN_KIND_COL[level === 'higher' ? 'secondary' : 'higher']!.test(kind)) || OTHER_KIND_ROW.test(kind))) (hdr.levelRows ??= { own: false, other: false }).other = true;
  if (ownLevel) (hdr.levelRows ??= { own: false, other: false }).own = true;
  const sum = hdr.sumYear !== undefined && (ownLevel || (SUM_ROW.test(label) && !hdr.levelRows));
  // (「合计 | 公办 | 74 | 383,123 …」「全市 | 公办小计 | 17 | …」: the sum of one kind of school, the whole's row being another)
  if (sum && /^(?:公办|民办)(?:学校|院校)?(?:小计|合计)?$/.test(flatCell(cells[1] ?? ''))) return;
  // 「其中：公办 | 3 | 3466 …」「民办 | 1 | 246 …」 under the whole's row, or as the parts of a sum row: the schools' column counts
  // the public and the private schools (of the report's own kind only: none once another kind's row was seen)
  const runBy = hdr.sumYear !== undefined && !sum ? RUN_BY_ROW.exec(label)?.[1] : undefined;
  if (runBy && hdr.sumYear !== null && !hdr.levelRows?.other && (it.fromTable || cells.length === hdr.width)) readRunBy(it, cells, hdr, runBy === '公办' ? 'school_count_public' : 'school_count_private', standard, out);
  if (hdr.sumYear !== undefined && !sum) {
    // a drawn table keeps its cells' places (its empty last cells aside); a text line keeps them only when whole
    // kept to be asked only if a sum row lost a cell (most never do)
    if (it.fromTable || cells.length === hdr.width) (hdr.partRows ??= []).push(cells);
    else if (cells.length > hdr.width) hdr.widerParts = true;
    return;
  }
  // (「中职学校（上年） | 51 | 33105 …」 under 「中职学校 | 50 | 34218 …」: the kind's row again, its bracket saying which year it is of)
  const dated = sum && hdr.sumYear !== null && hdr.yearCol === undefined ? ROW_OF_YEAR.exec(label) : null;
  const year = dated ? (dated[1] ? Number(dated[1]) : hdr.sumYear! - 1) : sum ? (hdr.yearCol !== undefined ? yearOfHeaderCell(cells[hdr.yearCol] ?? '') : hdr.sumYear!) : first ? yearOfHeaderCell(first) : null;
  if (year === null) return;
  // (the schools' rows each a cell wider than the header, none as wide: the header lost a column, and no figure of the sum
  // row is known to stand under its name)
  if (sum && hdr.widerParts && !hdr.partRows?.length) return;
  let at = (i: number) => cells[i] ?? '';
  if (sum && !it.fromTable && cells.length !== hdr.width) {
    // 「合计   8642   3105 …」 with the empty 办学性质 cell gone: its figures fill, in order, the columns the
    // schools' rows print figures in, when they are as many; else the row is not read
    const figures = cells.slice(1).filter((c) => valueOfCell(c));
    const cols = partFigureColumns(hdr.partRows ?? [], hdr.width);
    if (!cols.length || figures.length !== cols.length) return;
    at = (i: number) => (cols.includes(i) ? figures[cols.indexOf(i)]! : '');
  } else if (sum ? cells.length > hdr.width : cells.length !== hdr.width) return;
  // (a figure under no header cell: a header cell spanned columns the header row lost, and none lines up)
  if (hdr.sumYear !== undefined && hdr.cells && cells.some((c, i) => i > 0 && !hdr.cells![i] && !hdr.colIds![i] && !!valueOfCell(c))) return;
  const unit = hdr.unitCol >= 0 ? cells[hdr.unitCol]! : '';
  hdr.colIds!.forEach((id, i) => {
    const c = id ? columnCandidate(it, hdr, i, id, at(i), unit, year, standard) : null;
    if (c) out.push(c);
  });
}

/** A cell's bracket with last year's figure: 「9.46万人（上年8.93万人｜全省…）」. */
const LAST_YEAR_IN_CELL = /^\s*([^()]*\d[^()]*?)\s*\(\s*(?:上一?学?年|去年)\s*(?:为|是)?\s*([0-9][0-9,.]*\s*(?:万|亿)?[^|,;，；()]{0,4}?)\s*(?:[|,;，；][^()]*)?\)\s*$/;

/** 「2,356（2,488）」 under a header that says the bracket is last year's. */
const BARE_LAST_YEAR = /^\s*([0-9][0-9,.]*\s*(?:万|亿)?[^()]{0,4}?)\s*\(\s*([0-9][0-9,.]*\s*(?:万|亿)?[^()]{0,4}?)\s*\)\s*$/;
/** A value column whose header says its brackets are last year's: 数值（上年）, 2024年（2023年）. */
const LAST_YEAR_BRACKET_COL = /\((?:上年|上一年|去年|上年值|上年数)\)$|20\d\d年?\(20\d\d年?\)$/;
/** 「9.46万人（上年8.93万人）」: this year's figure and last year's, printed in one unit; null for any other cell. */
function twoYearsOfCell(c: string, bracketIsLastYear = false): { now: Readonly<ParsedNumber>; before: Readonly<ParsedNumber> } | null {
  // (under 「数值（上年）」 the bracket says nothing more: 「2,356（2,488）」)
  const both = c.includes('年') ? LAST_YEAR_IN_CELL.exec(toHalfWidth(c)) : bracketIsLastYear ? BARE_LAST_YEAR.exec(toHalfWidth(c)) : null;
  const now = both ? valueOfCell(both[1]!) : null;
  const before = now ? valueOfCell(both![2]!) : null;
  return now && before && now.unit === before.unit ? { now, before } : null;
}
const withLastYear = (c: string) => !!twoYearsOfCell(c);

/** Units of things counted one by one. */
const COUNTED = new Set(['人', '所', '个', '门', '本', '项', '家', '名', '件', '部', '种', '册']);

/** The columns every part row prints a figure in (备注 「2016年设立」 in one row makes no figures' column). */
function partFigureColumns(rows: string[][], width: number): number[] {
  if (!rows.length) return [];
  const cols: number[] = [];
  for (let i = 1; i < width; i++) if (rows.every((r) => !!valueOfCell(r[i] ?? ''))) cols.push(i);
  return cols;
}

/**
 * Whether a row's figure is impossible for its indicator, in the indicator's own unit where the row prints it in 万 or 亿
 * of it (「职业技能等级证书获取人数 | 万人 | 15.9」 is a whole count).
 */
function implausibleIn(r: LogicalRow, v: number | null): boolean {
  if (v === null) return false;
  const scale = /^万(?!元)/.test(r.unit) ? 1e4 : /^亿(?!元)/.test(r.unit) ? 1e8 : 1;
  return implausible(r.id, scale === 1 ? v : Math.round(v * scale * 100) / 100);
}

/** Hard implausibility of a figure for an indicator: a % above 100, a fractional head count. */
function implausible(id: string | null, v: number): boolean {
  if (!id) return false;
  const unit = indicatorById(id)!.unit;
  if (unit === '%') return v > 100 || v < 0;
  if (COUNT_UNITS.has(unit)) return !Number.isInteger(v) || v < 0;
  return v < 0;
}

function violations(rows: LogicalRow[], vals: (number | null)[][], from: number): number {
  let bad = 0;
  const byId = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) if (rows[i]!.id) byId.set(rows[i]!.id!, i);
  for (let i = from; i < rows.length; i++) {
    const r = rows[i]!;
    const vs = vals[i]!;
    for (const v of vs) if (implausibleIn(r, v)) bad++;
    // a breakdown above its own total
    const parents = r.id ? TEMPLATE_PARENTS[r.id] : undefined;
    if (parents && r.child) {
      for (const p of parents) {
        const pi = byId.get(p);
        if (pi === undefined || pi >= i) continue;
        if (indicatorById(p)!.unit !== indicatorById(r.id!)!.unit) continue;
        const pv = vals[pi]!;
        vs.forEach((v, k) => {
          const q = pv[k];
          if (v !== null && q !== null && q !== undefined && v > q) bad++;
        });
        break;
      }
    }
  }
  return bad;
}

/** Graduates not placed, as a destination row names them. */
const NOT_PLACED = /待就业|未就业|未落实|待业|暂不就业|暂未就业/;
/** A row that sums the rows above it: 「合计」「总计（人）」. */
const SUM_LABEL = /^(?:合计|总计|小计|共计|总数|总和)(?:\(.{0,6}\))?$/;
/**
 * 「面向第一产业 | 面向第二产业 | 面向第三产业 | 合计」: a sum row under rows that are all parts of one whole (the
 * catalog's `within`) is that whole's figure.
 */
function sumRowsOfParts(rows: LogicalRow[]): void {
  let run: string[] = [];
  // (「待就业」 under 直接就业 and 升学: those not placed are in the sum, which is then of all graduates)
  let unplaced = false;
  for (const r of rows) {
    if (r.id) {
      run.push(r.id);
      continue;
    }
    const label = flatCell(r.label);
    if (!SUM_LABEL.test(label)) {
      if (NOT_PLACED.test(label)) unplaced = true;
      continue;
    }
    const parts = [...new Set(run)];
    const withUnplaced = unplaced;
    run = [];
    unplaced = false;
    if (parts.length < 2) continue;
    // 「合计（已落实）」: a sum the label qualifies is of something the words say, not the parts' whole
    if (/\((?!人|%|个|所|万元|元|门|本|项)[^()]*\)/.test(label)) continue;
    const wholes = parts.map((id) => PART_OF.filter(([p]) => p === id).map(([, w]) => w));
    const whole = wholes[0]!.find((w) => wholes.every((ws) => ws.includes(w)));
    // 「直接就业 / 升学 / 应征入伍 / 合计」: when a whole lies between the parts and that one (毕业去向落实 between 升学 and
    // 毕业生), the sum is either, by what rows the table leaves out: the wider one only when those not placed are in it
    const between = whole && parts.some((p) => indicatorById(p)!.parents.some((x) => x !== whole && PART_OF.some(([a, b]) => a === x && b === whole)));
    if (whole && (!between || withUnplaced)) r.id = whole;
  }
}

/** A column of a split year's: one kind of school, or their sum (a sum row's words, and 小计). */
const isSumCell = (k: string) => SUM_ROW.test(k) || k === '小计';
const isKindCell = (k: string) => k === '公办' || k === '民办' || isSumCell(k);

/**
 * Which year's column a kind-split header split (see Header.kindSplit), by the rows of counts whose parts add up to
 * their sum there and nowhere else: the index of that year in the header's years, or null when the rows do not tell.
 */
function kindSplitOf(header: Header, rows: LogicalRow[], vals: (number | null)[][]): number | null {
  const kinds = header.kindSplit!;
  const width = header.yearList.length - 1 + kinds.length;
  const sum = kinds.findIndex(isSumCell);
  const fits: number[] = [];
  for (let s = 0; s < header.yearList.length; s++) {
    let ok = 0;
    let bad = 0;
    rows.forEach((r, i) => {
      const vs = vals[i]!;
      if (vs.length !== width || !r.id || !COUNT_UNITS.has(indicatorById(r.id)!.unit)) return;
      const block = vs.slice(s, s + kinds.length);
      if (block.some((v) => v === null)) return;
      const parts = block.reduce<number>((a, v, k) => (k === sum ? a : a + v!), 0);
      if (Math.abs(parts - block[sum]!) <= 1) ok++;
      else bad++;
    });
    if (ok && !bad) fits.push(s);
  }
  return fits.length === 1 ? fits[0]! : null;
}

/** The year of each figure of a row under a kind-split header whose split year is `split`: the sum's only, there. */
function kindSplitYears(header: Header, split: number, n: number): (number | null)[] {
  const kinds = header.kindSplit!;
  const sum = kinds.findIndex(isSumCell);
  return Array.from({ length: n }, (_, k) => {
    if (k < split) return header.yearList[k]!;
    if (k >= split + kinds.length) return header.yearList[k - kinds.length + 1]!;
    return k - split === sum ? header.yearList[split]! : null;
  });
}

function finishZone(rows: LogicalRow[], header: Header | null, out: Candidate[], warnings: EngineWarning[]) {
  if (!header || header.transposed) return;
  const years = header.yearList;
  let vals = rows.map((r) => r.values);
  const shifted = new Set<number>();

  // rows visibly shifted against their neighbours: from the first impossible row on, try reading every
  // row's figures as the label above's. Adopt only when that removes the contradictions.
  const first = rows.findIndex((r) => r.values.some((v) => implausibleIn(r, v)));
  if (first > 0) {
    const s = first - 1;
    const alt = vals.map((v, i) => (i < s ? v : i + 1 < rows.length ? vals[i + 1]! : []));
    const before = violations(rows, vals, s);
    const after = violations(rows, alt, s);
    // several rows must be wrong as printed (one bad row is a typo, not a shift)
    const badRows = rows.filter((r, i) => i >= s && r.values.some((v) => implausibleIn(r, v))).length;
    if (badRows >= 2 && before >= 2 && after <= 1 && after < before) {
      vals = alt;
      for (let i = s; i < rows.length; i++) shifted.add(i);
      const label = rows[s]!.label;
      warnings.push(
        warning('table_shifted', `table rows from 「${label}」 down look shifted by one row; figures re-read as the label above's`, { label }),
      );
    }
  }

  sumRowsOfParts(rows);
  // (under a kind-split header, which year was split is the table's, asked once)
  const split = header.kindSplit ? kindSplitOf(header, rows, vals) : undefined;
  rows.forEach((r, i) => {
    if (!r.id) return;
    const entry = indicatorById(r.id)!;
    const vs = vals[i]!;
    if (!vs.length) return;
    let ys: (number | null)[];
    const warn = [...r.warnings];
    let confidence = r.standard ? 0.95 : 0.9;
    const lead = header.leading ?? 0;
    if (split !== undefined && vs.length === years.length - 1 + header.kindSplit!.length) {
      if (split === null) return;
      ys = kindSplitYears(header, split, vs.length);
    } else if (r.valueYears && !shifted.has(i)) ys = r.valueYears;
    else if (lead && vs.length >= lead + years.length && vs.length - lead - years.length <= (header.trailing ?? 0)) {
      // the plan's base first, then one figure per year column, then the columns after them
      ys = vs.map((_, k) => (k < lead ? null : (years[k - lead] ?? null)));
    } else if (header.ambiguous || lead || header.partCols) {
      // the header names a year twice (or glues two into one cell), or the row does not line up with the columns before
      // its years: which figure is which year is not known
      if (vs.some((v) => v !== null)) {
        warnings.push(
          warning('year_unread', `table row 「${r.label}」: the header's year columns cannot be told apart; figures not dated`, {
            label: r.label,
          }),
        );
      }
      return;
    } else if (r.textAfter && header.trailingText && vs.length > years.length + (header.trailing ?? 0) - Math.min(r.textAfter, header.trailingText ?? 0)) {
      // (「教职工满意度* % 92.40 93 15 188 网上调查」 under 2023年 | 2024年 | 调查人次 | 调查方式: the words fill the last
      // column, so one figure too many was printed, a cell a scan or a copy broke in two: which figure is which is not known)
      warnings.push(warning('year_unread', `table row 「${r.label}」: more figures than the header has columns; figures not dated`, { label: r.label }));
      return;
    } else if (vs.length === years.length || (vs.length > years.length && vs.length - years.length <= (header.trailing ?? 0))) {
      // one figure per year column, then as many as the named columns after the years
      ys = vs.map((_, k) => years[k] ?? null);
      // (「教职工满意度   %   93.9   93.2」 under 2024年 | 2025年 | 全省平均 | 全国平均, among rows that fill more of those columns: the
      // row's empty cells were dropped, and which columns they were is not known)
      if (header.trailingAlike && vs.length < years.length + (header.trailing ?? 0) && vs.some((v) => v !== null) && someRowPrintsMore(rows, i)) {
        warn.push(yearFromPosition(vs.length, years.length));
        confidence = 0.6;
      }
    } else if (vs.length > years.length && years.length >= 2 && figureSplitBySpace(vs)) {
      // (「招生数 人 3 865 4,012」: a scan's space inside a figure, 3 865 beside 4,012, makes one figure two: which is which
      // is not known)
      warnings.push(warning('year_unread', `table row 「${r.label}」: a figure may be split by a space; figures not dated`, { label: r.label }));
      return;
    } else if (vs.length > years.length && years.length >= 2) {
      // more figures than named columns: read left to right, as the standard tables print extra counts after
      // their years, but a column's header may not have been read: not vouched for
      // (「2023年 2024年」 over 「门数 学时 门数 学时」 or 「人数 占比 人数 占比」, the second header line not read: as many
      // figures for each year, the first of each year's is the measure the row names)
      // (「2022年 2023年 万州区」 over four figures, the header's last cells wrapped onto lines of their own: with a place's or an
      // average's column after the years, the figures past the years are more of those columns, not a second measure of each year)
      const per = !header.trailingAlike && !header.trailingPlace && vs.length % years.length === 0 ? vs.length / years.length : 1;
      ys = vs.map((_, k) => (k % per === 0 ? (years[k / per] ?? null) : null));
      if (vs.some((v) => v !== null)) {
        warn.push(yearFromPosition(vs.length, years.length));
        confidence = 0.6;
      }
    } else if (vs.length > years.length) {
      // figures in a column whose year was not read (one year named, more figures): none is dated by guess
      if (vs.some((v) => v !== null)) {
        warnings.push(
          warning('year_unread', `table row 「${r.label}」: ${vs.length} figures for ${years.length} year column; figures not dated`, {
            label: r.label,
          }),
        );
      }
      return;
    } else {
      // fewer figures than year columns: the printed ones are taken as the latest years, in the columns' order
      // (「数值 | 上年」 prints the latest first)
      const latest = years.map((y, c) => ({ y, c })).sort((a, b) => b.y - a.y).slice(0, vs.length).map((x) => x.c).sort((a, b) => a - b);
      ys = vs.map((_, k) => years[latest[k]!] ?? null);
      if (vs.some((v) => v !== null)) {
        warn.push(yearFromPosition(vs.length, years.length));
        confidence = 0.6;
      }
    }
    if (shifted.has(i)) {
      warn.push(warning('row_shifted', 'row shifted against its neighbours: figure taken from the row below'));
      confidence = 0.5;
    }
    // the row's unit, read once for all its figures
    const unitPrinted = shifted.has(i) ? '' : r.unit;
    const tenK = /^万(?!元)/.test(unitPrinted) && isUnitCell(unitPrinted.slice(1));
    const unit = normaliseUnitCell(tenK ? unitPrinted.slice(1) : unitPrinted);
    vs.forEach((v, k) => {
      const y = ys[k];
      if (v === null || v === undefined || y === null || y === undefined) return;
      let value = convertUnit(tenK ? round(v * 1e4) : v, unit, entry.unit);
      if (value === null) value = v; // unit printed oddly (个 for 学时): the template fixes the unit
      if (implausible(r.id, value)) {
        warnings.push(
          warning('dropped_implausible', `dropped ${entry.id} ${y} = ${value}: implausible for ${entry.unit}`, {
            id: entry.id,
            year: y,
            value,
            unit: entry.unit,
          }),
        );
        return;
      }
      out.push({
        id: r.id!,
        year: y,
        value,
        unit: entry.unit,
        quote: r.quote,
        source: 'table',
        confidence,
        warnings: warn,
        page: r.page,
        standard: r.standard,
        order: r.order,
        at: r.at,
      });
    });
  });
}

/** A cell a scan broke: a figure split by a space no thousands group follows (93 15), or a mark alone where a figure stood (：). */
function brokenCell(cell: string): boolean {
  const c = cell.trim();
  return /^[:：∶]$/.test(c) || /^\d+ \d{1,2}$/.test(c);
}
/** Whether two figures side by side read as one with a space for its thousands separator (3 865 beside 4,012). */
function figureSplitBySpace(vs: (number | null)[]): boolean {
  for (let k = 0; k + 1 < vs.length; k++) {
    const [a, b] = [vs[k], vs[k + 1]];
    if (a === null || b === null || !Number.isInteger(a) || !Number.isInteger(b) || a < 1 || a > 999 || b < 100 || b > 999) continue;
    const joined = a * 1000 + b;
    if (vs.some((v, j) => j !== k && j !== k + 1 && v !== null && v > 0 && joined / v > 0.5 && joined / v < 2)) return true;
  }
  return false;
}
/** A column named for a place, or its average: 「万州区」「重庆市平均」「全省」. */
const PLACE_COL = /^(?:全国|全省|全市|[\u4e00-\u9fa5]{1,8}(?:省|市|区|县|州|盟|旗))(?:平均|均值)?$/;
/** A column of figures beside the years' that are like them: an average, a median, a standard. */
const ALIKE_COL = /平均|中位|标准值|国家标准|全国|全省|全市/;
/** Whether another row of the zone prints more figures than row i (asked only of a row short of the header's columns). */
function someRowPrintsMore(rows: LogicalRow[], i: number): boolean {
  const own = figuresPrinted(rows[i]!.quote);
  return rows.some((o, j) => j !== i && figuresPrinted(o.quote) > own);
}
/** How many figures a row's line prints, whatever columns they stand in. */
function figuresPrinted(quote: string): number {
  let n = 0;
  for (const c of quote.split(/\t|\s{2,}|[|｜]/)) if (c.trim() && valueOfCell(c.trim())) n++;
  return n;
}
/** Figures dated by where they stand, not by a header: kept, with the warning that says so. */
function yearFromPosition(figures: number, columns: number): EngineWarning {
  return warning('year_from_position', `${figures} figure(s) printed for ${columns} year columns; year is a guess`, { figures, columns });
}

function normaliseUnitCell(u: string): string {
  const c = flatCell(u);
  if (isDash(c) || !isUnitCell(c)) return '';
  return c;
}

/** The wholes the catalog's template breaks down (学校数 into 公办 and 民办). */
const TEMPLATE_WHOLES = new Set(Object.values(TEMPLATE_PARENTS).flat());

/** A header cell naming a measure and its unit, alone on a line: 「专业（个）」「在校生（人）」. */
const HEADER_TAIL_CELL = /^[\u4e00-\u9fa5“”]{1,12}[（(][^（()）0-9]{1,6}[)）]$/;
/** The last cell of a header wrapped onto the line after it, where the row under that is one cell wider than the header. */
function wrappedHeaderTail(items: Item[], at: number, width: number): string | null {
  const it = items[at]!;
  // (「…非学历培训到账经费（万元）  留在」/「当地就业人数（人）」: a cell cut in two is no cell of its own; only after a header
  // whose last cell is whole, its unit closing it, does the line start a new one)
  const next = items[at + 1];
  const row = items[at + 2];
  if (it.kind !== 'row' || !/[)）]\s*$/.test(it.quote) || next?.kind !== 'row' || next.fromTable || !next.oneCell || row?.kind !== 'row') return null;
  const cell = next.quote.trim();
  return HEADER_TAIL_CELL.test(cell) && row.cells.filter(Boolean).length === width + 1 ? cell : null;
}
