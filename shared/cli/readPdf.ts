/**
 * The command line's PDF reader: pdf.js (the legacy build, the one meant for Node) parses in a worker thread
 * (pdfjsThread.ts), the shared PDF -> blocks step runs here. extract.ts imports this lazily for .pdf inputs,
 * so HTML-only runs never load pdf.js. loadPdfJs() gives pdf.js in this thread, for tests that need the raw API.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { blocksFromPdf } from '../blocks/fromPdf';
import type { Block } from '../blocks/types';
import type { PageMeta } from '../extract/types';
import { PdfError } from '../pdf/errors';
import { threadPdfJs } from './pdfjsThread';
import { DEFAULT_MAX_BYTES, type PdfJsLib, type ReadOptions } from '../pdf/read';

let lib: Promise<PdfJsLib> | null = null;

/** pdf.js for Node, once. Setting globalThis.pdfjsWorker makes pdf.js run its worker side in this thread. */
export function loadPdfJs(): Promise<PdfJsLib> {
  lib ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    // the minified builds: under tsx (npm run extract) the full ones cost ~200 MB more to load
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    return (await import('pdfjs-dist/legacy/build/pdf.min.mjs')) as unknown as PdfJsLib;
  })();
  return lib;
}

/** Where pdf.js keeps (plain paths: its Node reader hands them to fs.readFile) its CMaps and standard fonts, for PDFs that need them (CJK fonts that are not embedded). */
function assetParams(): Record<string, unknown> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  };
}

export async function readPdfData(data: Uint8Array, opts: ReadOptions & { url?: string } = {}): Promise<{ blocks: Block[]; meta: PageMeta }> {
  const pdfjs = threadPdfJs();
  const { blocks, meta } = await blocksFromPdf(pdfjs, data, { ...opts, params: { ...assetParams(), ...opts.params } });
  return { blocks, meta };
}

export async function readPdfFile(path: string, opts: ReadOptions = {}): Promise<{ blocks: Block[]; meta: PageMeta }> {
  const size = (await stat(path)).size;
  if (size > (opts.maxBytes ?? DEFAULT_MAX_BYTES)) throw new PdfError('too-big', `${(size / 1048576).toFixed(1)} MB`);
  const data = new Uint8Array(await readFile(path));
  return readPdfData(data, opts);
}
