/**
 * 本页 / This page: reading, a report (the page's, a PDF's or a .docx's), not a report, a PDF, or a page that cannot
 * be read. A page that is no report but links report files leads with those files; any page judged not a report
 * offers 仍然提取 / Extract anyway.
 */
import type { ComponentChildren } from 'preact';
import type { Report } from '../../../shared/api/records';
import type { Extraction } from '../../../shared/extract/types';
import { ReportView } from '../../components/report/ReportView';
import type { PlacedIndicator } from '../../components/report/model';
import { t } from '../../lib/i18n';
import type { PageReading } from './reading';

/** The report the view shows: the page's own, or one read from a PDF (whose quotes cannot be pointed at in the page). */
export interface ShownReport {
  extraction: Extraction;
  url: string;
  title: string;
  /** Read from a linked (or the tab's) PDF or Word file: its quotes have no place in the tab's page. */
  fromPdf: boolean;
  /** Which file it came from, when fromPdf. */
  file?: 'pdf' | 'docx';
  /** The page was judged not a report and extracted anyway. */
  forced?: boolean;
}

export interface PagePaneProps {
  reading: PageReading | null;
  loading: boolean;
  shown: ShownReport | null;
  kept?: Report;
  clipped: Set<string>;
  onRetry: () => void;
  onKeep: () => Promise<unknown>;
  onClip: (ind: PlacedIndicator) => Promise<unknown>;
  onLocate: (ind: PlacedIndicator) => Promise<boolean | 'pdfPage'> | void;
  /** Back from a PDF's report to the page's own. */
  onBackToPage?: () => void;
  /** The PDF engineer's component for this page's PDF files (or the page itself when it is a PDF). */
  pdf?: ComponentChildren;
  /** 仍然提取: run the engine on a page judged not a report. */
  onExtractAnyway?: () => void;
}

function ExtractAnyway({ onClick }: { onClick?: () => void }) {
  if (!onClick) return null;
  return (
    <div class="nb-state" data-testid="extract-anyway-box">
      <button type="button" class="nb-btn" data-testid="extract-anyway" onClick={onClick}>{t('page.extractAnyway')}</button>
      <p>{t('page.extractAnywayHint')}</p>
    </div>
  );
}

function State({ title, hint, onRetry, testid }: { title: string; hint?: string; onRetry?: () => void; testid: string }) {
  return (
    <div class="nb-state" data-testid={testid}>
      <h2>{title}</h2>
      {hint && <p>{hint}</p>}
      {onRetry && <button type="button" class="nb-btn" onClick={onRetry}>{t('page.retry')}</button>}
    </div>
  );
}

export function PagePane(p: PagePaneProps) {
  const { reading, loading, shown, pdf } = p;
  if (loading && !reading) return <State testid="page-loading" title={t('page.reading')} />;
  if (!reading) return <State testid="page-none" title={t('page.noTab')} />;
  if (shown) {
    return (
      <ReportView extraction={shown.extraction} kept={p.kept} clipped={p.clipped} onKeep={p.onKeep} onClip={p.onClip} onLocate={p.onLocate}
        pdfUrl={shown.fromPdf && shown.file !== 'docx' ? shown.url : undefined}>
        {shown.forced && <p class="nb-warn" data-testid="extracted-anyway">{t('page.extractedAnyway')}</p>}
        {shown.fromPdf && p.onBackToPage && (
          <button type="button" class="nb-btn quiet small" onClick={p.onBackToPage} data-testid="back-to-page">← {t('page.backToPage')}</button>
        )}
        {pdf}
      </ReportView>
    );
  }
  switch (reading.kind) {
    case 'unreadable':
      return <State testid="page-unreadable" title={t('page.notReport')} hint={t('page.unreadable')} onRetry={p.onRetry} />;
    case 'pdf':
      return pdf ? (
        <div data-testid="page-pdf">
          {pdf}
          <ExtractAnyway onClick={p.onExtractAnyway} />
        </div>
      ) : <State testid="page-pdf" title={t('page.pdf')} hint={reading.url} />;
    case 'notReport':
    case 'report':
      // A bureau's notice that links the report: the files come first, the page's own verdict is not news.
      if (reading.pdfLinks.length > 0) {
        return (
          <div data-testid="page-attachments">
            {pdf}
            <ExtractAnyway onClick={p.onExtractAnyway} />
          </div>
        );
      }
      return (
        <div>
          <State testid="page-not-report" title={t('page.notReport')} hint={t('page.notReportHint')} />
          <ExtractAnyway onClick={p.onExtractAnyway} />
          {pdf}
        </div>
      );
  }
}
