/**
 * The side panel: 本页 (the followed tab's report), 资料库 (the library), 对比 (compare), and the sync
 * status line at the bottom. The engine runs here, not in the page.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Report } from '../../../shared/api/records';
import { extractWithDetection } from '../../../shared/extract/index';
import type { Extraction } from '../../../shared/extract/types';
import { CompareView } from '../../components/compare/CompareView';
import { Library } from '../../components/library/Library';
import { useLibrary } from '../../components/library/useLibrary';
import { clipDraftOf, clipKey, clippedKeys, reportDraftOf, reportPreview, type PlacedIndicator } from '../../components/report/model';
import { SyncStatusLine } from '../../components/sync/SyncStatusLine';
import { Help } from '../../components/ui/Help';
import { Tabs } from '../../components/ui/Tabs';
import { t } from '../../lib/i18n';
import { askPage } from '../../lib/page/ask';
import type { LibraryStore } from '../../lib/store/api';
import { normaliseUrl, reportIdFor } from '../../lib/store/ids';
import { PagePane, type ShownReport } from './PagePane';
import { pdfSlot, type PdfExtracted } from './pdfSlot';
import { readTab, type PageReading } from './reading';
import { useFollowedTab } from './useFollowedTab';

type View = 'page' | 'library' | 'compare';

/** A PDF's address opened at a page (the viewers of Chrome and Firefox both take #page=N). */
export const pdfPageUrl = (url: string, page: number) => `${url.split('#')[0]}#page=${page}`;

