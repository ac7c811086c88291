/**
 * 比较 / Compare: the report in view against chosen stored reports, per indicator side by side with the
 * difference from the baseline, markers where units or years differ; one indicator across all stored
 * reports as bars; last year against this year. Everything is computed from the local store, so it
 * works offline and on pulled reports alike.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clip, Report } from '../../../shared/api/records';
import { COMPARE_MAX_REPORTS } from '../../../shared/api/queries';
import { compareSheet } from '../../../shared/export/layouts';
import { toCsv, toXlsx } from '../../../shared/export/sheet';
import { BarChart } from './BarChart';
import { pngBlob, svgBlob } from './chart-export';
import { fileName, saveFile } from './download';
import {
  compareGrid, compareGroups, exportRows, formatDiff, formatNumber, indicatorBars, indicatorChoices, reportLabel, yearPairs,
} from './model';
import { t } from '../../lib/i18n';
import { YearOverYearChart } from './YearOverYearChart';

export interface CompareViewProps {
  /** The report in view (kept or not); the baseline when present. */
  current: Report | null;
  /** Stored reports, local or pulled. */
  reports: Report[];
  clips?: Clip[];
  /** Ids chosen at first; default: the three most recently changed. */
  initialSelected?: string[];
}

// Styles travel with the component (the panel and a test page alike), scoped under .nb-compare.
const STYLE = `
.nb-compare { font-size: 13px; line-height: 1.4; max-width: 100%; }
.nb-compare h3 { font-size: 13px; margin: 14px 0 6px; }
.nb-compare .nb-muted { color: #6b7280; }
.nb-compare .nb-pick summary { cursor: pointer; font-weight: 600; }
.nb-compare .nb-report-list { list-style: none; padding: 0; margin: 4px 0; max-height: 180px; overflow: auto; }
.nb-compare .nb-report-list li { padding: 2px 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.nb-compare .nb-actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0; }
.nb-compare table.nb-compare-table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.nb-compare .nb-compare-table th, .nb-compare .nb-compare-table td { padding: 2px 4px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
.nb-compare .nb-compare-table thead th { text-align: left; font-weight: 500; color: #6b7280; }
.nb-compare .nb-compare-table thead th:first-child { width: 34%; }
.nb-compare .nb-compare-table thead th:last-child { width: 30%; }
.nb-compare tr.nb-ind th { text-align: left; background: #f3f4f6; font-weight: 600; }
.nb-compare tr.nb-base td { font-weight: 600; }
.nb-compare .nb-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.nb-compare .nb-value { font-variant-numeric: tabular-nums; }
.nb-compare .nb-unit { margin-left: 1px; color: #4b5563; }
.nb-compare .nb-year { margin-left: 4px; color: #9ca3af; font-size: 11px; }
.nb-compare .nb-mark { margin-left: 4px; padding: 0 3px; border-radius: 3px; background: #fef3c7; color: #92400e; font-size: 11px; }
.nb-compare .nb-diff { font-variant-numeric: tabular-nums; font-size: 12px; }
.nb-compare .nb-chart { display: block; max-width: 100%; height: auto; }
.nb-compare select { max-width: 100%; }
.nb-compare .nb-error { color: #b91c1c; }`;

/**
 * Indicator groups drawn at first; the rest on request. Twenty reports give ~1,200 rows, which take a
 * third of a second to lay out, and a 360 px panel shows twenty of them at a time.
 */
export const GROUPS_PER_PAGE = 15;

const live = (rs: Report[]) => rs.filter((r) => r.deletedAt === null);

/** Year-over-year rows drawn at first (the largest changes): 85 rows made a 3,400 px tall chart. */
export const YOY_ROWS = 12;

