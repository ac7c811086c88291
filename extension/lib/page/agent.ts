/**
 * The content script's work on a page. On every page it runs only the cheap pre-check (./precheck.ts) and
 * listens; the reader (./reader.ts: blocks, detector, highlighter, selection, PDF links) is loaded when the
 * pre-check passes or when the panel or the background asks a `page:*` question. It answers those
 * questions and tells the background its verdict (`bg:detected`).
 *
 * This module is part of the always-on bundle: import only types from the reader's side.
 *
 * Performance marks (read by test/bench/content.bench.ts through the page's performance timeline):
 * measures 'nianbao:precheck', 'nianbao:content' (all the synchronous work at load), 'nianbao:reader'
 * (loading the reader, only when it was needed) and 'nianbao:read' (each reading of the page).
 */
import type { Detection } from '../../../shared/extract/types';
import type { BackgroundRequest, PageRequest, PageResponses } from '../messages';
import { worthReading } from './precheck';
import type { PageReader, PageReaderFactory } from './reader';
import type { PageReading } from './read';

export const MEASURES = { total: 'nianbao:content', precheck: 'nianbao:precheck', reader: 'nianbao:reader', read: 'nianbao:read' } as const;

export interface AgentHost {
  window: Window;
  /** runtime.sendMessage to the background (the agent ignores its failures: no background, an orphaned script). */
  send(message: BackgroundRequest): Promise<unknown> | void;
  /** Brings the reader in (the content script has the background inject /page-reader.js). Called at most once at a time. */
  loadReader(): Promise<PageReaderFactory>;
}

export interface PageAgent {
  handle<R extends PageRequest>(request: R): Promise<PageResponses[R['type']]>;
  /** The latest reading (null until the page was read). */
  reading(): PageReading | null;
  /** Settles when the work started at load (reading a page that passed the pre-check) is done. */
  settled: Promise<void>;
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

  let reader: PageReader | null = null;
  let loading: Promise<PageReader> | null = null;
  const getReader = (): Promise<PageReader> => {
    if (reader) return Promise.resolve(reader);
    if (!loading) {
      const start = perf.now();
      loading = host.loadReader().then(
        (create) => {
          reader = create(win);
          measure(MEASURES.reader, start);
          return reader;
        },
        (err: unknown) => {
          loading = null; // the next question tries again (a background that was restarting)
          throw err;
        },
      );
    }
    return loading;
  };

  let announced: { detection: Detection; url: string; attachments: number } | null = null;
  const tell = (detection: Detection, url: string, attachments = 0) => {
    try {
      void Promise.resolve(host.send({ type: 'bg:detected', detection, url, attachments })).catch(() => undefined);
    } catch {
      /* the extension was reloaded: this page's script is orphaned */
    }
  };
  const read = (r: PageReader, fresh = true) => {
    const start = perf.now();
    const reading = fresh ? r.read() : r.current();
    measure(MEASURES.read, start);
    // A page that is no report itself but links one (a bureau's notice) gets the badge of its attachments.
    let attachments = 0;
    if (!reading.snapshot.detection.isReport && !reading.snapshot.isPdf) {
      try {
        attachments = r.pdfLinks().length;
      } catch {
        attachments = 0;
      }
    }
    announced = { detection: reading.snapshot.detection, url: reading.snapshot.url, attachments };
    tell(announced.detection, announced.url, attachments);
    return reading;
  };
  // A failure here shows no badge; the panel's page:read will say what went wrong.
  const readAndAnnounce = (): Promise<void> => getReader().then(read).then(() => undefined, () => undefined);

  const pass = worthReading(doc);
  measure(MEASURES.precheck, t0);
  const settled = pass ? readAndAnnounce() : Promise.resolve();

  // A single-page site changes its URL without loading a page: judge the new content once it settles.
  const bare = () => win.location.href.split('#')[0]!; // a jump to an anchor is the same page
  let judgedUrl = bare();
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', () => {
    win.setTimeout(() => {
      if (bare() === judgedUrl) return;
      judgedUrl = bare();
      if (worthReading(doc)) void readAndAnnounce();
      else {
        reader?.forget();
        announced = null;
        tell({ isReport: false, score: 0, reasons: ['pre-check: not a report page'] }, win.location.href);
      }
    }, 800);
  });

  // Back/forward cache: the tab's badge was cleared on navigation but this script does not run again.
  win.addEventListener('pageshow', (e) => {
    if ((e as PageTransitionEvent).persisted && announced) tell(announced.detection, announced.url, announced.attachments);
  });

  measure(MEASURES.total, t0);

  const answer = async (request: PageRequest): Promise<PageResponses[PageRequest['type']]> => {
    const r = await getReader();
    switch (request.type) {
      case 'page:read':
        // The reading made at load unless the page changed since (the reader watches for mutations); the
        // panel's places refer to the reading it gets.
        return read(r, false).snapshot;
      case 'page:highlight':
        return r.highlight(request.place, request.quote);
      case 'page:selection':
        return r.selection();
      case 'page:pdfLinks':
        return r.pdfLinks();
    }
  };
  return {
    handle: answer as PageAgent['handle'],
    reading: () => reader?.reading() ?? null,
    settled,
  };
}
