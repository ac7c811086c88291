/**
 * 「2.58万 全日制在校生（人）（2023年：2.47万）」「9412 招生数（人）　上年 8965」「97.2% 毕业去向落实率 ｜ 7436 毕业去向落实人数」: an
 * infographic's figures set out as text, each figure first and the name it is of after it on the same line, a line holding
 * one card or several set apart by bars. Such a line is no table row and no sentence: it is rewritten as the cards it holds,
 * each name then its figure (「全日制在校生2.58万人（2023年：2.47万人）」), which prose reads as it reads any card.
 *
 * Only names that are a catalog label are taken, not a kind of school alone (「12 公办」 names a part of whatever the card
 * before it counts, and is left as it is); a bare figure takes the unit its name's bracket prints, else its indicator's.
 */
import { idsForRowLabel, indicatorById, labelKey } from '../catalog/index';
import { convertUnit, toHalfWidth } from '../numbers/parse';
import { PART_NAMES } from './lexicon';

/** A line that may hold such cards: a figure opens it, and it is short. */
const OPENS_ON_FIGURE = /^\s*(?:约|近)?[0-9０-９]/;
/** A figure no row's number is: four digits or more, grouped, a decimal, or in 万. */
const BIG_FIGURE = /\d{4}|\d[,.]\d|[万亿]/;
/** A tab or a wide gap, which sets a table's cells apart. */
const GAPPED = /\t|\S {3,}\S|\u3000{2,}/;
/** Between cards: a bar, or a dash before the next card's figure (「2158 合计（人）—— 96 第一产业」). */
const BETWEEN = /\s*(?:[｜|]|[—－]{1,2}(?=\s*(?:约|近)?[0-9]))\s*/;
/** A figure with its unit or 万 glued to it. */
const FIGURE = '(?:约|近)?[0-9][0-9,.]*(?:万|亿)?(?:%|元|人|所|个|项|门|本|名|册|学时|课时|人日|人次|Mbps|[:：]1)?';
/** Last year's figure, after 上年 or a year. */
const THEN = '(20\\d\\d\\s*年度?|上一?年度?|去年)\\s*[:：为]?\\s*([0-9][0-9,.]*\\s*(?:万|亿)?[^（()）\\s｜|]{0,3})';
/**
 * One card: the figure, a space, the name (a bracket inside it, 「（含职业资格证书）」, and its unit in brackets at its end),
 * then maybe last year's figure in brackets, or after a gap.
 */
const CARD = new RegExp(
  `^\\s*(${FIGURE})\\s+([\\u4e00-\\u9fa5“”](?:[^（()）｜|，,。；;：:0-9—－]|[（(][^（()）0-9]{2,12}[)）])*?)\\s*(?:[（(]\\s*([^（()）0-9]{1,4})\\s*[)）])?\\s*(?:[（(]\\s*${THEN}\\s*[)）]|\\s+${THEN})?\\s*$`,
);
/** A piece of the line that is only last year's figure of the card before it: 「… ｜上年 1142」. */
const THEN_ALONE = new RegExp(`^\\s*${THEN}\\s*$`);
/** A kind of school or student alone: a part of the card before it, whatever that counts. */
const KIND_ALONE = new RegExp(`^(?:${PART_NAMES}|总计|其中)$`);
/** A figure's own unit at its end (万 and 亿 are magnitudes, not units). */
const UNIT_AT_END = /(?:[:：]1|[^0-9.,万亿]+)$/;

/**
 * The cards of a figure-first line, each as name then figure, or null where the line holds none. A heading's line
 * (「2.1 在校生规模」 numbers a section) is taken only where each card prints its unit.
 */
