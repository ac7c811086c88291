/**
 * The compare view's data, pure: groups the shared compare grid (shared/export buildCompare, the same
 * one the server's /compare uses) by indicator, marks cells whose unit or year differ from the
 * baseline's, and shapes series for the charts.
 */
import type { CompareResponse, CompareRow } from '../../../shared/api/compare';
import type { Clip, Report } from '../../../shared/api/records';
import { buildCompare } from '../../../shared/export/compare';
import { indicatorName } from '../../lib/i18n';

export interface CompareCell extends CompareRow {
  label: string;
  unitDiffers: boolean;
  yearDiffers: boolean;
  baseline: boolean;
}

export interface CompareGroup {
  indicatorId: string;
  name: string;
  cells: CompareCell[];
  /** How many reports give a value. */
  withValue: number;
}

/** "贵阳市 2024" — what fits on a bar's axis; the title when the region is unknown. */
export function reportLabel(r: { region: string | null; year: number | null; title: string | null }): string {
  const place = r.region ?? (r.title ? r.title.slice(0, 10) : '?');
  return r.year ? `${place} ${r.year}` : place;
}

export function compareGroups(grid: CompareResponse): CompareGroup[] {
  const groups = new Map<string, CompareGroup>();
  const labels = new Map(grid.reports.map((r) => [r.id, reportLabel(r)]));
  for (const row of grid.rows) {
    let g = groups.get(row.indicatorId);
    if (!g) {
      g = { indicatorId: row.indicatorId, name: indicatorName(row.indicatorId) || row.indicatorName, cells: [], withValue: 0 };
      groups.set(row.indicatorId, g);
    }
    const base = g.cells[0];
    g.cells.push({
      ...row,
      label: labels.get(row.reportId) ?? row.reportId,
      baseline: !base,
      // Differences are only worth a marker where both sides have a value to compare.
      unitDiffers: !!base && base.value !== null && row.value !== null && (base.unit ?? '') !== (row.unit ?? ''),
      yearDiffers: !!base && base.value !== null && row.value !== null && base.year !== row.year,
    });
    if (row.value !== null) g.withValue++;
  }
  return [...groups.values()];
}

/**
 * The rows a comparison exports (CSV/XLSX through shared/export compareSheet): the groups shown, with no
 * difference where the unit is not the baseline's (0.97 against 95.5% is not a change of -94.53).
 */
export function exportRows(groups: CompareGroup[]): CompareRow[] {
  return groups.flatMap((g) => g.cells.map(({ label: _l, unitDiffers, yearDiffers: _y, baseline: _b, ...row }) =>
    (unitDiffers ? { ...row, diff: null, diffRatio: null } : row)));
}

/** The grid for a baseline and the chosen others (baseline first), live records only. */
export function compareGrid(baseline: Report | null, others: Report[], clips: Clip[]): CompareResponse {
  const list = baseline ? [baseline, ...others.filter((r) => r.id !== baseline.id)] : others;
  return buildCompare(list, clips);
}

const nf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
export function formatNumber(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '—' : nf.format(v);
}

export function formatDiff(diff: number | null, ratio: number | null): string {
  if (diff === null) return '';
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const pct = ratio === null || !Number.isFinite(ratio) ? '' : ` (${ratio > 0 ? '+' : ratio < 0 ? '−' : '±'}${nf.format(Math.abs(ratio * 100))}%)`;
  return `${sign}${nf.format(Math.abs(diff))}${pct}`;
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  unit: string | null;
  year: number | null;
  /** Unit differs from the most common one: the bar is not comparable as drawn. */
  odd: boolean;
}

/** One indicator across reports: one bar per report that has a value, in the given order. */
export function indicatorBars(reports: Report[], clips: Clip[], indicatorId: string): Bar[] {
  const grid = buildCompare(reports, clips, [indicatorId]);
  const labels = new Map(grid.reports.map((r) => [r.id, reportLabel(r)]));
  const rows = grid.rows.filter((r) => r.value !== null);
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.unit ?? '', (counts.get(r.unit ?? '') ?? 0) + 1);
  const mainUnit = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return rows.map((r) => ({
    key: r.reportId,
    label: labels.get(r.reportId) ?? r.reportId,
    value: r.value!,
    unit: r.unit,
    year: r.year,
    odd: (r.unit ?? '') !== mainUnit,
  }));
}

/** Indicators any of the reports gives, catalog name and count of reports giving it, most common first. */
export function indicatorChoices(reports: Report[]): { id: string; name: string; count: number }[] {
  const count = new Map<string, number>();
  for (const r of reports) for (const id of new Set(r.indicators.map((v) => v.id))) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count.entries()]
    .map(([id, n]) => ({ id, name: indicatorName(id), count: n }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}

export interface YearPair {
  indicatorId: string;
  name: string;
  unit: string;
  prev: { year: number; value: number };
  cur: { year: number; value: number };
  change: number;
  ratio: number | null;
}

/** Indicators the report gives for two years (its standard tables' this year and last year columns). */
export function yearPairs(report: Report): YearPair[] {
  const byId = new Map<string, Report['indicators']>();
  for (const v of report.indicators) {
    const list = byId.get(v.id);
    if (list) list.push(v);
    else byId.set(v.id, [v]);
  }
  const out: YearPair[] = [];
  for (const [id, vs] of byId) {
    const years = [...new Set(vs.map((v) => v.year))].sort((a, b) => b - a);
    if (years.length < 2) continue;
    const cur = vs.find((v) => v.year === (report.year !== null && years.includes(report.year) ? report.year : years[0]))!;
    const prev = vs.filter((v) => v.year < cur.year).sort((a, b) => b.year - a.year)[0];
    if (!prev) continue;
    const change = cur.value - prev.value;
    out.push({
      indicatorId: id,
      name: indicatorName(id),
      unit: cur.unit,
      prev: { year: prev.year, value: prev.value },
      cur: { year: cur.year, value: cur.value },
      change,
      ratio: prev.value !== 0 ? change / prev.value : null,
    });
  }
  return out;
}
