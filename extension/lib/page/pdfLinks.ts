/**
 * Report PDFs linked from an HTML page (a bureau's notice with the report as an attachment): the panel
 * offers to read them. A link counts when its text or file name names a report and it points at a PDF.
 */
import type { PdfLink } from '../messages';

const REPORT_WORDS = /质量报告|质量年报|年度报告/;
const PDF_PATH = /\.pdf$/i;
/** Download scripts that name the file in the query: download.jsp?file=x.pdf, ?filename=…PDF */
const PDF_QUERY = /\.pdf(?:$|[&#;])/i;

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
  if (PDF_PATH.test(url.pathname)) return true;
  if (PDF_QUERY.test(queryValues(url))) return true;
  const type = a?.getAttribute('type') ?? '';
  return /pdf/i.test(type);
}

export function listPdfLinks(doc: Document): PdfLink[] {
  const out: PdfLink[] = [];
  const seen = new Set<string>();
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
    // The link text often says only 「附件1」 or 「点击下载」: the file name or title can carry the words.
    const pdfish = looksLikePdfUrl(url, a) || /\.pdf$/i.test(text);
    const named = REPORT_WORDS.test(text) || REPORT_WORDS.test(name) || REPORT_WORDS.test(title) || REPORT_WORDS.test(queryValues(url));
    if (!pdfish || !named) continue;
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ url: url.href, text: text || title || name });
  }
  return out;
}
