/** The tables researchers get: clips, reports (long and wide), and a comparison. Headers in Chinese. */
import type { Clip, Report } from '../api/records';
import type { CompareRow } from '../api/compare';
import { INDICATORS, indicatorById } from '../catalog/index';
import type { Cell, Sheet } from './sheet';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const live = <T extends { deletedAt: number | null }>(xs: T[]): T[] => xs.filter((x) => x.deletedAt === null);
const indicatorName = (id: string | null): string | null => (id ? (indicatorById(id)?.nameZh ?? id) : null);

const CATALOG_ORDER = new Map(INDICATORS.map((e, i) => [e.id, i]));
/** Catalog order first; ids the catalog does not know (yet) after, alphabetically. */
function byCatalog(a: string, b: string): number {
  const ia = CATALOG_ORDER.get(a) ?? Infinity;
  const ib = CATALOG_ORDER.get(b) ?? Infinity;
  return ia !== ib ? ia - ib : a < b ? -1 : a > b ? 1 : 0;
}

export const CLIP_COLUMNS = ['地区', '年份', '指标', '数值', '单位', '原文', '备注', '标签', '网址',
  '页面标题', '报告', '摘录名称', '指标编号', '报告编号', '摘录编号', '更新时间'];

/** What a clip's row needs of its report. */
export type ReportContext = Pick<Report, 'region' | 'year' | 'title'>;

export function clipRow(c: Clip, r?: ReportContext): Cell[] {
  return [
    r?.region ?? null,
    c.year ?? r?.year ?? null,
    indicatorName(c.indicatorId) ?? c.label,
    c.value,
    c.unit,
    c.quote,
    c.note,
    c.tags.join('; '),
    c.url,
    c.pageTitle,
    r?.title ?? null,
    c.label,
    c.indicatorId,
    c.reportId,
    c.id,
    iso(c.updatedAt),
  ];
}

/** One row per clip. `reports` (optional) fills in region and report title through `reportId`. */
export function clipsSheet(clips: Clip[], reports: Report[] = []): Sheet {
  const reportById = new Map(reports.map((r) => [r.id, r]));
  return {
    name: '摘录',
    columns: CLIP_COLUMNS,
    rows: live(clips).map((c) => clipRow(c, c.reportId ? reportById.get(c.reportId) : undefined)),
  };
}

/** How the long sheet words a value's warnings and source: the extension passes its UI's translations. */
export interface LongSheetWords {
  warning?: (w: { code: string; params: Record<string, string | number>; message: string }) => string;
  source?: (s: 'table' | 'prose') => string;
}
const SOURCE_ZH = { table: '表格', prose: '正文' } as const;

/** A share as a spreadsheet keeps it: four decimals (−0.1176), not −0.11764705882352941. */
export const roundRatio = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : Math.round(x * 10_000) / 10_000);

/**
 * The long layout's columns. The last three say how far to trust a value: the engine's confidence (0–1),
 * where in the report it was read (table or prose) and its warnings (empty for records kept before they were
 * stored).
 */
export const REPORT_LONG_COLUMNS = ['地区', '省份', '报告年份', '报告标题', '发布单位', '指标', '指标编号', '数据年份', '数值', '单位',
  '原文', '网址', '报告编号', '置信度', '来源', '提示'];

/** A report's rows in the long layout: one per (indicator, year) value, catalog order. */
export function reportLongRows(r: Report, words: LongSheetWords = {}): Cell[][] {
  const warningText = words.warning ?? ((w) => w.message || w.code);
  const sourceText = words.source ?? ((x) => SOURCE_ZH[x]);
  const values = [...r.indicators].sort((a, b) => byCatalog(a.id, b.id) || a.year - b.year);
  return values.map((v) => [r.region, r.province, r.year, r.title, r.publisher, indicatorName(v.id), v.id, v.year,
    v.value, v.unit, v.quote, r.url, r.id,
    v.confidence ?? null, v.source ? sourceText(v.source) : null,
    (v.warnings ?? []).map((w) => warningText({ code: w.code, params: w.params ?? {}, message: w.message ?? '' })).join('；') || null]);
}

/** Long layout: one row per (report, indicator, year) value, reports in the given order. */
export function reportsLongSheet(reports: Report[], words: LongSheetWords = {}): Sheet {
  return { name: '报告指标', columns: REPORT_LONG_COLUMNS, rows: live(reports).flatMap((r) => reportLongRows(r, words)) };
}

/** One column of the wide layout. */
export interface WideKey {
  id: string;
  year: number;
  unit: string;
}

/** The wide layout's columns, in catalog then year order; the first unit seen names each. */
export function wideKeys(values: Iterable<WideKey>): WideKey[] {
  const keys = new Map<string, WideKey>();
  for (const v of values) {
    const k = `${v.id}@${v.year}`;
    if (!keys.has(k)) keys.set(k, { id: v.id, year: v.year, unit: v.unit });
  }
  return [...keys.values()].sort((a, b) => byCatalog(a.id, b.id) || a.year - b.year);
}

const WIDE_HEAD = ['地区', '省份', '报告年份', '报告标题', '发布单位', '网址', '报告编号'];

export function wideColumns(keys: WideKey[]): string[] {
  return [...WIDE_HEAD, ...keys.map((c) => `${indicatorName(c.id)} ${c.year}${c.unit ? `（${c.unit}）` : ''}`)];
}

export function wideRow(r: Report, keys: WideKey[]): Cell[] {
  const value = new Map(r.indicators.map((v) => [`${v.id}@${v.year}`, v.value]));
  return [r.region, r.province, r.year, r.title, r.publisher, r.url, r.id, ...keys.map((k) => value.get(`${k.id}@${k.year}`) ?? null)];
}

/** Wide layout: one row per report, one column per (indicator, year) any report has, catalog order. */
export function reportsWideSheet(reports: Report[]): Sheet {
  const kept = live(reports);
  const keys = wideKeys(kept.flatMap((r) => r.indicators));
  return { name: '报告对照', columns: wideColumns(keys), rows: kept.map((r) => wideRow(r, keys)) };
}

/** The compare grid as rows: indicator x report with the difference against the first report. */
export function compareSheet(rows: CompareRow[]): Sheet {
  return {
    name: '对比',
    columns: ['指标', '指标编号', '地区', '报告', '年份', '数值', '单位', '差值', '差值比例', '原文', '来源', '报告编号'],
    rows: rows.map((r) => [r.indicatorName, r.indicatorId, r.region, r.reportTitle, r.year, r.value, r.unit,
      r.diff === null ? null : Math.round(r.diff * 1e6) / 1e6, roundRatio(r.diffRatio), r.quote, r.source === 'clip' ? '摘录' : r.source === 'report' ? '报告' : null, r.reportId]),
  };
}
