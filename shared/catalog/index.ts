/**
 * The indicator catalog as typed data, with a label index for the engine and group labels for the UI.
 * Ids never change; names and aliases grow, in indicators.tsv only (see tsv.ts for its columns).
 */
import { INDICATORS } from './indicators';
import type { CatalogEntry, IndicatorGroup } from './tsv';
import { toHalfWidth } from '../numbers/parse';

export type { CatalogEntry, IndicatorGroup };
export { INDICATORS };

export const GROUP_LABELS: Record<IndicatorGroup, { zh: string; en: string }> = {
  scale: { zh: '办学规模', en: 'Scale' },
  scorecard: { zh: '人才培养质量计分卡', en: 'Scorecard' },
  satisfaction: { zh: '满意度调查', en: 'Satisfaction' },
  resources: { zh: '教学资源', en: 'Teaching resources' },
  service: { zh: '服务贡献', en: 'Service contribution' },
  international: { zh: '国际影响', en: 'International influence' },
  policy: { zh: '落实政策', en: 'Policy implementation' },
};

/** The template's standard tables, by the names reports print them under. */
export const STANDARD_TABLES = ['计分卡', '满意度调查表', '教学资源表', '服务贡献表', '国际影响表', '落实政策表'];
/**
 * 「附表3 教学资源」「表 2-1 满意度调查」: a numbered caption naming a standard table's group, without 表 after it, names that
 * table too (a caption naming the group and something more, 「表4 教学资源建设情况」, does not).
 */
const NUMBERED_GROUP_CAPTION = `^\\s*(?:附表|表)\\s*[0-9一二三四五六七八九十]+(?:\\s*[-—－.．]\\s*[0-9]+)?\\s*[:：、.．]?\\s*(?:${['(?:学生发展|人才培养)?质量计分卡', '满意度(?:调查)?', '教学资源', '服务贡献', '国际影响', '落实政策'].join('|')})\\s*$`;
export const STANDARD_TABLE = new RegExp([...STANDARD_TABLES, NUMBERED_GROUP_CAPTION].join('|'));

export const GROUP_ORDER: IndicatorGroup[] = [
  'scale', 'scorecard', 'satisfaction', 'resources', 'service', 'international', 'policy',
];

const BY_ID = new Map(INDICATORS.map((e) => [e.id, e]));

export function indicatorById(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}

/**
 * Template structure of the six standard tables, from the catalog's `parents` column: which head rows a
 * sub-row (其中…) may sit under. A sub-row maps to an id only under one of these heads, so 「其中：在校生数」
 * under 中外合作办学专业数 never becomes enrollment_total.
 */
export const TEMPLATE_PARENTS: Record<string, string[]> = Object.fromEntries(
  INDICATORS.filter((e) => e.parents.length).map((e) => [e.id, e.parents]),
);

/** Part/whole pairs from the `within` column: [part, whole], a part never above its whole in one year. */
export const PART_OF: [string, string][] = INDICATORS.flatMap((e) => e.within.map((w) => [e.id, w] as [string, string]));

/** The plausible range of a region's figure, in the catalog unit (null ends are open). */
export function plausibleRange(id: string): { min: number | null; max: number | null } {
  const e = BY_ID.get(id);
  return { min: e?.min ?? null, max: e?.max ?? null };
}

/**
 * A label reduced to what identifies it: no row numbers, 其中/A类 prefixes, asterisks, quotes, spaces,
 * bookmark noise; full-width brackets made half-width.
 */
export function labelKey(raw: string): string {
  // toHalfWidth has already made （） half-width; the rest is skipped when it cannot apply (every table
  // row's label passes here)
  let s = toHalfWidth(raw);
  // (「学校数（所）[1]」: a note's mark after the label)
  if (s.includes('[')) s = s.replace(/\[bookmark:[^\]]*\]/g, '').replace(/\s*\[\d{1,2}\]\s*$/, '');
  if (s.includes('<')) s = s.replace(/<[^>]*>/g, '');
  if (HAS_LABEL_MARK.test(s)) s = s.replace(LABEL_MARKS, '');
  if (opensWith(s, 48, 57)) s = s.replace(/^\d{1,2}[.、)]?(?=\D)/, '');
  // 「（1）课堂育人满意度」: a sub-item's number in brackets
  else if (s.startsWith('(')) s = s.replace(/^\(\d{1,2}\)(?=\D)/, '');
  // 「——课堂育人」「－－应届毕业生」: dashes indenting a sub-row under its group
  if (s.startsWith('—') || s.startsWith('－') || s.startsWith('--')) s = s.replace(/^(?:—|－|-{2}){1,3}(?=[\u4e00-\u9fa5])/, '');
  if (s.startsWith('其中')) s = s.replace(/^其中[:：,，]?/, '');
  // 「按产业分：第一产业」「按单位分：中小微企业」: the breakdown a group of rows opens with, before the row's own name
  else if (s.startsWith('按')) s = s.replace(/^按[\u4e00-\u9fa5]{1,8}(?:分|划分|统计)[:：]/, '');
  // 「当年毕业生」「本年招生」: the year a row is for is its columns', not part of its name
  if (s.startsWith('当年') || s.startsWith('本年')) s = s.slice(2);
  if (opensWith(s, 65, 68)) s = s.replace(/^[A-D]类[:：]/, '');
  if (s.endsWith(':') || s.endsWith('：')) s = s.slice(0, -1);
  // a unit printed in the label: 全日制在校生人数(人). 学时/课时 stay: they name a different indicator.
  if (s.endsWith(')')) s = s.replace(LABEL_UNIT, '');
  // (unless the label names its hours already: 行业导师年课时总量(课时))
  if (s.endsWith('时)')) s = s.replace(HOURS_RESTATED, '$1');
  return s;
}

