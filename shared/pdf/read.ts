/**
 * Reads a PDF page by page with pdf.js: an async iterator of each page's text items, with progress, an
 * AbortSignal to stop, a size limit and timeouts, so a broken or hostile file ends in a PdfError, never a
 * hang. pdf.js itself is passed in (the legacy build in Node, the worker-backed build in the extension),
 * which keeps this module free of any one runtime.
 */
import { PdfError, fromPdfJsError } from './errors';
import { mayHoldTable, mul, pageFrame, pathOps, rulingsFromOps, type Rulings } from './rulings';
import type { StructNode } from './tags';
import type { PageText, PdfMeta, PdfProgress, TextItem } from './types';

/** The part of pdf.js this reader uses (structural, so either build fits). */
export interface PdfJsLib {
  getDocument(src: Record<string, unknown>): PdfLoadingTask;
}
export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info?: unknown }>;
  destroy(): Promise<void>;
}
export interface PdfPage {
  view: number[];
  /** /Rotate of the page (0, 90, 180, 270). */
  rotate?: number;
  /** With includeMarkedContent, runs come between begin/end marked content entries (tagged PDFs). */
  getTextContent(params?: { includeMarkedContent?: boolean }): Promise<{ items: unknown[] }>;
  /** A tagged PDF's structure tree for the page (null when untagged). */
  getStructTree?(): Promise<unknown>;
  /** Drawing operators: the ruling lines of tables come from them (optional: a reader without it reads text positions only). */
  getOperatorList?(params?: { annotationMode?: number }): Promise<{ fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }>;
  cleanup(): unknown;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (p: PdfProgress) => void;
  /** Refuse files larger than this (bytes). */
  maxBytes?: number;
  maxPages?: number;
  /** Opening the document (parsing its structure) must finish within this. */
  openTimeoutMs?: number;
  /** Each page's text must come within this. */
  pageTimeoutMs?: number;
  /** Read the drawing operators for ruling lines (lattice tables); default true. */
  rulings?: boolean;
  /** Read a tagged PDF's structure tree for its tables; default true. */
  tags?: boolean;
  /** Extra getDocument parameters (cMapUrl, standardFontDataUrl, ...). */
  params?: Record<string, unknown>;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

function withTimeout<T>(p: Promise<T>, ms: number, signal: AbortSignal | undefined, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(new PdfError('aborted'));
    const timer = setTimeout(() => reject(new PdfError('timeout', what)), ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new PdfError('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(fromPdfJsError(e));
      },
    );
  });
}

/** pdf.js text items -> ours: position from the transform, size from its scale. Vertical and empty runs dropped. */
export function toTextItems(raw: unknown[], frame: readonly number[] = [1, 0, 0, 1, 0, 0]): TextItem[] {
  const identity = frame[0] === 1 && frame[1] === 0 && frame[2] === 0 && frame[3] === 1 && frame[4] === 0 && frame[5] === 0;
  const out: TextItem[] = [];
  // marked content (tagged PDFs): the innermost id a run sits in
  const marks: (string | null)[] = [];
  let mc: string | undefined;
  for (const r of raw) {
    const it = r as { str?: unknown; transform?: number[]; width?: number; height?: number; type?: string; id?: string };
    if (it.type === 'beginMarkedContentProps' || it.type === 'beginMarkedContent') {
      marks.push(typeof it.id === 'string' ? it.id : null);
      mc = marks.findLast((m): m is string => m !== null);
      continue;
    }
    if (it.type === 'endMarkedContent') {
      marks.pop();
      mc = marks.findLast((m): m is string => m !== null);
      continue;
    }
    if (typeof it.str !== 'string' || !it.str.trim() || !Array.isArray(it.transform)) continue;
    const tm = it.transform as [number, number, number, number, number, number];
    // on the upright page (a /Rotate undone): text drawn turned with the page stands upright again
    const [a, b, c, d, e, f] = identity ? tm : mul(tm, frame as Parameters<typeof mul>[1]);
    // rotated text (stamps, side notes), or text left upside down by the page's turn
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || (!identity && (a < 0 || d < 0))) continue;
    const h = Math.abs(d) || Math.hypot(c, d) || it.height || 10;
    const item: TextItem = { str: it.str, x: e, y: f, w: it.width ?? Math.abs(a) * it.str.length, h };
    if (mc) item.mc = mc;
    out.push(item);
  }
  return out;
}

