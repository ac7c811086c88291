/**
 * On every page: the cheap report pre-check, and answers to the panel's `page:*` questions. This bundle
 * stays small because it loads on every page: the reader (blocks, detector, highlighter, selection, PDF
 * links) is a separate script the background injects only when a page passes the pre-check or someone asks
 * (extension/lib/page/load.ts); the engine and the catalog run in the panel and the background.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { isPageRequest, startPageAgent } from '../lib/page/agent';
import { loadReaderThroughBackground } from '../lib/page/load';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const agent = startPageAgent({ window, send: (m) => browser.runtime.sendMessage(m), loadReader: loadReaderThroughBackground });
    const listener = (msg: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if (!isPageRequest(msg)) return undefined;
      // A broken page or a reader that would not load must not leave the panel waiting: answer with the error in words.
      const fail = (err: unknown) => sendResponse({ error: err instanceof Error ? err.message : String(err) });
      try {
        agent.handle(msg).then(sendResponse, fail);
      } catch (err) {
        fail(err);
      }
      return true; // the answer comes once the reader is loaded
    };
    browser.runtime.onMessage.addListener(listener);
    // Injected again (askPage into a tab that predates an update): the older copy stops answering.
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
