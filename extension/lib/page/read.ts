/**
 * Reading the live page into blocks, keeping which element each block (and each table row) came from so
 * a highlight can go back to it. Where the reader (./reader.ts, loaded on demand) meets the engine-input
 * modules: the DOM block builder and the detector. The pre-check lives apart, in ./precheck.ts.
 */
import { blocksFromDocument, pageMetaFromDocument } from '../../../shared/blocks/fromDocument';
import { detectReport } from '../../../shared/extract/detect';
import type { BlockPlace, PageSnapshot } from '../messages';
import { isPdfDocument } from './precheck';

export interface PageReading {
  snapshot: PageSnapshot;
  /** elements[i]: where block i came from. */
  elements: (Element | null | undefined)[];
  /** rowElements[i][r]: the <tr> (or row element) of row r of table block i. */
  rowElements: ((Element | null | undefined)[] | null | undefined)[];
}

export function readPage(doc: Document): PageReading {
  const meta = pageMetaFromDocument(doc);
  const url = doc.location?.href ?? doc.URL;
  if (isPdfDocument(doc)) {
    // The browser's PDF viewer: no text to read here; the panel fetches `url` with the PDF reader.
    return { snapshot: { url, meta, blocks: [], detection: detectReport([], meta), isPdf: true }, elements: [], rowElements: [] };
  }
  const built = blocksFromDocument(doc);
  const detection = detectReport(built.blocks, meta);
  return {
    snapshot: { url, meta, blocks: built.blocks, detection, isPdf: false },
    elements: built.elements ?? [],
    rowElements: built.rowElements ?? [],
  };
}

/** The element a place points at: the table row when it is known, else the block's element. */
export function elementAt(reading: PageReading, place: BlockPlace | undefined): Element | null {
  if (!place) return null;
  if (place.row !== undefined) {
    const row = reading.rowElements[place.block]?.[place.row];
    if (row) return row;
  }
  return reading.elements[place.block] ?? null;
}