export function figureFirstCards(line: string, heading = false): string | null {
  if (line.length > 160 || !OPENS_ON_FIGURE.test(line) || GAPPED.test(line)) return null;
  const half = toHalfWidth(line);
  const cards: string[] = [];
  /** The card just read, its unit, and whether it has last year's figure yet (null where the piece before was not read). */
  let last: { unit: string; dated: boolean } | null = null;
  const segments = half.split(BETWEEN);
  for (const segment of segments) {
    const alone = last && !last.dated ? THEN_ALONE.exec(segment) : null;
    if (alone) {
      cards[cards.length - 1] = cards[cards.length - 1]! + lastYear(alone[1]!, alone[2]!, last!.unit);
      last!.dated = true;
      continue;
    }
    last = null;
    const m = CARD.exec(segment);
    // (every piece of the line must be a card, as an infographic's are: 「11   生师比   —   14.4   14.3」 is a table's row)
    if (!m) return null;
    const [, figure, name, bracketUnit, year1, then1, year2, then2] = m;
    const key = labelKey(name!.trim());
    if (KIND_ALONE.test(key)) continue;
    const ids = idsForRowLabel(key);
    if (ids.length !== 1) continue;
    const own = UNIT_AT_END.exec(figure!)?.[0] ?? '';
    if (heading && !own && !bracketUnit) return null;
    // (「4 教职员工额定编制」: a small bare number before a name, alone on its line, is a row's number more often than its
    // figure, unless a unit or last year's figure says otherwise; cards set apart by bars are cards)
    if (segments.length === 1 && !own && !bracketUnit && !year1 && !year2 && !BIG_FIGURE.test(figure!)) return null;
    const unit = own || bracketUnit || indicatorById(ids[0]!)!.unit;
    // (a unit that is not the indicator's, or not one it converts from, names something else)
    if (convertUnit(1, unit.replace(/^[:：]/, ':'), indicatorById(ids[0]!)!.unit) === null) continue;
    const year = year1 ?? year2;
    cards.push(`${name!.trim()}${withUnit(figure!, unit)}${year ? lastYear(year, (then1 ?? then2)!, unit) : ''}`);
    last = { unit, dated: !!year };
  }
  return cards.length ? cards.join('；') + '。' : null;
}

function withUnit(figure: string, unit: string): string {
  return UNIT_AT_END.test(figure) ? figure : figure + unit;
}
/** Last year's figure as a bracket after the card's: 「（2023年：2.47万人）」「（上年为8965人）」. */
function lastYear(year: string, figure: string, unit: string): string {
  const y = year.replace(/\s+/g, '');
  return `（${y}${y.startsWith('20') ? '：' : '为'}${withUnit(figure.replace(/\s+/g, ''), unit)}）`;
}

/** A year, or a word for one, that dates a card's figure: 「2025年」「2024届」「上年」. */
const CARD_YEAR = '(?:20\\d\\d\\s*(?:年度?|届)|上一?年度?|去年|本年度?|当年)';
/**
 * One piece of a name-first card line: a name, a year, or both, then one figure with its unit (「招生　2025年 44,320人」
 * 「2024年 43,185人」「上年：50940人」「全市：27所」), emphasis marks allowed.
 */
const NAMED_PIECE = new RegExp(
  `^(?:([^0-9０-９｜|：:，,。；;*]{1,16}?)\\s*[：:]?\\s*)?(?:(${CARD_YEAR})\\s*[：:]?\\s*)?\\**\\s*(?:约|近)?[0-9０-９][0-9０-９,，.．]*\\s*(?:万|亿)?\\s*(?:%|％|[:：∶]\\s*1|[\\u4e00-\\u9fa5]{1,2}|Mbps)?\\s*\\**$`,
);
const BAR = /[｜|]/g;
/** A piece's name that is only a year: 「上年：50940人」. */
const YEAR_NAME = new RegExp(`^${CARD_YEAR}$`);

/**
 * 「招生　2025年 44,320人｜2024年 43,185人」「在校生：52680人　｜　上年：50940人」: a card's name, then its figures year by year set
 * apart by bars. Such a line is no table row (every piece holds its own figure after a name or a year) but a sentence
 * whose bars are commas: it is given back so, the bars turned into commas and a full stop at its end, or null.
 * Only lines where some piece after the first is dated: 「全省平均96.8%｜最高 石狮市99.0%」 compares places, not years. A line of
 * dated figures alone (「2025年：49所｜2024年：50所」) only right under a heading, which names them (see cardHeadingOf in prose.ts).
 */
export function barredCards(line: string, underHeading: boolean): string | null {
  if (line.length > 120) return null;
  const pieces = line.split(BAR);
  if (pieces.length < 2) return null;
  let dated = false;
  let named = false;
  for (const [i, piece] of pieces.entries()) {
    const p = piece.trim();
    const m = NAMED_PIECE.exec(p);
    // (a bare figure is a table's cell: every piece names or dates its own)
    const name = m?.[1]?.replace(/\*/g, '').trim();
    if (!m || !(name || m[2])) return null;
    if (name && !YEAR_NAME.test(name)) named = true;
    if (i > 0 && (m[2] || YEAR_NAME.test(name ?? ''))) dated = true;
  }
  // (「2020年 15106 | 2021年 15482 | …」 under a chart's caption is its data, the chart reader's: only a card's heading right
  // above names what figures dated and nothing else are of)
  // (ended as a sentence, so the line joiner takes it for no line broken off the next)
  return dated && (named || underHeading) ? line.replace(BAR, '，') + (/[。；;]\s*$/.test(line) ? '' : '。') : null;
}
