/**
 * Reading the tab the panel follows: ask its content script for the page's blocks (askPage injects the
 * script when the tab was opened before the extension), then run the engine here in the panel.
 * Every failure ends as a state the panel can show in words, never as an exception.
 */
import { browser } from 'wxt/browser';
import { extractReport } from '../../../shared/extract/index';
import type { Extraction } from '../../../shared/extract/types';
import { askPage } from '../../lib/page/ask';
import type { PageSnapshot, PdfLink } from '../../lib/messages';
import { mark, measureSince, PANEL_MARKS } from '../../lib/perf/marks';

export type PageReading =
  | { kind: 'report'; snapshot: PageSnapshot; extraction: Extraction; pdfLinks: PdfLink[] }
  | { kind: 'notReport'; snapshot: PageSnapshot; pdfLinks: PdfLink[] }
  | { kind: 'pdf'; url: string; title: string }
  | { kind: 'unreadable'; url?: string };

const isPdfUrl = (url: string | undefined) => !!url && /\.pdf(?:$|[?#])/i.test(url);

/**
 * A tab no content script answers in, at an address that does not end in .pdf: is it a PDF all the same?
 * Firefox shows every PDF in its own pdf.js viewer, where no extension script runs, and bureau sites serve
 * reports from addresses like download.jsp?id=123: ask the server what the address is.
 */
async function servesPdf(url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:/i.test(url)) return false;
  try {
    const res = await fetch(url, { method: 'HEAD', credentials: 'include', signal: AbortSignal.timeout(5000) });
    return /^application\/(?:x-)?pdf\b/i.test(res.headers.get('content-type') ?? '');
  } catch {
    return false;
  }
}

export async function readTab(tabId: number): Promise<PageReading> {
  const askedAt = performance.now();
  // The tab, its blocks and its PDF links are asked at once, not one after the other.
  const tabP = browser.tabs.get(tabId).then((t) => t as { url?: string; title?: string }, () => undefined);
  // askPage injects the content script into a tab that predates the extension, then asks again.
  const snapP = askPage(tabId, { type: 'page:read' }).then((s) => ({ ok: true as const, s }), () => ({ ok: false as const }));
  const links = askPage(tabId, { type: 'page:pdfLinks' }, { inject: false }).catch(() => null);
  const tab = await tabP;
  if (!tab) return { kind: 'unreadable' };
  const asked = await snapP;
  if (!asked.ok) {
    // The browser's PDF viewer takes no content script: the PDF reader fetches the file itself.
    if (isPdfUrl(tab.url) || (await servesPdf(tab.url))) return { kind: 'pdf', url: tab.url!, title: tab.title ?? '' };
    return { kind: 'unreadable', url: tab.url };
  }
  const snapshot: PageSnapshot = asked.s;
  if (!snapshot || !Array.isArray(snapshot.blocks)) return { kind: 'unreadable', url: tab.url };
  measureSince(PANEL_MARKS.read, askedAt);
  mark(PANEL_MARKS.blocks);
  if (snapshot.isPdf) return { kind: 'pdf', url: snapshot.url, title: snapshot.meta?.title ?? tab.title ?? '' };
  // A tab without the content script yet (injected by page:read) is asked again.
  const pdfLinks = await links.then((l) => l ?? askPage(tabId, { type: 'page:pdfLinks' })).catch(() => [] as PdfLink[]);
  let extraction: Extraction;
  try {
    const engineAt = performance.now();
    extraction = extractReport(snapshot.blocks, { ...snapshot.meta, url: snapshot.meta?.url ?? snapshot.url });
    measureSince(PANEL_MARKS.extract, engineAt);
    mark(PANEL_MARKS.engine);
  } catch (err) {
    // An engine bug on one odd page must not take the panel down: say what we can, log the rest.
    console.error('nianbao: extraction failed', err);
    return { kind: 'notReport', snapshot, pdfLinks: Array.isArray(pdfLinks) ? pdfLinks : [] };
  }
  if (!extraction.detection.isReport) return { kind: 'notReport', snapshot, pdfLinks: Array.isArray(pdfLinks) ? pdfLinks : [] };
  return { kind: 'report', snapshot, extraction, pdfLinks: Array.isArray(pdfLinks) ? pdfLinks : [] };
}
