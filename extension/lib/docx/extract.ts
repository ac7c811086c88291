/**
 * extractDocx(url): the panel reads a linked Word .docx. Download, mammoth turns it into HTML
 * (shared/docx/read.ts), the browser's DOMParser parses that, and the same DOM block builder the page reader
 * uses (shared/blocks/fromDocument.ts) makes the blocks the engine reads. A report's .docx is small (tens to
 * hundreds of KB) and mammoth is asynchronous, so this runs in the panel itself; progress is told by stage.
 * Always settles: a DocxError (its code is what the panel translates) or the result.
 */
import { blocksFromDocument } from '../../../shared/blocks/fromDocument';
import type { Block } from '../../../shared/blocks/types';
import { DOCX_MAX_BYTES, DocxError, docxToHtml, isDocxError } from '../../../shared/docx/read';
import { blocksFromDocxHtml } from '../../../shared/docx/blocks';
import { extractReport } from '../../../shared/extract/index';
import type { Extraction, PageMeta } from '../../../shared/extract/types';

export type DocxStage = 'downloading' | 'converting' | 'extracting';

export interface DocxExtraction {
  url: string;
  title?: string;
  blocks: Block[];
  meta: PageMeta;
  extraction: Extraction;
}

export interface ExtractDocxOptions {
  signal?: AbortSignal;
  onStage?: (stage: DocxStage) => void;
}

async function download(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'include' });
  } catch (e) {
    if (signal?.aborted) throw new DocxError('aborted');
    throw new DocxError('fetch', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new DocxError('fetch', `HTTP ${res.status}`);
  if (Number(res.headers.get('content-length') ?? 0) > DOCX_MAX_BYTES) throw new DocxError('too-big');
  try {
    return new Uint8Array(await res.arrayBuffer());
  } catch {
    throw new DocxError(signal?.aborted ? 'aborted' : 'fetch');
  }
}

/** The file name of a URL, decoded, for a title when the document has none. */
function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').replace(/\.docx$/i, '');
  } catch {
    return '';
  }
}

export async function extractDocx(url: string, opts: ExtractDocxOptions = {}): Promise<DocxExtraction> {
  const check = () => {
    if (opts.signal?.aborted) throw new DocxError('aborted');
  };
  try {
    opts.onStage?.('downloading');
    const data = await download(url, opts.signal);
    check();
    opts.onStage?.('converting');
    const { body, title } = await docxToHtml(data);
    check();
    opts.onStage?.('extracting');
    // give the panel a frame to paint the stage before the engine runs
    await new Promise((r) => setTimeout(r, 0));
    // Word tables through the DOM block builder, everything else through the text reader (shared/docx/blocks.ts)
    const parser = new DOMParser();
    const blocks = blocksFromDocxHtml(body, (table) => blocksFromDocument(parser.parseFromString(`<!doctype html><html><body>${table}</body></html>`, 'text/html')).blocks);
    const meta: PageMeta = { url };
    if (title) meta.title = title;
    const extraction = extractReport(blocks, meta);
    return { url, title: extraction.report.title ?? title ?? fileName(url), blocks, meta, extraction };
  } catch (e) {
    if (isDocxError(e)) throw e;
    throw new DocxError('corrupt', e instanceof Error ? e.message : String(e));
  }
}
