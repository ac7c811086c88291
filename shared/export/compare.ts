/**
 * The indicator x report grid, pure, so the Worker's /compare and the extension (offline, from its own
 * store) line reports up the same way.
 */
import type { Clip, Report } from '../api/records';
import type { CompareResponse, CompareRow } from '../api/compare';
import { INDICATORS, indicatorById } from '../catalog/index';

const CATALOG_ORDER = new Map(INDICATORS.map((e, i) => [e.id, i]));

interface Value {
  year: number | null;
  value: number;
  unit: string | null;
  quote: string | null;
  source: 'report' | 'clip';
}

/** The report's own value for its year, else the latest year it gives; else the newest clip. */
function valueOf(report: Report, indicatorId: string, clips: Clip[]): Value | null {
  const own = report.indicators.filter((v) => v.id === indicatorId);
  if (own.length) {
    const v = own.find((x) => x.year === report.year) ?? own.reduce((a, b) => (b.year > a.year ? b : a));
    return { year: v.year, value: v.value, unit: v.unit, quote: v.quote, source: 'report' };
  }
  const kept = clips
    .filter((c) => c.reportId === report.id && c.indicatorId === indicatorId && c.value !== null && c.deletedAt === null)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return kept ? { year: kept.year ?? report.year, value: kept.value!, unit: kept.unit, quote: kept.quote, source: 'clip' } : null;
}

/**
 * `reports` in the order to show them (the first is the baseline); `indicatorIds` left out means every
 * indicator any report (or its clips) has, in catalog order.
 */
export function buildCompare(reports: Report[], clips: Clip[], indicatorIds?: string[]): CompareResponse {
  const live = reports.filter((r) => r.deletedAt === null);
  const ids = indicatorIds ?? [...new Set([
    ...live.flatMap((r) => r.indicators.map((v) => v.id)),
    ...clips.filter((c) => c.indicatorId && c.value !== null && c.deletedAt === null).map((c) => c.indicatorId!),
  ])].sort((a, b) => (CATALOG_ORDER.get(a) ?? Infinity) - (CATALOG_ORDER.get(b) ?? Infinity) || (a < b ? -1 : 1));
  const rows: CompareRow[] = [];
  for (const indicatorId of ids) {
    const name = indicatorById(indicatorId)?.nameZh ?? indicatorId;
    const values = live.map((r) => valueOf(r, indicatorId, clips));
    const base = values[0]?.value ?? null;
    live.forEach((r, i) => {
      const v = values[i];
      const diff = v && base !== null ? v.value - base : null;
      rows.push({
        indicatorId,
        indicatorName: name,
        reportId: r.id,
        reportTitle: r.title,
        region: r.region,
        year: v?.year ?? r.year,
        value: v?.value ?? null,
        unit: v?.unit ?? indicatorById(indicatorId)?.unit ?? null,
        quote: v?.quote ?? null,
        source: v?.source ?? null,
        diff,
        diffRatio: diff !== null && base ? diff / base : null,
      });
    });
  }
  return {
    reports: live.map((r) => ({ id: r.id, title: r.title, region: r.region, year: r.year })),
    indicators: ids,
    rows,
  };
}
