/**
 * The shapes the PDF reader passes between its steps. A page's text items are what pdf.js gives
 * (one glyph run at a time, with a position); lines and rows are rebuilt from them here, not by pdf.js.
 */

import type { Rulings } from './rulings';
import type { StructNode } from './tags';

/** One run of text on a page, in PDF user space (origin bottom left, y up), baseline at y. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  /** Advance width of the run. */
  w: number;
  /** Font size (the run's height). */
  h: number;
  /** The marked content it sits in (a tagged PDF's structure tree names it). */
  mc?: string;
}

export interface PageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: TextItem[];
  /** The page's ruling lines (table borders), when its drawing operators were read. */
  rulings?: Rulings;
  /** The page's structure tree, when the PDF is tagged and the page may hold a table. */
  tags?: StructNode;
}

/** A piece of a line set apart from its neighbours by a wide gap: a table cell, or a column of text. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** The runs it was joined from: where each starts in `text`, and its extent (to cut it at a column gutter). */
  runs?: { x0: number; x1: number; at: number }[];
}

export interface Line {
  page: number;
  /** Baseline. */
  y: number;
  /** Largest font size on the line. */
  h: number;
  x0: number;
  x1: number;
  segments: Segment[];
  /** Segments joined by a space. */
  text: string;
}

export interface PdfProgress {
  page: number;
  pages: number;
}

export interface PdfMeta {
  pages: number;
  title?: string;
  author?: string;
  creationDate?: string;
}
