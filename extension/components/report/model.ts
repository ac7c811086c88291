/**
 * What the panel shows of an extraction, pure: indicators grouped as the catalog groups them, each id
 * with its report-year value and last year's beside it (the standard tables print both), and the
 * report as the library stores it.
 */
import type { Clip, Report, ReportIndicator, SourceKind } from '../../../shared/api/records';
import { GROUP_LABELS, GROUP_ORDER, INDICATORS, indicatorById, type IndicatorGroup } from '../../../shared/catalog/index';
import type { Extraction, Indicator } from '../../../shared/extract/types';
import type { EngineWarning } from '../../../shared/extract/warnings';
import type { BlockPlace } from '../../lib/messages';
import type { ClipDraft, ReportDraft } from '../../lib/store/api';

/** The engine adds `at` (where the quote sits among the blocks); older engines do not. */
export type PlacedIndicator = Indicator & { at?: BlockPlace };

export interface IndicatorEntry {
  id: string;
  /** The value for the report's year (or the latest year given). */
  cur: PlacedIndicator;
  /** The year before, when the page gives it (the tables' 上年 column). */
  prev?: PlacedIndicator;
  /** Any further years. */
  more: PlacedIndicator[];
}

export interface IndicatorGroupView {
  group: IndicatorGroup | 'other';
  label: { zh: string; en: string };
  entries: IndicatorEntry[];
}

const CATALOG_ORDER = new Map(INDICATORS.map((e, i) => [e.id, i]));

export function groupIndicators(indicators: PlacedIndicator[], reportYear: number | null): IndicatorGroupView[] {
  const byId = new Map<string, PlacedIndicator[]>();
  for (const ind of indicators) {
    const list = byId.get(ind.id);
    if (list) list.push(ind);
    else byId.set(ind.id, [ind]);
  }
  const groups = new Map<IndicatorGroupView['group'], IndicatorEntry[]>();
  for (const [id, list] of byId) {
    const sorted = [...list].sort((a, b) => b.year - a.year);
    const cur = sorted.find((i) => i.year === reportYear) ?? sorted[0]!;
    const prev = sorted.find((i) => i.year === cur.year - 1);
    const more = sorted.filter((i) => i !== cur && i !== prev);
    const group = indicatorById(id)?.group ?? 'other';
    const entries = groups.get(group) ?? [];
    entries.push({ id, cur, prev, more });
    groups.set(group, entries);
  }
  const order = [...GROUP_ORDER, 'other' as const];
  return order
    .filter((g) => groups.has(g))
    .map((g) => ({
      group: g,
      label: g === 'other' ? { zh: '其他', en: 'Other' } : GROUP_LABELS[g],
      entries: groups.get(g)!.sort((a, b) => (CATALOG_ORDER.get(a.id) ?? Infinity) - (CATALOG_ORDER.get(b.id) ?? Infinity) || (a.id < b.id ? -1 : 1)),
    }));
}

/** The groups cut to their first `n` entries in all (what fills the first screen); empty groups left out. */
export function firstScreen(groups: IndicatorGroupView[], n: number): IndicatorGroupView[] {
  const out: IndicatorGroupView[] = [];
  let left = n;
  for (const g of groups) {
    if (left <= 0) break;
    const entries = g.entries.slice(0, left);
    left -= entries.length;
    out.push(entries.length === g.entries.length ? g : { ...g, entries });
  }
  return out;
}

export function change(entry: IndicatorEntry): { diff: number; ratio: number | null } | null {
  if (!entry.prev) return null;
  const diff = entry.cur.value - entry.prev.value;
  return { diff, ratio: entry.prev.value !== 0 ? diff / Math.abs(entry.prev.value) : null };
}

