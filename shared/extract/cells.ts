/**
 * Cell-level helpers shared by the table and prose readers: cleaning, classifying and splitting text into
 * cells. Everything is precompiled once; these run on every row of every page.
 */
import { parseNumberCell, parseYearLabel, toHalfWidth, type ParsedNumber } from '../numbers/parse';

const NOISE = /\[bookmark:[^\]]*\]|\[\/?bookmark[^\]]*\]|<\/?sup>|\u200b|\ufeff/g;

const NEEDS_CLEAN = /\[|<|\u200b|\ufeff|\s\s|^\s|\s$|[\t\n\r]/;
export function cleanCell(s: string): string {
  if (!NEEDS_CLEAN.test(s)) return s;
  return s.replace(NOISE, '').replace(/\s+/g, ' ').trim();
}

/** A placeholder that means "no figure": -, —, ——, －, /, 无, 空. */
const DASH = /^(?:[-—–－─_/／]{1,3}|无|空|\/|N\/A)$/;
export function isDash(cell: string): boolean {
  return DASH.test(cell.trim());
}

/** Units printed in the 单位 column of the standard tables (and a few variants). */
const UNIT_CELL =
  /^(?:%|％|‰|人|人次|人日|人\/门|个|个\/生|元|元\/生|元\/人|万元|亿元|所|门|本|项|学时|课时|小时|Mbps|MB|GB|G|M|[:：∶]|[:：∶]1|种|部|名|家|次|年|台|套|件|册|平方米|万平方米)$/i;
export function isUnitCell(cell: string): boolean {
  const c = toHalfWidth(cell).replace(/\s+/g, '');
  return UNIT_CELL.test(c) || isDash(c);
}

const YEAR_CELL = /^(?:20\d\d\s*(?:年度?|学年)?|20\d\d\s*[-—–~至]\s*20\d\d\s*(?:学年|年度?)?|[〇零一二三四五六七八九]{4}年)$/;
/** A header cell naming a year column: 2024年, 2023 年, 2022-2023学年 (-> 2023), 二〇二四年. */
export function yearOfHeaderCell(cell: string): number | null {
  const c = toHalfWidth(cleanCell(cell)).replace(/\s+/g, '');
  if (!YEAR_CELL.test(c)) return null;
  return parseYearLabel(c);
}

const HAS_DIGIT = /[0-9０-９]/;

/** A numeric value cell (not a year label, not a dash). */
export function valueOfCell(cell: string): ParsedNumber | null {
  if (!HAS_DIGIT.test(cell)) return null;
  const c = cleanCell(cell);
  if (!c || isDash(c)) return null;
  const n = parseNumberCell(c);
  if (!n) return null;
  if (/^(年|学年|年度|届)$/.test(n.unit)) return null;
  return n;
}

const HEADER_WORD = /^(?:序号|序|号|指标|指标名称|项目|名称|单位|单|位|调查人次|调查人数|调查|人次|调查方式|备注|数据来源|类别|内容|年份|学年|年度|统计年度|来源)$/;
export function isHeaderWord(cell: string): boolean {
  return HEADER_WORD.test(toHalfWidth(cleanCell(cell)).replace(/\s+/g, ''));
}

/**
 * Split a text line into cells: tabs first, then runs of 2+ spaces, then single spaces (PDF text rows such
 * as "1 毕业生人数* 人 12267 16214"). "2023 年" is glued back into one cell.
 */
export function splitRowText(text: string): string[] {
  const t = text.replace(NOISE, '');
  let cells: string[];
  if (t.includes('\t')) cells = t.split('\t');
  else {
    const trimmed = t.trim();
    cells = trimmed.split(/\s{2,}/);
    if (cells.length === 1) cells = trimmed.split(/\s+/);
  }
  cells = cells.map((c) => c.trim());
  const out: string[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^(年|学年|年度)$/.test(c) && /\d$/.test(prev)) out[out.length - 1] = prev + c;
    else out.push(c);
  }
  return out;
}
