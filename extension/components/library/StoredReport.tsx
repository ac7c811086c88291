/**
 * A kept report opened again from the library: the same view as the panel's 本页, read from the stored
 * record (values, confidence, source and warnings as they were kept), with a link back to the page.
 * Clips made here are linked to the report; "locate" opens the page, which the library cannot point into.
 */
import { useMemo } from 'preact/hooks';
import type { Clip, Report } from '../../../shared/api/records';
import { t } from '../../lib/i18n';
import type { LibraryStore } from '../../lib/store/api';
import { normaliseUrl } from '../../lib/store/ids';
import { ReportView } from '../report/ReportView';
import { clipDraftOf, clippedKeys, extractionOfReport, type PlacedIndicator } from '../report/model';
import { SafeLink } from './ClipItem';

export interface StoredReportProps {
  report: Report;
  clips: Clip[];
  store: LibraryStore;
  onBack: () => void;
}

const isWeb = (url: string) => /^https?:\/\//i.test(url);

export function StoredReport({ report, clips, store, onBack }: StoredReportProps) {
  const extraction = useMemo(() => extractionOfReport(report), [report]);
  const clipped = useMemo(() => clippedKeys(clips, report.url, normaliseUrl), [clips, report.url]);
  const onClip = (ind: PlacedIndicator) => store.addClip(clipDraftOf(ind, report.url, report.title ?? '', report.id));
  const onLocate = () => {
    if (isWeb(report.url)) window.open(report.url, '_blank', 'noopener');
    return Promise.resolve(true);
  };
  return (
    <div data-testid="stored-report" data-id={report.id}>
      <div class="nb-lib-bar">
        <button type="button" class="nb-btn quiet small" onClick={onBack} data-testid="stored-back">{t('stored.back')}</button>
        <SafeLink url={report.url}><span class="nb-btn quiet small" data-testid="stored-open">{t('stored.openPage')} ↗</span></SafeLink>
      </div>
      <p class="nb-muted" style="font-size:12px;margin:0 0 6px">{t('stored.storedNote', [new Date(report.updatedAt).toLocaleDateString(document.documentElement.lang || 'zh-CN')])}</p>
      <ReportView extraction={extraction} kept={report} clipped={clipped} readOnly onKeep={() => undefined} onClip={onClip} onLocate={onLocate} />
    </div>
  );
}
