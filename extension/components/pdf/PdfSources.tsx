/**
 * The page's report PDFs (from `page:pdfLinks`), or the tab itself when it is a PDF: one click reads a PDF
 * in a worker with a progress bar by page and a cancel button; the result goes to the panel through
 * onExtraction, which shows it like an HTML report (indicators with page numbers, clip, keep).
 * Errors are sentences from shared/pdf/errors.ts (corrupt, password, image-only, file access ...).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Block } from '../../../shared/blocks/types';
import type { Extraction, PageMeta } from '../../../shared/extract/types';
import { isPdfError, PdfError } from '../../../shared/pdf/errors';
import { t } from '../../lib/i18n';
import type { PdfLink } from '../../lib/messages';
import { extractPdf, type PdfExtraction } from '../../lib/pdf/extract';

export interface PdfExtracted {
  url: string;
  title?: string;
  extraction: Extraction;
  blocks: Block[];
  meta: PageMeta;
}

export interface PdfSourcesProps {
  /** The tab's URL. */
  pageUrl: string;
  /** The tab is itself a PDF: offer that file. */
  isPdf: boolean;
  /** Report PDFs linked from the page ([] when none). */
  links: PdfLink[];
  onExtraction: (r: PdfExtracted) => void;
  /** For tests: another reader than the worker. */
  extract?: typeof extractPdf;
}

type State =
  | { kind: 'idle' }
  | { kind: 'downloading' }
  | { kind: 'reading'; page: number; pages: number }
  | { kind: 'done'; count: number; pages: number; isReport: boolean }
  | { kind: 'error'; message: string };

/**
 * How each PDF's last read ended, kept outside the component: showing the result re-renders the panel
 * around this list, and the row must still say what it did.
 */
const settled = new Map<string, State>();

const fileName = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
};

function PdfRow({ link, busy, onStart, onEnd, onExtraction, extract }: {
  link: PdfLink;
  busy: boolean;
  onStart: () => void;
  onEnd: () => void;
  onExtraction: PdfSourcesProps['onExtraction'];
  extract: typeof extractPdf;
}) {
  const [state, setLocal] = useState<State>(() => settled.get(link.url) ?? { kind: 'idle' });
  const setState = (st: State) => {
    if (st.kind === 'done' || st.kind === 'error' || st.kind === 'idle') settled.set(link.url, st);
    setLocal(st);
  };
  const ctrl = useRef<AbortController | null>(null);
  useEffect(() => () => ctrl.current?.abort(), []);

  const run = async () => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    onStart();
    setState({ kind: 'downloading' });
    try {
      const r: PdfExtraction = await extract(link.url, {
        signal: c.signal,
        onProgress: (p) => setState({ kind: 'reading', page: p.page, pages: p.pages }),
      });
      setState({ kind: 'done', count: r.extraction.indicators.length, pages: r.pages, isReport: r.extraction.detection.isReport });
      onExtraction({ url: r.url, title: r.title, extraction: r.extraction, blocks: r.blocks, meta: r.meta });
    } catch (e) {
      const err = isPdfError(e) ? (e as PdfError) : new PdfError('corrupt', e instanceof Error ? e.message : String(e));
      setState(err.code === 'aborted' ? { kind: 'idle' } : { kind: 'error', message: err.message });
    } finally {
      if (ctrl.current === c) ctrl.current = null;
      onEnd();
    }
  };

  const running = state.kind === 'downloading' || state.kind === 'reading';
  return (
    <li class="nb-pdf-row" data-testid="pdf-source" data-url={link.url}>
      <div class="nb-pdf-name" title={link.url}>
        {link.text || fileName(link.url)}
      </div>
      <div class="nb-pdf-actions">
        {running ? (
          <button type="button" class="nb-btn" data-testid="pdf-cancel" onClick={() => ctrl.current?.abort()}>
            {t('pdfReader.cancel')}
          </button>
        ) : (
          <button type="button" class="nb-btn" data-testid="pdf-extract" disabled={busy} onClick={() => void run()}>
            {state.kind === 'done' ? t('pdfReader.again') : t('pdfReader.extract')}
          </button>
        )}
      </div>
      {state.kind === 'downloading' && (
        <div class="nb-pdf-status" data-testid="pdf-progress">
          <progress />
          <span>{t('pdfReader.downloading')}</span>
        </div>
      )}
      {state.kind === 'reading' && (
        <div class="nb-pdf-status" data-testid="pdf-progress">
          <progress value={state.page} max={state.pages} />
          <span>{t('pdfReader.progress', [state.page, state.pages])}</span>
        </div>
      )}
      {state.kind === 'done' && (
        <div class="nb-pdf-status" data-testid="pdf-done">
          {state.isReport ? t('pdfReader.done', [state.count, state.pages]) : t('pdfReader.notReport', [state.pages])}
        </div>
      )}
      {state.kind === 'error' && (
        <div class="nb-pdf-status nb-pdf-error" role="alert" data-testid="pdf-error">
          {state.message}
        </div>
      )}
    </li>
  );
}

export function PdfSources({ pageUrl, isPdf, links, onExtraction, extract = extractPdf }: PdfSourcesProps) {
  const [busy, setBusy] = useState(0);
  const list: PdfLink[] = isPdf ? [{ url: pageUrl, text: t('pdfReader.thisPdf') + ' · ' + fileName(pageUrl) }] : links;
  if (list.length === 0) return null;
  return (
    <section class="nb-pdf" data-testid="pdf-sources" aria-label={t('pdfReader.title')}>
      <style>{CSS}</style>
      <h3>{t('pdfReader.title')}</h3>
      <ul>
        {list.map((l) => (
          <PdfRow key={l.url} link={l} busy={busy > 0} onStart={() => setBusy((n) => n + 1)} onEnd={() => setBusy((n) => n - 1)}
            onExtraction={onExtraction} extract={extract} />
        ))}
      </ul>
    </section>
  );
}

const CSS = `
.nb-pdf { border: 1px solid var(--nb-line); border-radius: var(--nb-radius); padding: 8px 10px; margin: 8px 0; }
.nb-pdf h3 { font-size: 13px; margin: 0 0 6px; color: var(--nb-muted); }
.nb-pdf ul { list-style: none; margin: 0; padding: 0; }
.nb-pdf-row { display: grid; grid-template-columns: 1fr auto; gap: 4px 8px; padding: 6px 0; border-top: 1px solid var(--nb-line); }
.nb-pdf-row:first-child { border-top: 0; }
.nb-pdf-name { overflow-wrap: anywhere; }
.nb-pdf-status { grid-column: 1 / -1; display: flex; gap: 8px; align-items: center; font-size: 12px; color: var(--nb-muted); }
.nb-pdf-status progress { flex: 1; }
.nb-pdf-error { color: var(--nb-bad); }
`;
