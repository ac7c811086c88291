/**
 * The part of the page side that runs on EVERY page: is this worth reading? Only the engine's cheap
 * pre-check (a bounded walk over the title, a few headings and a short text sample) and the PDF-viewer
 * test. Nothing here may import the block builder, the detector's scoring or the highlighter: those live
 * in the reader (./reader.ts), loaded only when a page passes or the panel asks.
 */
import { looksLikeReportPage } from '../../../shared/extract/detect';
import { isReportFileLink } from './reportFileRule';

export function isPdfDocument(doc: Document): boolean {
  return doc.contentType === 'application/pdf';
}

/** An href that names a report-file type (path or query). */
const FILE_HREF = /\.(?:pdf|docx?|wps)(?:$|[?#&;])/i;
const FILE_TEXT = /\.(?:pdf|docx?|wps)\s*$/i;
/** The link's text when it ends in a report-file name, else null (short texts only: a link is a few words). */
function fileText(a: Element): string | null {
  const raw = a.textContent ?? '';
  if (raw.length > 300 || !FILE_TEXT.test(raw)) return null;
  return raw.replace(/\s+/g, ' ').trim();
}

/** Links looked at, at most: a notice's attachments sit in its body, never thousands of links down. */
const LINK_BUDGET = 600;

/**
 * Does the page link a report file (./reportFileRule.ts)? Cheap: only hrefs that end in a file type are read
 * further, and only the first LINK_BUDGET links.
 */
export function linksReportFile(doc: Document): boolean {
  const links = doc.links;
  if (!links) return false;
  const n = Math.min(links.length, LINK_BUDGET);
  for (let i = 0; i < n; i++) {
    const a = links[i]!;
    const href = a.getAttribute('href') ?? '';
    if (!href || /^(?:javascript|mailto|data):/i.test(href)) continue;
    // a download script (download.jsp?id=123) is named a file only by its link text: 「…报告.pdf」
    const text = FILE_HREF.test(href) ? (a.textContent ?? '').replace(/\s+/g, ' ').trim() : fileText(a);
    if (text === null) continue;
    let decoded = href;
    try {
      decoded = decodeURIComponent(href);
    } catch {
      /* keep it as written */
    }
    const name = decoded.split(/[?#]/)[0]!.split('/').pop() ?? '';
    const query = decoded.includes('?') ? decoded.slice(decoded.indexOf('?')) : '';
    if (isReportFileLink([text, name, a.getAttribute('title') ?? '', query], doc.title ?? '')) return true;
  }
  return false;
}

/** Whatever a page does, the pre-check must not throw into it: an odd document just counts as no report. */
export function worthReading(doc: Document): boolean {
  try {
    return isPdfDocument(doc) || looksLikeReportPage(doc) || linksReportFile(doc);
  } catch {
    return false;
  }
}