const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/** The report as the library keeps it: identity plus every (indicator, year) value with its quote. */
export function reportDraftOf(extraction: Extraction, url: string, pageTitle?: string, sourceKind?: SourceKind): ReportDraft {
  const r = extraction.report;
  const indicators: ReportIndicator[] = extraction.indicators
    .filter((i) => Number.isFinite(i.value) && i.year >= 1900 && i.year <= 2200)
    .map((i) => {
      const v: ReportIndicator = { id: i.id, year: i.year, value: i.value, unit: cut(i.unit ?? '', 32), quote: cut(i.quote ?? '', 5_000) };
      if (i.source === 'table' || i.source === 'prose') v.source = i.source;
      if (Number.isFinite(i.confidence)) v.confidence = Math.min(1, Math.max(0, i.confidence));
      if (i.warnings?.length) {
        v.warnings = i.warnings.slice(0, 20).map((w) => ({
          code: w.code,
          params: Object.fromEntries(Object.entries(w.params ?? {}).slice(0, 10).map(([k, x]) => [k.slice(0, 40), typeof x === 'number' ? x : cut(String(x), 200)])),
          message: cut(w.message ?? '', 500),
        }));
      }
      if (i.page !== undefined && Number.isInteger(i.page) && i.page >= 1) v.page = i.page;
      if (i.approximate) v.approximate = true;
      return v;
    });
  return {
    url,
    ...(sourceKind ? { sourceKind } : {}),
    title: r.title ? cut(r.title, 1_000) : pageTitle ? cut(pageTitle, 1_000) : null,
    region: r.region,
    regionLevel: r.regionLevel,
    province: r.province,
    year: r.year,
    level: r.level,
    publisher: r.publisher,
    publishedAt: r.publishedAt,
    indicators,
  };
}

/**
 * A kept report as the panel's view reads an extraction: its identity and its stored values, with the
 * confidence, source and warnings they were kept with (older records without them read as table values
 * of unknown confidence: shown without a confidence figure).
 */
export function extractionOfReport(r: Report): Extraction {
  return {
    detection: { isReport: true, score: 1, reasons: ['stored report'] },
    report: {
      title: r.title, region: r.region, regionLevel: r.regionLevel, province: r.province, year: r.year, level: r.level,
      publisher: r.publisher, publishedAt: r.publishedAt,
    } as Extraction['report'],
    indicators: r.indicators.map((v) => ({
      id: v.id, year: v.year, value: v.value, unit: v.unit, quote: v.quote,
      source: v.source ?? 'table',
      confidence: v.confidence ?? NaN,
      alternatives: [],
      warnings: (v.warnings ?? []).map((w) => ({ code: w.code as EngineWarning['code'], params: w.params, message: w.message })),
      ...(v.page !== undefined ? { page: v.page } : {}),
      ...(v.approximate ? { approximate: true } : {}),
    })),
    warnings: [],
  };
}

/** The report in view as a Report (for the compare view), whether kept or not. */
export function reportPreview(draft: ReportDraft, id: string, kept?: Report): Report {
  const t = kept?.updatedAt ?? 0;
  return {
    id, url: draft.url, title: draft.title ?? null, region: draft.region ?? null, regionLevel: draft.regionLevel ?? null,
    province: draft.province ?? null, year: draft.year ?? null, level: draft.level ?? null, publisher: draft.publisher ?? null,
    publishedAt: draft.publishedAt ?? null,
    // a kept report with several copies compares by its merged values
    indicators: kept && (kept.sources?.length ?? 0) > 1 ? kept.indicators : ((draft.indicators ?? []) as ReportIndicator[]),
    createdAt: kept?.createdAt ?? t, updatedAt: t, deletedAt: null,
  };
}

/** A clip of one extracted value. */
export function clipDraftOf(ind: Indicator, url: string, pageTitle: string, reportId: string | null): ClipDraft {
  return {
    reportId,
    url,
    pageTitle: cut(pageTitle, 1_000),
    indicatorId: ind.id,
    label: indicatorById(ind.id)?.nameZh ?? ind.id,
    value: ind.value,
    unit: ind.unit ? cut(ind.unit, 32) : null,
    year: ind.year,
    quote: cut(ind.quote || String(ind.value), 20_000),
  };
}

/** Whether a clip already holds this value of this page: indicator, year and the value itself. */
export const clipKey = (indicatorId: string | null, year: number | null, value: number | null) =>
  `${indicatorId ?? ''}@${year ?? ''}=${value === null ? '' : Number(value.toPrecision(12))}`;
export function clippedKeys(clips: Clip[], url: string, normalise: (u: string) => string): Set<string> {
  const here = normalise(url);
  return new Set(clips.filter((c) => c.deletedAt === null && normalise(c.url) === here).map((c) => clipKey(c.indicatorId, c.year, c.value)));
}
