/**
 * A report that covers both school levels (宜昌市职业教育质量年度报告: a 中职 chapter, a 高职 chapter) is read as its
 * 中职 report, the level the catalog's template describes for a city or county; a chapter about the other level,
 * under its own heading, is left out whole (its tables, its sentences, its charts), as a case box is.
 */
import type { Item } from './stream';
import type { ReportIdentity } from './types';

/** The level a report is read at: its own, or 中职 for one that covers both. */
export function readingLevel(level: 'secondary' | 'higher' | null): 'secondary' | 'higher' {
  return level ?? 'secondary';
}

/** A heading's rank by its mark: 第一部分/第一章 0, 一、 1, （一） 2; null when the line is no such heading. */
const HEADING_MARK = /^\s*(?:(第[一二三四五六七八九十]+(?:部分|章|篇))|([一二三四五六七八九十]+、)|([（(][一二三四五六七八九十]+[)）]))\s*/;
function headingRank(line: string): { rank: number; title: string } | null {
  const m = HEADING_MARK.exec(line);
  if (!m) return null;
  return { rank: m[1] ? 0 : m[2] ? 1 : 2, title: line.slice(m[0].length).trim() };
}

/**
 * 「三、高等职业教育」「（二）高职院校」「第三部分 驻市高等职业院校」: a title that is the other level and nothing else
 * (a contents line, with its dots and page number, is not a title; 中高职贯通 is a 中职 programme).
 */
const OTHER_LEVEL_TITLE: Record<'secondary' | 'higher', RegExp> = {
  secondary: /^(?:驻[\u4e00-\u9fa5]{1,3})?(?:高等职业|高职)(?:教育|院校|学校)?[\u4e00-\u9fa5]{0,8}$/,
  higher: /^(?:中等职业|中职)(?:教育|学校)?[\u4e00-\u9fa5]{0,8}$/,
};

function lineOf(it: Item): string | null {
  if (it.kind === 'text') return it.text;
  // (the length first: a long line is no heading, and whether it is one cell need not be worked out)
  if (it.kind === 'row' && it.quote.length <= 30 && it.oneCell) return it.quote;
  return null;
}

/**
 * 「附表2　武威市高等职业院校主要指标（2所院校合计）」: in a report on both levels, a table captioned as the other level's
 * schools' and not the report's own (中高职贯通 names both).
 */
const levelCaption = (own: string, other: string) => new RegExp(`^\\s*附?表\\s*[0-9一二三四五六七八九十]+(?:[-—.．][0-9]+)?\\s*(?![^。，]*(?:${own}|中高职))[^。，]{0,16}(?:${other})(?:院校|学校|教育)`);
const OTHER_LEVEL_CAPTION: Record<'secondary' | 'higher', RegExp> = {
  secondary: levelCaption('中等职业|中职', '高等职业|高职'),
  higher: levelCaption('高等职业|高职', '中等职业|中职'),
};

/**
 * The items without the chapters about the other level: each runs from its heading to the next heading of its rank or above.
 * In a report on both levels (bothLevels), a table captioned as the other level's goes too: its rows, to the next line
 * that is no row.
 */
export function withoutOtherLevel(items: Item[], level: 'secondary' | 'higher', bothLevels = false): Item[] {
  const title = OTHER_LEVEL_TITLE[level];
  let out: Item[] | null = null;
  let skipRank = -1;
  let inTable = false;
  let otherTable = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const line = lineOf(it);
    const h = line !== null && line.length <= 30 ? headingRank(line) : null;
    if (skipRank >= 0 && h && h.rank <= skipRank) skipRank = -1;
    if (skipRank < 0 && h && title.test(h.title)) {
      skipRank = h.rank;
      out ??= items.slice(0, i);
    }
    if (skipRank >= 0) continue;
    if (bothLevels) {
      // (a drawn table ends at its end; a text layer's, at the first line that is no row)
      if (it.kind === 'tableStart') inTable = true;
      // (「附表2  武威市高等职业院校主要指标」: a caption a text layer set apart by spaces is a row of two cells)
      const text = it.kind === 'tableStart' ? (it.caption ?? null) : it.kind === 'text' ? it.text : it.kind === 'row' ? it.quote : null;
      const caption = text !== null && text.length <= 60 ? text : null;
      if (caption !== null && OTHER_LEVEL_CAPTION[level].test(caption)) {
        otherTable = true;
        out ??= items.slice(0, i);
        if (it.kind !== 'tableStart') continue;
      } else if (otherTable && (it.kind === 'text' || (it.kind === 'row' && !it.fromTable && !inTable && caption !== null && /^\s*附?表\s*[0-9一二三四五六七八九十]/.test(caption)))) otherTable = false;
      if (it.kind === 'tableEnd') {
        inTable = false;
        if (otherTable) {
          otherTable = false;
          continue;
        }
      }
      if (otherTable) continue;
    }
    out?.push(it);
  }
  return out ?? items;
}

/** A report whose identity has no level and whose text names the 高职 schools: it is about both levels. */
export function coversBothLevels(report: ReportIdentity, items: Item[]): boolean {
  if (report.level !== null) return false;
  for (const it of items) if (it.kind === 'text' ? /高等职业|(?<!中)高职/.test(it.text) : it.kind === 'row' && /高等职业|(?<!中)高职/.test(it.quote)) return true;
  return false;
}
