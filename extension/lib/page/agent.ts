/**
 * The content script's work on a page. On every page it runs only the cheap pre-check; blocks and the
 * detector run when the pre-check passes or when the panel asks (`page:read`). It answers the panel's
 * `page:*` questions and tells the background its verdict (`bg:detected`).
 *
 * Performance marks (read by test/bench/content.bench.ts through the page's performance timeline):
 * measures 'nianbao:precheck', 'nianbao:read' (only when the page was read) and 'nianbao:content' (all).
 */
import type { Detection } from '../../../shared/extract/types';
import type { BackgroundRequest, PageRequest, PageResponses } from '../messages';
import { highlight } from './highlight';
import { listPdfLinks } from './pdfLinks';
import { elementAt, isPdfDocument, looksLikeReportPage, readPage, type PageReading } from './read';
import { selectionSnapshot } from './selection';

export const MEASURES = { total: 'nianbao:content', precheck: 'nianbao:precheck', read: 'nianbao:read' } as const;

export interface AgentHost {
  window: Window;
  /** runtime.sendMessage to the background (the agent ignores its failures: no background, an orphaned script). */
  send(message: BackgroundRequest): Promise<unknown> | void;
}

export interface PageAgent {
  handle(request: PageRequest): PageResponses[PageRequest['type']];
  /** The latest reading (null until the page was read). */
  reading(): PageReading | null;
}

export const isPageRequest = (m: unknown): m is PageRequest =>
  typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('page:');

export function startPageAgent(host: AgentHost): PageAgent {
  const win = host.window;
  const doc = win.document;
  const perf = win.performance;
  const t0 = perf.now();
  // Measuring must never break a page (User Timing L3 options are missing in old engines).
  const measure = (name: string, start: number) => {
    try {
      perf.measure(name, { start, end: perf.now() });
    } catch {
      /* no measure */
    }
  };
  let last: PageReading | null = null;

  const read = (): PageReading => {
    const start = perf.now();
    last = readPage(doc);
    measure(MEASURES.read, start);
    return last;
  };
  const tell = (detection: Detection, url: string) => {
    try {
      void Promise.resolve(host.send({ type: 'bg:detected', detection, url })).catch(() => undefined);
    } catch {
      /* the extension was reloaded: this page's script is orphaned */
    }
  };
  const announce = (r: PageReading) => tell(r.snapshot.detection, r.snapshot.url);

  // Whatever a page does, the script must not throw into it: a failed judgement just shows no badge.
  const judge = () => {
    try {
      if (isPdfDocument(doc) || looksLikeReportPage(doc)) return true;
    } catch {
      /* an odd document */
    }
    return false;
  };
  const readAndAnnounce = () => {
    try {
      announce(read());
    } catch {
      /* the panel's page:read will say what went wrong */
    }
  };
  const pass = judge();
  measure(MEASURES.precheck, t0);
  if (pass) readAndAnnounce();

  // A single-page site changes its URL without loading a page: judge the new content once it settles.
  const bare = () => win.location.href.split('#')[0]!; // a jump to an anchor is the same page
  let judgedUrl = bare();
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', () => {
    win.setTimeout(() => {
      if (bare() === judgedUrl) return;
      judgedUrl = bare();
      if (judge()) readAndAnnounce();
      else {
        last = null;
        tell({ isReport: false, score: 0, reasons: ['pre-check: not a report page'] }, win.location.href);
      }
    }, 800);
  });

  // Back/forward cache: the tab's badge was cleared on navigation but this script does not run again.
  win.addEventListener('pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted && last) announce(last);
  });

  measure(MEASURES.total, t0);

  const handle = (request: PageRequest): PageResponses[PageRequest['type']] => {
    switch (request.type) {
      case 'page:read': {
        // Always afresh: the page may have changed since load, and the panel's places refer to this reading.
        const r = read();
        announce(r);
        return r.snapshot;
      }
      case 'page:highlight': {
        const r = last ?? read();
        const element = elementAt(r, request.place);
        return { found: highlight(doc, { element, quote: request.quote }).found };
      }
      case 'page:selection':
        return selectionSnapshot(win);
      case 'page:pdfLinks':
        return listPdfLinks(doc);
    }
  };
  return { handle, reading: () => last };
}
