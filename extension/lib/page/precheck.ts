/**
 * The part of the page side that runs on EVERY page: is this worth reading? Only the engine's cheap
 * pre-check (a bounded walk over the title, a few headings and a short text sample) and the PDF-viewer
 * test. Nothing here may import the block builder, the detector's scoring or the highlighter: those live
 * in the reader (./reader.ts), loaded only when a page passes or the panel asks.
 */
import { looksLikeReportPage } from '../../../shared/extract/detect';

export function isPdfDocument(doc: Document): boolean {
  return doc.contentType === 'application/pdf';
}

/** Whatever a page does, the pre-check must not throw into it: an odd document just counts as no report. */
export function worthReading(doc: Document): boolean {
  try {
    return isPdfDocument(doc) || looksLikeReportPage(doc);
  } catch {
    return false;
  }
}