export function SidePanelApp({ store, pinnedTab }: { store: LibraryStore; pinnedTab: number | null }) {
  const [view, setView] = useState<View>('page');
  const [help, setHelp] = useState(false);
  const { tabId, version, ready } = useFollowedTab(pinnedTab);
  const [reading, setReading] = useState<PageReading | null>(null);
  const [loading, setLoading] = useState(true);
  const [retries, setRetries] = useState(0);
  const [fromPdf, setFromPdf] = useState<PdfExtracted | null>(null);
  const [forced, setForced] = useState<Extraction | null>(null);
  const { reports, clips } = useLibrary(store);

  useEffect(() => {
    if (!ready) return;
    if (tabId === null) {
      setReading(null);
      setLoading(false);
      return;
    }
    let on = true;
    setLoading(true);
    setFromPdf(null);
    setForced(null);
    void readTab(tabId).then((r) => {
      if (!on) return;
      setReading(r);
      setLoading(false);
    });
    return () => {
      on = false;
    };
  }, [tabId, version, retries, ready]);

  const shown: ShownReport | null = useMemo(() => {
    if (fromPdf && fromPdf.extraction.detection.isReport) {
      return {
        extraction: fromPdf.extraction, url: fromPdf.url, title: fromPdf.title ?? fromPdf.meta.title ?? '', fromPdf: true, file: fromPdf.file ?? 'pdf',
        forced: fromPdf.forced,
      };
    }
    if (reading?.kind === 'report') {
      return { extraction: reading.extraction, url: reading.snapshot.url, title: reading.snapshot.meta?.title ?? '', fromPdf: false };
    }
    if (reading?.kind === 'notReport' && forced) {
      return { extraction: forced, url: reading.snapshot.url, title: reading.snapshot.meta?.title ?? '', fromPdf: false, forced: true };
    }
    return null;
  }, [fromPdf, reading, forced]);

  // The detector said no; the reader says read it anyway. The verdict keeps its reasons and says so.
  const anyway = (d: Extraction['detection']) => ({ ...d, isReport: true, reasons: [...d.reasons, 'extracted anyway'] });
  const fileNotReport = !!fromPdf && !fromPdf.extraction.detection.isReport;
  const onExtractAnyway = useCallback(() => {
    if (fromPdf && !fromPdf.extraction.detection.isReport) {
      // a PDF or .docx that was read and judged not a report
      setFromPdf({ ...fromPdf, extraction: extractWithDetection(fromPdf.blocks, fromPdf.meta, anyway(fromPdf.extraction.detection)), forced: true });
      return;
    }
    if (reading?.kind !== 'notReport') return;
    const s = reading.snapshot;
    setForced(extractWithDetection(s.blocks, { ...s.meta, url: s.meta?.url ?? s.url }, anyway(s.detection)));
  }, [reading, fromPdf]);
  const shownUrl = shown?.url ?? null;
  const draft = useMemo(
    () => (shown ? reportDraftOf(shown.extraction, shown.url, shown.title, shown.fromPdf ? (shown.file ?? 'pdf') : 'page') : null),
    [shown],
  );
  // The report's id comes from its identity (the same for its page, PDF and .docx), else from its address.
  const reportId = useMemo(() => (draft ? reportIdFor({ ...draft, url: draft.url }) : null), [draft]);
  const kept: Report | undefined = reportId ? reports.find((r) => r.id === reportId) : undefined;
  const clipped = useMemo(() => (shownUrl ? clippedKeys(clips, shownUrl, normaliseUrl) : new Set<string>()), [clips, shownUrl]);
  const current = useMemo(() => (draft && reportId ? reportPreview(draft, reportId, kept) : null), [draft, reportId, kept]);

  const onKeep = useCallback(async () => {
    if (!draft) return;
    await store.keepReport(draft);
  }, [draft, store]);

  const onClip = useCallback(async (ind: PlacedIndicator) => {
    if (!shown) return;
    // Clipped already (this very value): no second clip.
    if (clipped.has(clipKey(ind.id, ind.year, ind.value))) return;
    // The clip belongs to the report from the start: keeping it first gives the clip its region and a place in compare.
    const reportId = kept?.id ?? (draft ? (await store.keepReport(draft)).id : null);
    await store.addClip(clipDraftOf(ind, shown.url, shown.title || shown.extraction.report.title || '', reportId));
  }, [shown, kept, store, clipped, draft]);

  const onLocate = useCallback(async (ind: PlacedIndicator): Promise<boolean | 'pdfPage'> => {
    // A PDF's quote has no place in the page the tab shows: open the PDF at its page in a new tab (the browser's
    // viewer takes no script, so it cannot highlight the quote; the panel says so).
    if (shown?.fromPdf && shown.file !== 'docx' && ind.page) {
      void browser.tabs.create({ url: pdfPageUrl(shown.url, ind.page) });
      return 'pdfPage';
    }
    if (tabId === null || shown?.fromPdf) return true;
    try {
      const r = await askPage(tabId, { type: 'page:highlight', place: ind.at, quote: ind.quote });
      return !!r?.found;
    } catch {
      return false;
    }
  }, [tabId, shown]);

  const pdf = pdfSlot(reading, setFromPdf);

  return (
    <div class="nb-shell">
      <header class="nb-top">
        <span class="nb-brand">年报</span>
        <Tabs<View> label={t('view.switcher')} value={view} onChange={setView}
          items={[{ key: 'page', label: t('view.page') }, { key: 'library', label: t('view.library') }, { key: 'compare', label: t('view.compare') }]} />
        <button type="button" class="nb-btn quiet small nb-help-btn" aria-expanded={help} aria-label={t('help.title')} title={t('help.title')}
          onClick={() => setHelp(!help)} data-testid="help-toggle">?</button>
      </header>
      {help && <Help />}
      <main class="nb-main" data-testid={`view-${view}`}>
        {view === 'page' && (
          <PagePane reading={reading} loading={loading} shown={shown} kept={kept} clipped={clipped} onRetry={() => setRetries((n) => n + 1)}
            onKeep={onKeep} onClip={onClip} onLocate={onLocate} pdf={pdf}
            onExtractAnyway={reading?.kind === 'notReport' || fileNotReport ? onExtractAnyway : undefined}
            onBackToPage={reading?.kind === 'report' || reading?.kind === 'notReport' ? () => { setFromPdf(null); setForced(null); } : undefined} />
        )}
        {view === 'library' && (
          <Library store={store} reports={reports} clips={clips}
            onOpenWide={() => void browser.tabs.create({ url: new URL('/library.html', location.href).href })} />
        )}
        {view === 'compare' && <CompareView current={current} reports={reports} clips={clips} />}
      </main>
      <footer class="nb-foot">
        <SyncStatusLine onOpenOptions={() => void browser.runtime.openOptionsPage()} />
      </footer>
    </div>
  );
}
