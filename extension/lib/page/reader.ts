/**
 * The heavy half of the page side: reading the page into blocks (with the block→element map), the
 * detector's verdict, the highlighter, the selection's context and the PDF-link listing. Bundled into
 * its own script (extension/entrypoints/page-reader.ts → /page-reader.js), which the background injects
 * into a tab only when the content script needs it, so pages that are not reports never load it.
 */
import type { BlockPlace, PdfLink, SelectionSnapshot } from '../messages';
import { highlight } from './highlight';
import { listPdfLinks } from './pdfLinks';
import { elementAt, readPage, type PageReading } from './read';
import { selectionSnapshot } from './selection';

export interface PageReader {
  /** Reads the page afresh and keeps the reading (the panel's places refer to the latest one). */
  read(): PageReading;
  /**
   * The latest reading when the page has not changed since (no DOM mutation, same address), else a new
   * one: the panel opening on a page the content script already read costs no second reading.
   */
  current(): PageReading;
  /** The latest reading, or null. */
  reading(): PageReading | null;
  /** The page changed under a single-page site: the old reading's places no longer hold. */
  forget(): void;
  highlight(place: BlockPlace | undefined, quote: string): { found: boolean };
  selection(): SelectionSnapshot | null;
  pdfLinks(): PdfLink[];
}

export type PageReaderFactory = (win: Window) => PageReader;

export const createPageReader: PageReaderFactory = (win) => {
  const doc = win.document;
  let last: PageReading | null = null;
  let lastUrl = '';
  let changed = true;
  // Any change to the page after a reading makes the next current() read again.
  const Observer = (win as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const observer = Observer ? new Observer(() => {
    changed = true;
  }) : null;
  const read = () => {
    last = readPage(doc);
    lastUrl = win.location.href;
    changed = !observer;
    if (observer && doc.documentElement) {
      observer.disconnect();
      observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
    }
    return last;
  };
  return {
    read,
    current: () => (last && !changed && lastUrl === win.location.href ? last : read()),
    reading: () => last,
    forget: () => {
      last = null;
      changed = true;
    },
    highlight(place, quote) {
      const r = last ?? read();
      return { found: highlight(doc, { element: elementAt(r, place), quote }).found };
    },
    selection: () => selectionSnapshot(win),
    pdfLinks: () => listPdfLinks(doc),
  };
};
