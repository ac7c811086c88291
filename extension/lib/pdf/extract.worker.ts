/**
 * The PDF worker: parses the PDF, rebuilds its blocks and runs the engine, all off the panel's thread.
 * pdf.js normally starts a worker of its own; here its worker half is imported into this thread
 * (globalThis.pdfjsWorker), so one worker does everything and the panel can stop it with terminate().
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.min.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
import { blocksFromPdf } from '../../../shared/blocks/fromPdf';
import { extractReport } from '../../../shared/extract/index';
import { PdfError, fromPdfJsError } from '../../../shared/pdf/errors';
import type { PdfJsLib } from '../../../shared/pdf/read';
import type { FromWorker, ToWorker } from './protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const post = (m: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(m);

self.addEventListener('message', (ev: MessageEvent) => {
  const msg = ev.data as ToWorker;
  if (msg?.kind !== 'nb-pdf:extract') return; // pdf.js's own messages share this port
  void (async () => {
    try {
      const { blocks, meta, pdf } = await blocksFromPdf(pdfjs as unknown as PdfJsLib, new Uint8Array(msg.data), {
        url: msg.url,
        onProgress: (p) => post({ kind: 'nb-pdf:progress', page: p.page, pages: p.pages }),
      });
      const extraction = extractReport(blocks, meta);
      post({ kind: 'nb-pdf:done', blocks, meta, extraction, pages: pdf.pages });
    } catch (e) {
      const err = e instanceof PdfError ? e : fromPdfJsError(e);
      post({ kind: 'nb-pdf:error', code: err.code, message: err.message });
    }
  })();
});
