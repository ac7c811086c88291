/**
 * On every page: the cheap report pre-check, and answers to the panel's `page:*` questions. Everything
 * heavy (the engine, the catalog) stays out of this bundle: it runs in the panel and the background.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { isPageRequest, startPageAgent } from '../lib/page/agent';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const agent = startPageAgent({ window, send: (m) => browser.runtime.sendMessage(m) });
    const listener = (msg: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if (!isPageRequest(msg)) return undefined;
      try {
        sendResponse(agent.handle(msg));
      } catch (err) {
        // A broken page must not leave the panel waiting: answer with the error in words.
        sendResponse({ error: err instanceof Error ? err.message : String(err) });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    // Injected again (askPage into a tab that predates an update): the older copy stops answering.
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
