/**
 * Report files linked from an HTML page (a bureau's notice with the report as an attachment: PDF, Word .docx,
 * or an old .doc/.wps): the panel lists them and reads the PDFs and .docx files. Which links count is decided
 * by ./reportFileRule.ts (the link's text, file name and title, and the page title).
 */
import type { PdfLink } from '../messages';
import { fileKindOf, isReportFileLink } from './reportFileRule';

function fileName(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function queryValues(url: URL): string {
  try {
    return decodeURIComponent(url.search);
  } catch {
    return url.search;
  }
}

export function looksLikePdfUrl(url: URL, a?: Element): boolean {
  return fileKindOf(url.pathname, queryValues(url), '', a?.getAttribute('type') ?? '') === 'pdf';
}

/** The page's report files, once each (fragment dropped), PDF and Word alike, in page order. */
export function listReportFiles(doc: Document): PdfLink[] {
  const out: PdfLink[] = [];
  const seen = new Set<string>();
  const pageTitle = doc.title ?? '';
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href')!, doc.baseURI);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const name = fileName(url);
    const title = a.getAttribute('title') ?? '';
    const query = queryValues(url);
    const kind = fileKindOf(url.pathname, query, text, a.getAttribute('type') ?? '');
    if (!kind) continue;
    // The link text often says only 「附件1」 or 「点击下载」: the file name, title or page title carry the words.
    if (!isReportFileLink([text, name, title, query], pageTitle)) continue;
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ url: url.href, text: text || title || name, kind });
  }
  return out;
}

/** The PDFs and Word files of the page (kept under its old name: the panel's `page:pdfLinks` answers with it). */
export const listPdfLinks = listReportFiles;
