/**
 * A PDF -> the same { blocks, meta } an HTML page gives, so the engine never knows the difference.
 * Every block carries its page, so an indicator can say where its quote is. The PDF is streamed page by page
 * (progress, cancel); a PDF with no text layer is refused with its own message rather than read as empty.
 */
import type { PageMeta } from '../extract/types';
import { assemblePages } from '../pdf/assemble';
import { PdfError } from '../pdf/errors';
import { openPdf, type PdfJsLib, type ReadOptions } from '../pdf/read';
import type { PageText, PdfMeta } from '../pdf/types';
import type { Block } from './types';

export interface PdfBlocks {
  blocks: Block[];
  meta: PageMeta;
  pdf: PdfMeta;
}

/** Fewer visible characters than this per page on average: a scan without a text layer. */
const MIN_CHARS_PER_PAGE = 8;

/** The document title from its info dictionary, unless it is only a file name or a program's label. */
export function cleanPdfTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const t = title.replace(/^Microsoft (Word|PowerPoint|Excel) - /i, '').replace(/\.(docx?|wps|pdf|html?|xlsx?)$/i, '').trim();
  if (!t || !/[\u4e00-\u9fff]/.test(t)) return undefined;
  return t;
}

/** Blocks from pages already read (tests, or a caller that streams pages itself). */
export function blocksFromPdfPages(pages: PageText[]): Block[] {
  const chars = pages.reduce((n, p) => n + p.items.reduce((m, it) => m + it.str.replace(/\s+/g, '').length, 0), 0);
  if (pages.length > 0 && chars < MIN_CHARS_PER_PAGE * pages.length) throw new PdfError('image-only');
  return assemblePages(pages);
}

export async function blocksFromPdf(
  pdfjs: PdfJsLib,
  data: Uint8Array,
  opts: ReadOptions & { url?: string } = {},
): Promise<PdfBlocks> {
  const doc = await openPdf(pdfjs, data, opts);
  const pages: PageText[] = [];
  for await (const p of doc.pages) pages.push(p);
  const blocks = blocksFromPdfPages(pages);
  const meta: PageMeta = {};
  const title = cleanPdfTitle(doc.meta.title);
  if (title) meta.title = title;
  if (opts.url) meta.url = opts.url;
  return { blocks, meta, pdf: doc.meta };
}