export interface OpenedPdf {
  meta: PdfMeta;
  pages: AsyncGenerator<PageText, void, void>;
  close(): Promise<void>;
}

const asString = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Opens a PDF; `pages` yields each page's text in order. Always `close()` (or run `pages` to its end). */
export async function openPdf(pdfjs: PdfJsLib, data: Uint8Array, opts: ReadOptions = {}): Promise<OpenedPdf> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (data.byteLength > maxBytes) throw new PdfError('too-big', `${(data.byteLength / 1048576).toFixed(1)} MB`);
  if (data.byteLength === 0) throw new PdfError('corrupt', 'empty file');
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...opts.params,
  });
  let doc: PdfDocument;
  try {
    doc = await withTimeout(task.promise, opts.openTimeoutMs ?? 30_000, opts.signal, 'open');
  } catch (e) {
    void task.destroy().catch(() => undefined);
    throw e;
  }
  const close = () => task.destroy().catch(() => undefined);
  if (doc.numPages < 1) {
    await close();
    throw new PdfError('empty');
  }
  if (doc.numPages > (opts.maxPages ?? 3000)) {
    await close();
    throw new PdfError('too-big', `${doc.numPages} pages`);
  }
  let info: Record<string, unknown> = {};
  try {
    const m = await withTimeout(doc.getMetadata(), 5_000, opts.signal, 'metadata');
    info = (m.info ?? {}) as Record<string, unknown>;
  } catch (e) {
    if ((e as PdfError).code === 'aborted') {
      await close();
      throw e;
    }
  }
  const meta: PdfMeta = {
    pages: doc.numPages,
    title: asString(info.Title),
    author: asString(info.Author),
    creationDate: asString(info.CreationDate),
  };
  async function* pages(): AsyncGenerator<PageText, void, void> {
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        if (opts.signal?.aborted) throw new PdfError('aborted');
        const page = await withTimeout(doc.getPage(n), opts.pageTimeoutMs ?? 20_000, opts.signal, `page ${n}`);
        const content = await withTimeout(page.getTextContent({ includeMarkedContent: true }), opts.pageTimeoutMs ?? 20_000, opts.signal, `page ${n}`);
        // the page upright with its origin at 0,0 (a shifted media box, a /Rotate)
        const frame = pageFrame(page.view, page.rotate ?? 0);
        const items = toTextItems(content.items, frame.m);
        let rulings: Rulings | undefined;
        if (opts.rulings !== false) {
          if (page.getOperatorList && mayHoldTable(items)) {
            // annotationMode 0 (DISABLE): the page's own drawing, not its annotations' appearances
            const list = await withTimeout(page.getOperatorList({ annotationMode: 0 }), opts.pageTimeoutMs ?? 20_000, opts.signal, `page ${n}`);
            rulings = rulingsFromOps(pathOps(list.fnArray, list.argsArray), frame.m);
          }
        }
        let tags: StructNode | undefined;
        // the structure tree only where no ruled grid is drawn: a ruled table is the lattice's to read, and
        // the tree of a long tagged document costs a few ms a page
        const ruled = !!rulings && rulings.h.length >= 2 && rulings.v.length >= 2;
        if (opts.tags !== false && !ruled && page.getStructTree && items.some((it) => it.mc) && mayHoldTable(items)) {
          const tree = await withTimeout(page.getStructTree().catch(() => null), opts.pageTimeoutMs ?? 20_000, opts.signal, `page ${n}`);
          if (tree && typeof tree === 'object') tags = tree as StructNode;
        }
        page.cleanup();
        opts.onProgress?.({ page: n, pages: doc.numPages });
        const text: PageText = { page: n, width: frame.width, height: frame.height, items };
        if (rulings) text.rulings = rulings;
        if (tags) text.tags = tags;
        yield text;
      }
    } finally {
      await close();
    }
  }
  return { meta, pages: pages(), close };
}
