/**
 * The page's report files (from `page:pdfLinks`: PDFs, Word .docx and old .doc/.wps), or the tab itself when it
 * is a PDF: one click reads a PDF in a worker with a progress bar by page and a cancel button, or a .docx in the
 * panel with a progress line by stage (download, convert, extract); the result goes to the panel through
 * onExtraction, which shows it like an HTML report (indicators, with page numbers for a PDF; clip, keep).
 * An old .doc/.wps gets a line saying how to get a .docx or a PDF of it.
 * PDF errors are sentences from shared/pdf/errors.ts; .docx errors are translated from their code.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Block } from '../../../shared/blocks/types';
import type { Extraction, PageMeta } from '../../../shared/extract/types';
import { isPdfError, PdfError } from '../../../shared/pdf/errors';
import { t } from '../../lib/i18n';
import type { PdfLink } from '../../lib/messages';
import { extractPdf, type PdfExtraction } from '../../lib/pdf/extract';
import type { DocxStage, extractDocx as ExtractDocx } from '../../lib/docx/extract';
import { isDocxError, type DocxErrorCode } from '../../../shared/docx/errors';

export interface PdfExtracted {
  url: string;
  /** Which kind of file it was read from (missing: a PDF). */
  file?: 'pdf' | 'docx';
  /** Judged not a report and extracted anyway (仍然提取). */
  forced?: boolean;
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
  /** For tests: another .docx reader (default: lib/docx/extract.ts, loaded when first needed). */
  extractDocx?: typeof ExtractDocx;
  /** Shown above the list (the panel leads an attachment page with it). */
  lead?: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'downloading' }
  | { kind: 'reading'; page: number; pages: number }
  | { kind: 'stage'; stage: DocxStage }
  | { kind: 'done'; count: number; pages: number; isReport: boolean; docx?: boolean }
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

const docxReader = (): Promise<typeof ExtractDocx> => import('../../lib/docx/extract').then((m) => m.extractDocx);

const DOCX_ERROR_KEYS: Record<DocxErrorCode, Parameters<typeof t>[0]> = {
  corrupt: 'docxReader.corrupt',
  encrypted: 'docxReader.encrypted',
  legacy: 'docxReader.legacy',
  empty: 'docxReader.empty',
  'not-docx': 'docxReader.notDocx',
  'too-big': 'docxReader.tooBig',
  fetch: 'docxReader.fetch',
  aborted: 'docxReader.aborted',
};

function PdfRow({ link, busy, onStart, onEnd, onExtraction, extract, extractDocx }: {
  link: PdfLink;
  busy: boolean;
  onStart: () => void;
  onEnd: () => void;
  onExtraction: PdfSourcesProps['onExtraction'];
  extract: typeof extractPdf;
  extractDocx?: typeof ExtractDocx;
}) {
  const kind = link.kind ?? 'pdf';
  const [state, setLocal] = useState<State>(() => settled.get(link.url) ?? { kind: 'idle' });
  const setState = (st: State) => {
    if (st.kind === 'done' || st.kind === 'error' || st.kind === 'idle') settled.set(link.url, st);
    setLocal(st);
  };
  const ctrl = useRef<AbortController | null>(null);
  useEffect(() => () => ctrl.current?.abort(), []);

  const runDocx = async () => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    onStart();
    setState({ kind: 'stage', stage: 'downloading' });
    try {
      const read = extractDocx ?? (await docxReader());
      const r = await read(link.url, { signal: c.signal, onStage: (stage) => setState({ kind: 'stage', stage }) });
      setState({ kind: 'done', count: r.extraction.indicators.length, pages: 0, isReport: r.extraction.detection.isReport, docx: true });
      onExtraction({ url: r.url, file: 'docx', title: r.title, extraction: r.extraction, blocks: r.blocks, meta: r.meta });
    } catch (e) {
      const code: DocxErrorCode = isDocxError(e) ? e.code : 'corrupt';
      setState(code === 'aborted' ? { kind: 'idle' } : { kind: 'error', message: t(DOCX_ERROR_KEYS[code]) });
    } finally {
      if (ctrl.current === c) ctrl.current = null;
      onEnd();
    }
  };

  const run = async () => {
    if (kind === 'docx') return runDocx();
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
      onExtraction({ url: r.url, file: 'pdf', title: r.title, extraction: r.extraction, blocks: r.blocks, meta: r.meta });
    } catch (e) {
      const err = isPdfError(e) ? (e as PdfError) : new PdfError('corrupt', e instanceof Error ? e.message : String(e));
      setState(err.code === 'aborted' ? { kind: 'idle' } : { kind: 'error', message: err.message });
    } finally {
      if (ctrl.current === c) ctrl.current = null;
      onEnd();
    }
  };

  const running = state.kind === 'downloading' || state.kind === 'reading' || state.kind === 'stage';
  return (
    <li class="nb-pdf-row" data-testid="pdf-source" data-url={link.url} data-kind={kind}>
      <div class="nb-pdf-name" title={link.url}>
        <span class="nb-file-kind">{t(kind === 'pdf' ? 'docxReader.kindPdf' : kind === 'docx' ? 'docxReader.kindDocx' : 'docxReader.kindLegacy')}</span> {link.text || fileName(link.url)}
      </div>
      <div class="nb-pdf-actions">
        {kind === 'legacy' ? null : running ? (
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
      {kind === 'legacy' && (
        <div class="nb-pdf-status nb-pdf-error" role="note" data-testid="file-legacy">
          {t('docxReader.legacy')}
        </div>
      )}
      {state.kind === 'stage' && (
        <div class="nb-pdf-status" data-testid="pdf-progress">
          <progress value={state.stage === 'downloading' ? 1 : state.stage === 'converting' ? 2 : 3} max={4} />
          <span>{t(state.stage === 'downloading' ? 'pdfReader.downloading' : state.stage === 'converting' ? 'docxReader.converting' : 'docxReader.extracting')}</span>
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
          {state.docx
            ? state.isReport ? t('docxReader.done', [state.count]) : t('docxReader.notReport')
            : state.isReport ? t('pdfReader.done', [state.count, state.pages]) : t('pdfReader.notReport', [state.pages])}
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

export function PdfSources({ pageUrl, isPdf, links, onExtraction, extract = extractPdf, extractDocx, lead }: PdfSourcesProps) {
  const [busy, setBusy] = useState(0);
  const list: PdfLink[] = isPdf ? [{ url: pageUrl, text: t('pdfReader.thisPdf') + ' · ' + fileName(pageUrl) }] : links;
  if (list.length === 0) return null;
  return (
    <section class="nb-pdf" data-testid="pdf-sources" aria-label={t('pdfReader.title')}>
      <style>{CSS}</style>
      {lead && <p class="nb-file-lead" data-testid="files-lead">{lead}</p>}
      <h3>{t('pdfReader.title')}</h3>
      <ul>
        {list.map((l) => (
          <PdfRow key={l.url} link={l} busy={busy > 0} onStart={() => setBusy((n) => n + 1)} onEnd={() => setBusy((n) => n - 1)}
            onExtraction={onExtraction} extract={extract} extractDocx={extractDocx} />
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
.nb-file-kind { font-size: 11px; border: 1px solid var(--nb-line); border-radius: 3px; padding: 0 3px; color: var(--nb-muted); }
.nb-file-lead { margin: 0 0 6px; font-weight: 600; }
`;
