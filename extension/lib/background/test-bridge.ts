/**
 * Firefox only, and only in an add-on installed for development (about:debugging, `web-ext run`, or a
 * test's WebDriver BiDi install: management.getSelf() says installType 'development'): a tab that loads
 *
 *   http://127.0.0.1:<any port>/__nianbao-e2e__/open?page=<an extension page, with its query>
 *
 * is sent to that extension page. Browser tests need it because WebDriver BiDi may not navigate to
 * moz-extension:// pages, while the extension may; once one of its pages is open, a test evaluates
 * browser.* calls there (and reaches the background through runtime.getBackgroundPage()).
 * An installed, signed add-on never does this, and only loopback pages are heard.
 */
import { browser } from 'wxt/browser';

export const BRIDGE_PATH = '/__nianbao-e2e__/open';
const PAGES = /^(sidepanel|library|options)\.html(?:[?#].*)?$/;

/** The extension page a bridge URL asks for, or null (not a bridge URL, not loopback, not one of our pages). */
export function bridgeTarget(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' || (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') || u.pathname !== BRIDGE_PATH) return null;
  const page = u.searchParams.get('page') ?? '';
  return PAGES.test(page) ? page : null;
}

export async function startTestBridge(): Promise<void> {
  const self = await browser.management.getSelf().catch(() => null);
  if (self?.installType !== 'development') return;
  browser.tabs.onUpdated.addListener((tabId, info) => {
    const page = bridgeTarget(info.url);
    // getURL is typed for plain paths; these carry a query.
    if (page) void browser.tabs.update(tabId, { url: (browser.runtime as unknown as { getURL(p: string): string }).getURL(`/${page}`) });
  });
}