/** The width of an element, following the panel as it is resized (charts are drawn to it). */
function useWidth(ref: { current: HTMLElement | null }, fallback = 340): number {
  const [w, setW] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => setW(Math.max(240, Math.floor(el.clientWidth)));
    read();
    const RO = (globalThis as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (!RO) return;
    const ro = new RO(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return w;
}

function ChartExport({ svg, name }: { svg: { current: SVGSVGElement | null }; name: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="nb-actions">
      <button type="button" onClick={() => svg.current && saveFile(svgBlob(svg.current), fileName(name, 'svg'))}>
        {t('compare.exportSvg')}
      </button>
      <button type="button" onClick={async () => {
        if (!svg.current) return;
        try {
          saveFile(await pngBlob(svg.current), fileName(name, 'png'));
          setError(null);
        } catch (e) {
          setError(String(e instanceof Error ? e.message : e));
        }
      }}>
        {t('compare.exportPng')}
      </button>
      {error && <span role="alert" class="nb-error">{error}</span>}
    </div>
  );
}

export function CompareView({ current, reports, clips = [], initialSelected }: CompareViewProps) {
  const stored = useMemo(
    () => live(reports)
      .filter((r) => !current || (r.id !== current.id && r.url !== current.url))
      .sort((a, b) => b.updatedAt - a.updatedAt),
    [reports, current],
  );
  const [selected, setSelected] = useState<string[]>(() => initialSelected ?? stored.slice(0, 3).map((r) => r.id));
  const [sharedOnly, setSharedOnly] = useState(false);
  const [filter, setFilter] = useState('');
  const [groupLimit, setGroupLimit] = useState(GROUPS_PER_PAGE);

  const chosen = useMemo(() => {
    const byId = new Map(stored.map((r) => [r.id, r]));
    return selected.map((id) => byId.get(id)).filter((r): r is Report => !!r);
  }, [stored, selected]);
  const baseline = current ?? chosen[0] ?? null;
  const others = current ? chosen : chosen.slice(1);
  const grid = useMemo(() => compareGrid(baseline, others, clips), [baseline, others, clips]);
  const groups = useMemo(() => {
    const all = compareGroups(grid);
    return sharedOnly ? all.filter((g) => g.withValue >= 2) : all;
  }, [grid, sharedOnly]);

  const everyReport = useMemo(() => (current ? [current, ...stored] : stored), [current, stored]);
  const choices = useMemo(() => indicatorChoices(everyReport), [everyReport]);
  const [indicator, setIndicator] = useState<string | null>(null);
  const chartIndicator = indicator ?? choices[0]?.id ?? null;
  // Largest first: a ranking reads faster than the order reports were stored in.
  const bars = useMemo(() => (chartIndicator ? indicatorBars(everyReport, clips, chartIndicator).sort((a, b) => b.value - a.value) : []), [everyReport, clips, chartIndicator]);
  const barSvg = useRef<SVGSVGElement>(null);

  const withPairs = useMemo(() => everyReport.filter((r) => yearPairs(r).length > 0), [everyReport]);
  const [yoyId, setYoyId] = useState<string | null>(null);
  const yoyReport = withPairs.find((r) => r.id === yoyId) ?? withPairs[0] ?? null;
  const pairs = useMemo(() => (yoyReport ? yearPairs(yoyReport) : []), [yoyReport]);
  const yoySvg = useRef<SVGSVGElement>(null);
  const [yoyAll, setYoyAll] = useState(false);
  const yoyShown = useMemo(() => (yoyAll || pairs.length <= YOY_ROWS ? pairs : [...pairs]
    .sort((a, b) => Math.abs(b.ratio ?? 0) - Math.abs(a.ratio ?? 0)).slice(0, YOY_ROWS)), [pairs, yoyAll]);
  const box = useRef<HTMLElement>(null);
  const chartWidth = useWidth(box);
  // Reports that lack the baseline's year for an indicator: which year each is compared in.
  const yearNotes = useMemo(() => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const g of groups) {
      const base = g.cells[0];
      if (!base || base.year === null) continue;
      for (const c of g.cells.slice(1)) {
        if (!c.yearDiffers || c.year === null) continue;
        const k = `${c.label}@${c.year}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(t('compare.yearNote', [base.year, c.label, c.year]));
      }
    }
    return out;
  }, [groups]);

  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : s.length + 1 >= COMPARE_MAX_REPORTS ? s : [...s, id]));
  const shown = filter.trim()
    ? stored.filter((r) => `${r.region ?? ''} ${r.year ?? ''} ${r.title ?? ''}`.includes(filter.trim()))
    : stored;
  const rowsOut = useMemo(() => exportRows(groups), [groups]);
  const exportName = `年报对比_${grid.reports.map(reportLabel).join('_')}`;

  return (
    <section class="nb-compare" aria-label={t('compare.title')} ref={box}>
      <style>{STYLE}</style>
      <details open class="nb-pick">
        <summary>{t('compare.pick', [chosen.length])}</summary>
        {stored.length > 8 && (
          <input type="search" placeholder={t('compare.filter')}
            value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
        )}
        {stored.length === 0 && <p class="nb-muted">{t('compare.noneStored')}</p>}
        <ul class="nb-report-list">
          {shown.map((r) => (
            <li key={r.id}>
              <label>
                <input type="checkbox" checked={selected.includes(r.id)} onChange={() => toggle(r.id)} data-report-choice={r.id} />
                <span>{reportLabel(r)}</span>
                {r.title && <span class="nb-muted"> {r.title}</span>}
              </label>
            </li>
          ))}
        </ul>
      </details>

      {baseline && (
        <p class="nb-baseline">
          {t('compare.baseline')}<strong>{reportLabel(baseline)}</strong>
          {current && <span class="nb-muted">{t('compare.thisPage')}</span>}
        </p>
      )}

      <div class="nb-actions">
        <label><input type="checkbox" checked={sharedOnly} onChange={() => setSharedOnly(!sharedOnly)} /> {t('compare.sharedOnly')}</label>
        <button type="button" data-export="csv" disabled={!rowsOut.length} onClick={() => saveFile(toCsv(compareSheet(rowsOut)), fileName(exportName, 'csv'), 'text/csv;charset=utf-8')}>
          {t('compare.exportCsv')}
        </button>
        <button type="button" data-export="xlsx" disabled={!rowsOut.length} onClick={async () => saveFile(await toXlsx([compareSheet(rowsOut)]), fileName(exportName, 'xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')}>
          {t('compare.exportXlsx')}
        </button>
      </div>

      {yearNotes.length > 0 && (
        <ul class="nb-muted nb-year-notes" data-testid="year-notes" style="font-size:12px;margin:4px 0;padding-left:16px">
          {yearNotes.slice(0, 5).map((n) => <li key={n}>{n}</li>)}
        </ul>
      )}
      {grid.reports.length > 0 && groups.length === 0 && <p class="nb-muted">{t('compare.nothing')}</p>}
      {groups.length > 0 && (
        <table class="nb-compare-table">
          <thead>
            <tr><th scope="col">{t('compare.report')}</th><th scope="col">{t('compare.value')}</th><th scope="col">{t('compare.diff')}</th></tr>
          </thead>
          {groups.slice(0, groupLimit).map((g) => (
            <tbody key={g.indicatorId} data-indicator={g.indicatorId}>
              <tr class="nb-ind"><th colSpan={3} scope="rowgroup">{g.name}</th></tr>
              {g.cells.map((c) => (
                <tr key={c.reportId} data-report={c.reportId} class={c.baseline ? 'nb-base' : ''}>
                  <td class="nb-label" title={c.reportTitle ?? ''}>{c.label}</td>
                  <td class="nb-value" data-value={c.value ?? ''} title={c.quote ?? ''}>
                    {formatNumber(c.value)}{c.value !== null && c.unit ? <span class="nb-unit">{c.unit}</span> : null}
                    {c.value !== null && c.year !== null && <span class="nb-year">{c.year}</span>}
                    {c.unitDiffers && <span class="nb-mark" data-mark="unit" title={t('compare.unitDiffers')}>{t('compare.unitMark')}</span>}
                    {c.yearDiffers && <span class="nb-mark" data-mark="year" title={t('compare.yearDiffers')}>{t('compare.yearMark', [c.year ?? ''])}</span>}
                  </td>
                  <td class="nb-diff" data-diff={c.diff ?? ''}>{c.baseline ? t('compare.base') : c.unitDiffers ? '' : formatDiff(c.diff, c.diffRatio)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
      {groups.length > groupLimit && (
        <button type="button" class="nb-more" onClick={() => setGroupLimit(groups.length)}>
          {t('compare.more', [groups.length - groupLimit])}
        </button>
      )}

      <h3>{t('compare.across')}</h3>
      {choices.length === 0 ? (
        <p class="nb-muted">{t('compare.noValues')}</p>
      ) : (
        <>
          <select aria-label={t('compare.indicator')} value={chartIndicator ?? ''} onChange={(e) => setIndicator((e.target as HTMLSelectElement).value)}>
            {choices.map((c) => <option key={c.id} value={c.id}>{`${c.name}（${c.count}）`}</option>)}
          </select>
          <BarChart svgRef={barSvg} width={chartWidth} title={choices.find((c) => c.id === chartIndicator)?.name ?? ''} bars={bars} highlight={current?.id ?? null} />
          {bars.some((b) => b.odd) && <p class="nb-muted">{t('compare.oddBars')}</p>}
          <ChartExport svg={barSvg} name={`年报_${chartIndicator}`} />
        </>
      )}

      <h3>{t('compare.yoy')}</h3>
      {!yoyReport ? (
        <p class="nb-muted">{t('compare.yoyNone')}</p>
      ) : (
        <>
          {withPairs.length > 1 && (
            <select aria-label={t('compare.report')} value={yoyReport.id} onChange={(e) => setYoyId((e.target as HTMLSelectElement).value)}>
              {withPairs.map((r) => <option key={r.id} value={r.id}>{reportLabel(r)}</option>)}
            </select>
          )}
          <YearOverYearChart svgRef={yoySvg} width={chartWidth} title={t('compare.yoyTitle', [reportLabel(yoyReport)])} pairs={yoyShown} />
          {pairs.length > YOY_ROWS && (
            <div class="nb-actions">
              {!yoyAll && <span class="nb-muted">{t('compare.yoyTop', [YOY_ROWS, pairs.length])}</span>}
              <button type="button" data-testid="yoy-all" onClick={() => setYoyAll(!yoyAll)}>
                {yoyAll ? t('compare.yoyTop', [YOY_ROWS, pairs.length]) : t('compare.yoyAll', [pairs.length])}
              </button>
            </div>
          )}
          <ChartExport svg={yoySvg} name={`年报同比_${reportLabel(yoyReport)}`} />
        </>
      )}
    </section>
  );
}
