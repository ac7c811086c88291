/**
 * Asking a tab's content script a `page:*` question with the answer typed by the protocol. Used by the
 * background and the side panel. A tab that was open before the extension was installed (or updated) has
 * no content script yet: it is injected once and asked again. Still rejects where no extension may run
 * (chrome:// pages, the browser's PDF viewer, the web store): callers decide what that means.
 */
import { browser } from 'wxt/browser';
import type { PageRequest, PageResponses } from '../messages';

const isFailure = (a: unknown): a is { error: string } =>
  typeof a === 'object' && a !== null && !Array.isArray(a) && typeof (a as { error?: unknown }).error === 'string';

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;
const CONTENT_SCRIPT = '/content-scripts/content.js';

export async function askPage<R extends PageRequest>(tabId: number, request: R, opts: { inject?: boolean } = {}): Promise<PageResponses[R['type']]> {
  // Only the top frame answers (the content script does not run in frames).
  const send = async () => {
    const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
    // The content script answers { error } when the page broke the reader or the reader would not load.
    if (isFailure(answer)) throw new Error(answer.error);
    return answer as PageResponses[R['type']];
  };
  try {
    return await send();
  } catch (err) {
    if (opts.inject === false || !NO_RECEIVER.test(String((err as Error)?.message ?? err))) throw err;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
    return await send();
  }
}
