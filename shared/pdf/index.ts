/** The PDF reader: open (read.ts) -> lines (lines.ts) -> furniture out (furniture.ts) -> blocks (layout.ts, assemble.ts). */
export { PdfError, isPdfError, type PdfErrorCode } from './errors';
export { openPdf, toTextItems, type PdfJsLib, type ReadOptions, type OpenedPdf } from './read';
export { buildLines, joinText } from './lines';
export { normalizeCjk } from './normalize';
export { assemblePages } from './assemble';
export type { PageText, TextItem, Line, PdfMeta, PdfProgress } from './types';
