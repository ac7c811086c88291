/**
 * One command-line input (a file path or an http(s) URL) -> blocks and page meta. The kind is told by the
 * bytes first (%PDF, <html>, NUL bytes of a binary), the name second. Text is decoded as UTF-8, UTF-16 with a
 * BOM, or the page's declared charset (Chinese government sites still serve GBK/GB2312).
 * Every failure is an InputError with one clear sentence; nothing here prints.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Block } from '../blocks/types';
import type { PageMeta } from '../extract/types';
import { blocksFromHtml } from '../blocks/fromHtml';
import { blocksFromText } from '../blocks/fromText';
import { DocxError, docxToHtml, isDocxError, isOleFile, isZipFile, officeKindOfName } from '../docx/read';
import { blocksFromDocxHtml } from '../docx/blocks';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface ReadInput {
  blocks: Block[];
  meta: PageMeta;
}

/** No report is this big; a bigger file is a mistake (a video, a disk image). */
const MAX_BYTES = 100 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

type PdfReader = {
  readPdfFile(path: string): Promise<ReadInput>;
  readPdfData?(data: Uint8Array, opts?: { url?: string }): Promise<ReadInput>;
};

async function pdfReader(): Promise<PdfReader> {
  try {
    // loaded only for PDFs: pdf.js is large and HTML/text runs never need it
    const spec = './readPdf';
    return (await import(spec)) as PdfReader;
  } catch (e) {
    throw new InputError(`PDF support is not available (shared/cli/readPdf.ts could not be loaded: ${messageOf(e)})`);
  }
}

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0]!;
  return String(e);
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function readInput(source: string): Promise<ReadInput> {
  return isUrl(source) ? readUrl(source) : readPath(source);
}

async function readPath(path: string): Promise<ReadInput> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError(`${path} is a folder, not a file`);
    if (!st.isFile()) throw new InputError(`${path} is not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`permission denied: ${path}`);
    throw new InputError(`cannot read ${path}: ${messageOf(e)}`);
  }
  if (size === 0) throw new InputError(`${path} is empty: nothing to extract`);
  if (size > MAX_BYTES) throw new InputError(`${path} is too big (${(size / 1048576).toFixed(0)} MB; at most ${MAX_BYTES / 1048576} MB)`);
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${messageOf(e)}`);
  }
  if (isPdf(data) || /\.pdf$/i.test(path)) {
    if (!isPdf(data)) throw new InputError(`${path} is named .pdf but is not a PDF file`);
    const pdf = await pdfReader();
    return pdf.readPdfFile(path);
  }
  const office = officeOf(data, officeKindOfName(path), /\.pdf$/i.test(path));
  if (office) return readOffice(data, path, office);
  return fromBytes(data, path, /\.html?$/i.test(path) ? 'html' : /\.(txt|md|markdown|text)$/i.test(path) ? 'text' : null);
}

async function readUrl(url: string): Promise<ReadInput> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { 'user-agent': 'nianbao-extract/0.1' } });
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new InputError(`${url}: no answer within ${FETCH_TIMEOUT_MS / 1000} s`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new InputError(`${url}: could not be fetched (${cause?.code ?? cause?.message ?? messageOf(e)})`);
  }
  if (!res.ok) throw new InputError(`${url}: the server answered ${res.status} ${res.statusText}`.trim());
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new InputError(`${url} is too big (${(length / 1048576).toFixed(0)} MB)`);
  const data = new Uint8Array(await res.arrayBuffer());
  if (data.length === 0) throw new InputError(`${url}: the server sent an empty page`);
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  if (isPdf(data) || type.includes('application/pdf')) {
    if (!isPdf(data)) throw new InputError(`${url}: the server says PDF but sent something else`);
    const pdf = await pdfReader();
    if (!pdf.readPdfData) throw new InputError('PDF support cannot read downloaded PDFs (readPdfData is missing)');
    return pdf.readPdfData(data, { url: res.url || url });
  }
  const office = officeOf(data, officeKindOfName(new URL(res.url || url).pathname) ?? (type.includes('wordprocessingml') ? 'docx' : type.includes('msword') ? 'legacy' : null), false);
  if (office) {
    const out = await readOffice(data, url, office);
    out.meta.url = res.url || url;
    return out;
  }
  const charset = /charset=([\w-]+)/.exec(type)?.[1];
  const out = fromBytes(data, url, type.includes('html') ? 'html' : type.startsWith('text/plain') ? 'text' : null, charset);
  out.meta.url = res.url || url;
  return out;
}

