/**
 * extractPdf(url): the panel's one call. Downloads the PDF, hands it to a worker (parse, blocks, engine),
 * reports progress page by page, and stops the worker when the signal aborts or the PDF takes too long.
 * Always settles: a PdfError with a sentence for the panel, or the result.
 */
import type { Block } from '../../../shared/blocks/types';
import type { Extraction, PageMeta } from '../../../shared/extract/types';
import { PdfError } from '../../../shared/pdf/errors';
import type { PdfProgress } from '../../../shared/pdf/types';
import { fetchPdfBytes } from './fetch';
import { isFromWorker, type ToWorker } from './protocol';

export interface PdfExtraction {
  url: string;
  title?: string;
  blocks: Block[];
  meta: PageMeta;
  extraction: Extraction;
  pages: number;
}

export interface ExtractPdfOptions {
  signal?: AbortSignal;
  onProgress?: (p: PdfProgress) => void;
  /** The whole read (after download) must end within this; a page that stalls pdf.js stalls it. */
  timeoutMs?: number;
}

export async function extractPdf(url: string, opts: ExtractPdfOptions = {}): Promise<PdfExtraction> {
  const data = await fetchPdfBytes(url, opts.signal);
  if (opts.signal?.aborted) throw new PdfError('aborted');
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<PdfExtraction>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      fn();
    };
    const onAbort = () => finish(() => reject(new PdfError('aborted')));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(() => reject(new PdfError('timeout'))), opts.timeoutMs ?? 60_000);
    };
    arm();
    worker.onerror = (e) => finish(() => reject(new PdfError('corrupt', e.message)));
    worker.onmessage = (ev: MessageEvent) => {
      const m = ev.data;
      if (!isFromWorker(m)) return;
      if (m.kind === 'nb-pdf:progress') {
        arm(); // a page came: the clock restarts, so a long report is fine and a stuck one is not
        opts.onProgress?.({ page: m.page, pages: m.pages });
      } else if (m.kind === 'nb-pdf:error') finish(() => reject(new PdfError(m.code)));
      else
        finish(() =>
          resolve({ url, title: m.meta.title ?? m.extraction.report.title ?? undefined, blocks: m.blocks, meta: m.meta, extraction: m.extraction, pages: m.pages }),
        );
    };
    const msg: ToWorker = { kind: 'nb-pdf:extract', data, url };
    worker.postMessage(msg, [data]);
  });
}
