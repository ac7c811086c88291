/**
 * Loading the page reader on demand. The content script that runs on every page holds only the pre-check;
 * the reader is its own script (extension/entrypoints/page-reader.ts → /page-reader.js). A content script
 * cannot inject scripts, so it asks the background (`bg:loadReader`), which runs scripting.executeScript
 * into the very document that asked. The injected file runs in the same isolated world as the content
 * script and leaves its factory on that world's globalThis under READER_GLOBAL.
 *
 * Why not import() of a web-accessible chunk: that would make the file fetchable by every web page (the
 * extension becomes detectable) and needs a module build of the reader; executeScript needs neither.
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messages';
import type { PageReaderFactory } from './reader';

export const READER_SCRIPT = '/page-reader.js';
export const READER_GLOBAL = '__nianbaoPageReader';

type LoadAnswer = { ok: true } | { error: string };

type Globals = Record<string, unknown>;

/** Called by /page-reader.js when it runs. */
export function registerPageReader(create: PageReaderFactory): void {
  (globalThis as Globals)[READER_GLOBAL] = create;
}

/**
 * Content-script side. Always asks for a fresh injection (once per content script, the agent caches the
 * reader): a factory left on globalThis by an older version of the extension must not answer for this one.
 */
export async function loadReaderThroughBackground(): Promise<PageReaderFactory> {
  const g = globalThis as Globals;
  delete g[READER_GLOBAL];
  const request: BackgroundRequest = { type: 'bg:loadReader' };
  const answer = (await browser.runtime.sendMessage(request)) as LoadAnswer | undefined;
  if (!answer || 'error' in answer) throw new Error(`page reader not loaded: ${answer?.error ?? 'no answer from the background'}`);
  const create = g[READER_GLOBAL];
  if (typeof create !== 'function') throw new Error('page reader not loaded: the injected script left no reader');
  return create as PageReaderFactory;
}

const isLoadReader = (m: unknown): boolean => typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'bg:loadReader';

/** Background side: inject the reader into whichever document asks. */
export function answerReaderLoads(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (a: LoadAnswer) => void) => {
    if (!isLoadReader(msg)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) {
      sendResponse({ error: 'only a tab can load the page reader' });
      return undefined;
    }
    // The asking document exactly (not whatever the frame shows by the time this runs), else its frame.
    const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
    browser.scripting.executeScript({ target, files: [READER_SCRIPT] }).then(
      () => sendResponse({ ok: true }),
      (err: unknown) => sendResponse({ error: err instanceof Error ? err.message : String(err) }),
    );
    return true; // answers asynchronously
  });
}
