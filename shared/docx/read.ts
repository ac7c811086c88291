/**
 * A Word .docx -> HTML (mammoth), then the readers the project already has (./blocks.ts): Word tables through
 * the DOM block builder (fromDocument.ts: linkedom in the command line, DOMParser in the panel; merged cells
 * spread as in HTML), everything else through the plain-text reader, which also knows the tables a report pasted
 * into Word carries as paragraphs (one cell per tab-indented paragraph, tab-separated rows, pipe rows).
 * Word headings become headings. Empty paragraphs are kept: they separate the rows of a flattened table.
 *
 * Before mammoth sees the bytes they are sniffed, so every failure is a DocxError with a code the panel
 * translates and an English sentence for the command line:
 * - an OLE compound file (D0 CF 11 E0) is either a password-protected .docx (EncryptionInfo/EncryptedPackage)
 *   or an old binary Word/WPS file (.doc, .wps) under a .docx name;
 * - a zip without word/document.xml is not a Word document; a cut or damaged zip is corrupt;
 * - a document with no text is empty.
 * No Node APIs and no DOM here: this runs in Node, in the panel and in tests alike.
 */
import mammoth from 'mammoth';
import { unzipSync } from 'fflate';
import { DocxError, isDocxError, type DocxErrorCode } from './errors';

export { DocxError, isDocxError, type DocxErrorCode } from './errors';

/** A report is never bigger; a bigger file is a mistake. */
export const DOCX_MAX_BYTES = 100 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (data: Uint8Array, sig: number[]) => sig.every((b, i) => data[i] === b);
export const isOleFile = (data: Uint8Array) => startsWith(data, OLE);
export const isZipFile = (data: Uint8Array) => startsWith(data, ZIP);

/** Does the compound file's directory name this stream? (Names are UTF-16LE in the directory sectors.) */
function oleHasStream(data: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    if (data[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** What the bytes of a file that should be a .docx are. */
export function sniffDocx(data: Uint8Array): 'docx' | DocxErrorCode {
  if (data.length === 0) return 'empty';
  if (isOleFile(data)) return oleHasStream(data, 'EncryptedPackage') || oleHasStream(data, 'EncryptionInfo') ? 'encrypted' : 'legacy';
  if (isZipFile(data)) return 'docx';
  return 'not-docx';
}

export interface DocxHtml {
  /** A whole HTML document (title in <head>). */
  html: string;
  /** mammoth's body alone, empty paragraphs kept (for blocksFromDocxHtml). */
  body: string;
  /** The document's title from its properties (docProps/core.xml), when it has one. */
  title?: string;
}

function decodeXmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The .docx as one HTML document (with <title> when the file has one). Throws DocxError.
 * Images are left out (their bytes are never decoded): nothing in a report's figures lives in them.
 */
export async function docxToHtml(input: Uint8Array | ArrayBuffer): Promise<DocxHtml> {
  const data = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (data.length > DOCX_MAX_BYTES) throw new DocxError('too-big', `${(data.length / 1048576).toFixed(1)} MB`);
  const kind = sniffDocx(data);
  if (kind !== 'docx') throw new DocxError(kind);
  let title: string | undefined;
  try {
    // Only the small parts are inflated here: the zip must be whole and must be a Word document.
    const parts = unzipSync(data, { filter: (f) => f.name === 'word/document.xml' || f.name === 'docProps/core.xml' });
    if (!parts['word/document.xml']) throw new DocxError('not-docx', 'no word/document.xml');
    const core = parts['docProps/core.xml'];
    if (core) {
      const m = /<dc:title>([\s\S]*?)<\/dc:title>/.exec(new TextDecoder().decode(core));
      const tt = m ? decodeXmlText(m[1]!).trim() : '';
      if (tt) title = tt;
    }
  } catch (e) {
    if (isDocxError(e)) throw e;
    throw new DocxError('corrupt', e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
  let html: string;
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
    const ab = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    const r = await mammoth.convertToHtml({ buffer: data, arrayBuffer: ab } as unknown as { arrayBuffer: ArrayBuffer }, {
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      // an empty paragraph is the row break of a table flattened into paragraphs: keep it
      ignoreEmptyParagraphs: false,
    });
    html = r.value;
  } catch (e) {
    throw new DocxError('corrupt', e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
  if (!html.replace(/<[^>]+>/g, '').trim()) throw new DocxError('empty');
  const head = title ? `<title>${escHtml(title)}</title>` : '';
  return { html: `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${html}</body></html>`, body: html, title };
}

/** What a file name says it is (the bytes decide in the end). */
export function officeKindOfName(name: string): 'docx' | 'legacy' | null {
  const path = name.split(/[?#]/)[0]!.toLowerCase();
  if (/\.docx$/.test(path)) return 'docx';
  if (/\.(?:doc|wps|dot|wpt)$/.test(path)) return 'legacy';
  return null;
}
