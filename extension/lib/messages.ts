/**
 * The messages between the content script, the background and the side panel: one typed protocol so
 * each end checks what it sends and what it gets back. Content script answers `page:*`; the background
 * answers `bg:*`.
 */
import type { Block } from '../../shared/blocks/types';
import type { Detection, PageMeta } from '../../shared/extract/types';

/** Where an indicator's quote sits among the page's blocks (the engine fills Indicator.at). */
export interface BlockPlace {
  block: number;
  /** Table row inside a table block. */
  row?: number;
}

export interface PdfLink {
  url: string;
  /** The link's text, or the file name when the text is empty. */
  text: string;
  /** What the file is (by its name): a PDF, a Word .docx, or an old .doc/.wps (not read). Missing means PDF. */
  kind?: 'pdf' | 'docx' | 'legacy';
}

export interface PageSnapshot {
  url: string;
  meta: PageMeta;
  blocks: Block[];
  detection: Detection;
  /** The page is itself a PDF (the browser's viewer): the panel reads `url` with the PDF reader. */
  isPdf: boolean;
}

export interface SelectionSnapshot {
  url: string;
  title: string;
  /** The selected text, whitespace collapsed. */
  text: string;
  /** The sentence or table row around the selection, for the clip's quote. */
  context: string;
  /** In a table: the year its column header names (2023年 | 2024年 columns), when it names one. */
  columnYear?: number;
  /** In a table: the row's label (its first cell that is not a number or a row number). */
  rowLabel?: string;
  /** In a table: the header text of the selected cell's column. */
  columnHeader?: string;
}

export type PageRequest =
  | { type: 'page:read' }
  | { type: 'page:highlight'; place?: BlockPlace; quote: string }
  | { type: 'page:selection' }
  | { type: 'page:pdfLinks' };

export interface PageResponses {
  'page:read': PageSnapshot;
  'page:highlight': { found: boolean };
  'page:selection': SelectionSnapshot | null;
  'page:pdfLinks': PdfLink[];
}

export type BackgroundRequest =
  /** From the content script once it has judged the page. */
  | { type: 'bg:detected'; detection: Detection; url: string; attachments?: number }
  /** From any extension page: push and pull now (part 2). */
  | { type: 'bg:syncNow' }
  /**
   * From the content script when it needs the page reader (blocks, highlighter...): the background injects
   * /page-reader.js into the sender's document and answers { ok: true } or { error } (extension/lib/page/load.ts).
   */
  | { type: 'bg:loadReader' };