const HOURS_RESTATED = /((?:学时|课时)[^()]*)\((?:学时|课时)\)$/;
// (with the footnote marks a label may carry: ①, ⑴, ❶, ¹)
const LABEL_MARKS = /[\s*＊※“”"'‘’「」『』\u2460-\u2487\u2776-\u277f\u00b9\u00b2\u00b3\u2070-\u2079]/g;
/** LABEL_MARKS, asked once: most labels carry none, and a global replace costs more than a test. */
const HAS_LABEL_MARK = new RegExp(LABEL_MARKS.source);

/** Whether a string's first character lies in a range (0-9, A-D): the prefix patterns are tried only then. */
function opensWith(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(0);
  return c >= from && c <= to;
}

export const LABEL_UNIT = /\((?:人|%|个|所|万元|元|亿元|门|本|项|人日|Mbps|元\/生|个\/生|人\/门|人次|种|名|万人|万人次|[Xx]?[:∶]1)\)$/;

/** 数量 and 数 are used interchangeably at the end of template labels. */
function variants(key: string): string[] {
  // (思政课 is how many tables print 思想政治课, inside a bracket too: 公共基础课（不含思政课）)
  if (key.includes('思想政治')) return [...new Set([...variants(key.replaceAll('思想政治', '思政')), ...variantsOf(key)])];
  return variantsOf(key);
}
function variantsOf(key: string): string[] {
  const out = [key];
  if (key.endsWith('数量')) out.push(key.slice(0, -1));
  else if (key.endsWith('数')) out.push(key + '量');
  // 「在校生总体满意度」「家长整体满意度」: a survey's overall figure is the one the catalog names
  const m = /^(.+?)(满意[度率])$/.exec(key);
  if (m && !/(?:总体|整体|综合)$/.test(m[1]!)) for (const w of ['总体', '整体', '综合']) out.push(m[1] + w + m[2]);
  return out;
}

const LABEL_INDEX = new Map<string, string[]>();
function addLabel(label: string, id: string) {
  for (const v of variants(labelKey(label))) {
    if (!v) continue;
    const ids = LABEL_INDEX.get(v) ?? [];
    if (!ids.includes(id)) ids.push(id);
    LABEL_INDEX.set(v, ids);
  }
}
for (const e of INDICATORS) {
  addLabel(e.nameZh, e.id);
  for (const a of e.aliasesZh) addLabel(a, e.id);
}

/** Ids whose name or alias is exactly this label (after labelKey). Several ids can share a label. */
export function idsForLabel(label: string): string[] {
  return idsForKey(labelKey(label));
}

/** The same, for a label already reduced by labelKey. */
export function idsForKey(key: string): string[] {
  return LABEL_INDEX.get(key) ?? [];
}

/**
 * How sentences name an indicator (proseZh, proseHigherZh), as a table label when no name or alias is that label:
 * 「财政专项经费（万元）」. Only forms of four characters or more that name a single indicator.
 */
const FORM_INDEX = new Map<string, string[]>();
{
  const seen = new Map<string, Set<string>>();
  // (「产教融合实践中心数量」: a count's form with the count word a table's label ends on)
  const COUNTED = new Set(['个', '所', '人', '门', '本', '项', '名', '种', '家', '部', '件', '册']);
  for (const e of INDICATORS)
    for (const f of [...e.proseZh, ...e.proseHigherZh]) {
      const k = labelKey(f);
      if (k.length < 4) continue;
      for (const v of COUNTED.has(e.unit) && !/数量?$/.test(k) ? [k, k + '数', k + '数量'] : [k]) seen.set(v, (seen.get(v) ?? new Set()).add(e.id));
    }
  for (const [k, ids] of seen) if (ids.size === 1 && !LABEL_INDEX.has(k)) FORM_INDEX.set(k, [...ids]);
}
// 「班主任 | 1528人」「辅导员 | 468人」: a row may print a name without its count word (班主任人数), the unit cell or
// the figure's own unit saying what is counted
{
  const seen = new Map<string, Set<string>>();
  for (const e of INDICATORS)
    for (const n of [e.nameZh, ...e.aliasesZh]) {
      const stem = /^(.{2,}?)(?:人数|数量|数)$/.exec(labelKey(n))?.[1];
      if (stem) seen.set(stem, (seen.get(stem) ?? new Set()).add(e.id));
    }
  for (const [k, ids] of seen) if (ids.size === 1 && !LABEL_INDEX.has(k) && !FORM_INDEX.has(k)) FORM_INDEX.set(k, [...ids]);
}
export function idsForRowLabel(key: string): string[] {
  const ids = LABEL_INDEX.get(key) ?? FORM_INDEX.get(key);
  if (ids || !key.endsWith(')')) return ids ?? [];
  // 「年实习专项经费（不含实习责任保险,单位：万元）」: a bracket that only leaves something out, or gives the unit, is no part of
  // the name (one that takes more in, 含…, may name a wider whole: the label stays as it is)
  const bare = key.replace(LEFT_OUT_BRACKET, '');
  return bare === key ? [] : (LABEL_INDEX.get(bare) ?? FORM_INDEX.get(bare) ?? []);
}
const LEFT_OUT_BRACKET = /\((?:不含|不包括|未含|单位[:：])[^()]*\)$/;

/** Every (label key, ids) pair, for engines that scan prose for names. */
export function labelEntries(): [string, string[]][] {
  return [...LABEL_INDEX.entries()];
}
