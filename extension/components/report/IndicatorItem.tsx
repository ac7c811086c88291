/** One indicator: name, value, unit, year (and last year with the change), confidence, warnings, quote. */
import { formatDiff, formatNumber } from '../compare/model';
import { indicatorName, t, warningText } from '../../lib/i18n';
import { change, clipKey, type IndicatorEntry, type PlacedIndicator } from './model';

export interface IndicatorItemProps {
  entry: IndicatorEntry;
  /** Which (id@year) values are already clipped from this page. */
  clipped: Set<string>;
  onLocate: (ind: PlacedIndicator) => void;
  onClip: (ind: PlacedIndicator) => void;
  /** The PDF the value was read from: its page number opens it there in a new tab. */
  pdfUrl?: string;
}

const LOW_CONFIDENCE = 0.6;

/** A table row's quote keeps its tab-separated cells; shown with a light separator instead of wide gaps. */
export const quoteText = (q: string) => q.replace(/[ \u3000]*\t[\t \u3000]*/g, ' · ').replace(/\s+/g, ' ').trim();

function ValueText({ ind }: { ind: PlacedIndicator }) {
  return (
    <span class="nb-ind-value">
      {ind.approximate ? `${t('ind.approx')} ` : ''}{formatNumber(ind.value)}<span class="nb-unit">{ind.unit}</span>
    </span>
  );
}

function ClipButton({ ind, clipped, onClip, withYear }: { ind: PlacedIndicator; clipped: boolean; onClip: (i: PlacedIndicator) => void; withYear?: boolean }) {
  return (
    <button type="button" class={`nb-btn quiet small${clipped ? ' done' : ''}`} data-testid="clip" data-year={ind.year}
      title={t('ind.clipTitle')} aria-label={`${t('ind.clip')} ${indicatorName(ind.id)} ${ind.year}`} onClick={() => onClip(ind)}>
      {clipped ? `✓ ${t('ind.clipped')}` : `＋ ${t('ind.clip')}`}{withYear ? ` ${ind.year}` : ''}
    </button>
  );
}

export function IndicatorItem({ entry, clipped, onLocate, onClip, pdfUrl }: IndicatorItemProps) {
  const { cur, prev } = entry;
  const ch = change(entry);
  const warnings = [...new Set([...cur.warnings, ...(prev?.warnings ?? [])].map(warningText))];
  const alternatives = [...cur.alternatives.map((a) => ({ ...a, year: cur.year })), ...(prev?.alternatives ?? []).map((a) => ({ ...a, year: prev!.year }))];
  const low = cur.confidence < LOW_CONFIDENCE;
  // Clipped only when a clip of this page holds this very value (a clip of another figure is not this one).
  const isClipped = (i: PlacedIndicator) => clipped.has(clipKey(i.id, i.year, i.value));
  return (
    <li class="nb-ind" data-testid="indicator" data-id={entry.id} data-year={cur.year} data-value={cur.value}
      data-prev-year={prev?.year} data-prev-value={prev?.value}>
      <div class="nb-ind-head">
        <button type="button" class="nb-ind-main" title={t('ind.locate')} onClick={() => onLocate(cur)} data-testid="locate">
          <span class="nb-ind-line">
            <span class="nb-ind-name">{indicatorName(entry.id)}</span>
            {!prev && <ValueText ind={cur} />}
            {!prev && <span class="nb-year">{cur.year}</span>}
          </span>
          {prev && (
            <span class="nb-years" data-testid="years">
              <span class="h">{t('ind.thisYear')} {cur.year}</span>
              <span class="h">{t('ind.lastYear')} {prev.year}</span>
              <span class="h">{t('ind.change')}</span>
              <span class="v"><ValueText ind={cur} /></span>
              <span class="v" data-testid="prev-value">{formatNumber(prev.value)}<span class="nb-unit">{prev.unit}</span></span>
              <span class={`v ${ch && ch.diff > 0 ? 'nb-up' : ch && ch.diff < 0 ? 'nb-down' : ''}`}>{ch ? formatDiff(ch.diff, ch.ratio) : ''}</span>
            </span>
          )}
        </button>
        <ClipButton ind={cur} clipped={isClipped(cur)} onClip={onClip} withYear={!!prev} />
      </div>
      <div class="nb-ind-meta">
        {Number.isFinite(cur.confidence) && <span class={low ? 'nb-conf-low' : ''}>{t('ind.confidence')} {Math.round(cur.confidence * 100)}%</span>}
        <span>{t(cur.source === 'table' ? 'ind.source_table' : 'ind.source_prose')}</span>
        {cur.page !== undefined && !pdfUrl && <span>{t('ind.page', [cur.page])}</span>}
        {cur.page !== undefined && pdfUrl && (
          // the browser's PDF viewer opens at the page but takes no script: it cannot highlight the quote
          <a href={`${pdfUrl.split('#')[0]}#page=${cur.page}`} target="_blank" rel="noopener noreferrer" data-testid="pdf-page"
            title={t('ind.pdfNoHighlight')}>{t('ind.page', [cur.page])} ↗</a>
        )}
        {prev && <ClipButton ind={prev} clipped={isClipped(prev)} onClip={onClip} withYear />}
      </div>
      {warnings.length > 0 && (
        <div class="nb-ind-meta nb-ind-warn" data-testid="warnings">⚠ {warnings.join('；')}</div>
      )}
      {cur.quote && <blockquote class="nb-quote" title={cur.quote}>{quoteText(cur.quote)}</blockquote>}
      {alternatives.length > 0 && (
        <details class="nb-alts">
          <summary>{t('ind.alternatives')} ({alternatives.length})</summary>
          <ul>
            {alternatives.map((a, i) => (
              <li key={i}><span class="nb-num">{formatNumber(a.value)}</span> <span class="nb-faint">{a.year}</span> — {quoteText(a.quote)}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
