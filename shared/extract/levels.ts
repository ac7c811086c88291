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

/** The items without the chapters about the other level: each runs from its heading to the next heading of its rank or above. */
export function withoutOtherLevel(items: Item[], level: 'secondary' | 'higher'): Item[] {
  const title = OTHER_LEVEL_TITLE[level];
  let out: Item[] | null = null;
  let skipRank = -1;
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