/**
 * A Word file, by name or by bytes: a zip named .docx (or any zip holding word/document.xml is tried when named
 * so), an OLE compound file (old .doc/.wps, or a password-protected .docx) whatever its name.
 */
function officeOf(data: Uint8Array, byName: 'docx' | 'legacy' | null, namedPdf: boolean): 'docx' | 'legacy' | null {
  if (namedPdf) return null;
  if (isOleFile(data)) return byName === 'legacy' ? 'legacy' : 'docx'; // docxToHtml tells encrypted from legacy
  if (byName === 'docx' || isZipFile(data)) return 'docx';
  if (byName === 'legacy') return 'legacy';
  return null;
}

async function readOffice(data: Uint8Array, source: string, kind: 'docx' | 'legacy'): Promise<ReadInput> {
  try {
    if (kind === 'legacy') throw new DocxError('legacy');
    const { body, title } = await docxToHtml(data);
    const blocks = blocksFromDocxHtml(body, (table) => blocksFromHtml(table).blocks);
    // The document's own title when it has one; otherwise the engine reads the title from the first page, as it
    // does for plain text (a first heading such as 「一、基本情况」 is no title).
    return { blocks, meta: title ? { title } : {} };
  } catch (e) {
    if (isDocxError(e)) {
      if (e.code === 'not-docx' && isZipFile(data)) throw new InputError(`${source} is a zip archive, not a Word .docx document`);
      // some sites serve a web page (or Word's HTML export) under a .docx name: read it as what it is
      if (e.code === 'not-docx' && !looksBinary(data)) return fromBytes(data, source, null);
      throw new InputError(`${source}: ${e.message}`);
    }
    throw e;
  }
}

function isPdf(data: Uint8Array): boolean {
  // %PDF may follow a little junk (some servers prepend a BOM or whitespace)
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8192);
  if (data[0] === 0xff && data[1] === 0xfe) return false; // UTF-16 text has NULs
  if (data[0] === 0xfe && data[1] === 0xff) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = data[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) odd++;
  }
  return odd > n * 0.05;
}

function decode(data: Uint8Array, declared?: string): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const label = declared ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(Buffer.from(data.subarray(0, 4096)).toString('latin1'))?.[1];
  if (label && !/^utf-?8$/i.test(label)) {
    try {
      return new TextDecoder(label.toLowerCase() === 'gb2312' ? 'gbk' : label).decode(data);
    } catch {
      /* an unknown label: fall through to UTF-8 */
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // not UTF-8 and nothing declared: Chinese text files without a BOM are GB18030 more often than not
    return new TextDecoder('gb18030').decode(data);
  }
}

function fromBytes(data: Uint8Array, source: string, kind: 'html' | 'text' | null, charset?: string): ReadInput {
  if (looksBinary(data)) throw new InputError(`${source} is not a text, HTML, PDF or Word .docx file (it holds binary data)`);
  const text = decode(data, charset);
  if (!text.trim()) throw new InputError(`${source} holds only whitespace: nothing to extract`);
  const html = kind === 'html' || (kind === null && /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2000)));
  if (html) {
    const { blocks, meta } = blocksFromHtml(text);
    return { blocks, meta };
  }
  return { blocks: blocksFromText(text), meta: {} };
}
