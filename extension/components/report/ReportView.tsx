/**
 * 本页 / This page for a report: who published it for which region and year, its indicators grouped as
 * the catalog groups them, keep and clip buttons. Pure view: the panel passes data and actions in.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report } from '../../../shared/api/records';
import type { Extraction } from '../../../shared/extract/types';
import { t, uiLang, warningText } from '../../lib/i18n';
import { Copies } from './Copies';
import { IndicatorItem } from './IndicatorItem';
import { mark, PANEL_MARKS, whenIdle } from '../../lib/perf/marks';
import { firstScreen, groupIndicators, type PlacedIndicator } from './model';

export interface ReportViewProps {
  extraction: Extraction;
  /** The kept record of this page, if any. */
  kept?: Report;
  clipped: Set<string>;
  onKeep: () => Promise<unknown> | void;
  onClip: (ind: PlacedIndicator) => Promise<unknown> | void;
  /** Resolves to whether the page found the quote, or 'pdfPage' when the PDF was opened at the quote's page. */
  onLocate: (ind: PlacedIndicator) => Promise<boolean | 'pdfPage'> | void;
  /** The PDF the indicators were read from: their page numbers link to it (#page=N). */
  pdfUrl?: string;
  /** Room for the PDF engineer's list of the page's PDF files. */
  children?: ComponentChildren;
  /** A stored report (the library): nothing to keep, no keep button. */
  readOnly?: boolean;
}

function Identity({ extraction, kept, onKeep, busy, readOnly }: { extraction: Extraction; kept?: Report; onKeep: () => void; busy: boolean; readOnly?: boolean }) {
  const r = extraction.report;
  const rows: [string, string][] = [];
  if (r.region) rows.push([t('report.region'), r.regionLevel ? (uiLang() === 'zh' ? `${r.region}（${t(`regionLevel.${r.regionLevel}`)}）` : `${r.region} (${t(`regionLevel.${r.regionLevel}`)})`) : r.region]);
  if (r.province && r.province !== r.region) rows.push(['', r.province]);
  if (r.year) rows.push([t('report.year'), String(r.year)]);
  if (r.level) rows.push([t('report.level'), t(`level.${r.level}`)]);
  if (r.publisher) rows.push([t('report.publisher'), r.publisher]);
  if (r.publishedAt) rows.push([t('report.publishedAt'), r.publishedAt]);
  return (
    <section class="nb-ident" aria-label={t('report.identity')} data-testid="identity">
      <div class="nb-ident-head">
        <h1>{r.title ?? t('report.untitled')}</h1>
        {!readOnly && (
          <button type="button" class={`nb-btn ${kept ? '' : 'primary'}`} onClick={onKeep} disabled={busy} data-testid="keep">
            {kept ? t('report.kept') : t('report.keep')}
          </button>
        )}
      </div>
      {rows.length > 0 && (
        <dl>
          {rows.map(([k, v], i) => [<dt key={`k${i}`}>{k}</dt>, <dd key={`v${i}`}>{v}</dd>])}
        </dl>
      )}
      <p class="nb-count">{t('report.indicatorCount', [new Set(extraction.indicators.map((i) => i.id)).size])}</p>
      {kept && <Copies report={kept} />}
      {extraction.warnings.length > 0 && (
        <ul class="nb-warnings" aria-label={t('report.warnings')}>{extraction.warnings.map((w, i) => <li key={i}>⚠ {warningText(w)}</li>)}</ul>
      )}
    </section>
  );
}

/** Indicators laid out before the first paint: more than a 1000 px tall panel shows. */
export const FIRST_SCREEN = 14;

export function ReportView({ extraction, kept, clipped, onKeep, onClip, onLocate, pdfUrl, children, readOnly }: ReportViewProps) {
  const groups = useMemo(() => groupIndicators(extraction.indicators, extraction.report.year), [extraction]);
  // The first screen at once, the rest of the list once the browser is idle (a 200-indicator report
  // laid out in one go kept the count off the screen for a quarter of a second).
  const [all, setAll] = useState(false);
  useEffect(() => {
    setAll(false);
    mark(PANEL_MARKS.count);
    return whenIdle(() => setAll(true));
  }, [extraction]);
  useEffect(() => {
    if (all) mark(PANEL_MARKS.rest);
  }, [all]);
  const shownGroups = useMemo(() => (all ? groups : firstScreen(groups, FIRST_SCREEN)), [groups, all]);
  const [notice, setNotice] = useState<{ text: string; bad?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const lang = uiLang();

  const keep = async () => {
    setBusy(true);
    try {
      const wasKept = !!kept;
      await onKeep();
      setNotice({ text: t(wasKept ? 'report.updatedNote' : 'report.keptNote') });
    } catch (err) {
      setNotice({ text: String(err instanceof Error ? err.message : err), bad: true });
    } finally {
      setBusy(false);
    }
  };
  const locate = async (ind: PlacedIndicator) => {
    const found = await onLocate(ind);
    setNotice(found === false ? { text: t('ind.notFound'), bad: true } : found === 'pdfPage' ? { text: t('ind.pdfOpened', [ind.page ?? 1]) } : null);
  };
  const clip = async (ind: PlacedIndicator) => {
    try {
      await onClip(ind);
    } catch (err) {
      setNotice({ text: String(err instanceof Error ? err.message : err), bad: true });
    }
  };

  return (
    <div data-testid="report-view" data-complete={all ? 'true' : undefined}>
      <Identity extraction={extraction} kept={kept} onKeep={() => void keep()} busy={busy} readOnly={readOnly} />
      <div class={`nb-live${notice?.bad ? ' bad' : ''}`} role="status" aria-live="polite" data-testid="notice">{notice?.text ?? ''}</div>
      {children}
      {groups.length === 0 && <p class="nb-muted">{t('report.noIndicators')}</p>}
      {shownGroups.map((g) => (
        <details class="nb-group" open key={g.group} data-group={g.group}>
          <summary>{g.label[lang]}<span class="n">{groups.find((x) => x.group === g.group)?.entries.length ?? g.entries.length}</span></summary>
          <ul class="nb-inds">
            {g.entries.map((e) => (
              <IndicatorItem key={e.id} entry={e} clipped={clipped} onLocate={(i) => void locate(i)} onClip={(i) => void clip(i)} pdfUrl={pdfUrl} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
