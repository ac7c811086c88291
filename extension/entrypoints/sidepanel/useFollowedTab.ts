/**
 * Which tab the panel reads: the active tab of the panel's window, following tab switches and
 * navigations; or the tab named by ?tab=<id> (pinned, for tests and "open in a tab"). `version` grows
 * whenever that tab finished loading a page, so the panel reads it again.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export function pinnedTabFromUrl(search = typeof location === 'undefined' ? '' : location.search): number | null {
  const v = new URLSearchParams(search).get('tab');
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function useFollowedTab(pinned: number | null): { tabId: number | null; version: number; ready: boolean } {
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [ready, setReady] = useState(pinned !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let on = true;
    let windowId: number | undefined;
    let current = pinned;
    if (pinned === null) {
      void (async () => {
        try {
          const win = await browser.windows.getCurrent();
          windowId = win.id;
          const [active] = await browser.tabs.query({ active: true, windowId });
          if (!on) return;
          current = active?.id ?? null;
          setTabId(current);
        } finally {
          if (on) setReady(true);
        }
      })();
    }
    const activated = (info: { tabId: number; windowId: number }) => {
      if (pinned !== null || (windowId !== undefined && info.windowId !== windowId)) return;
      current = info.tabId;
      setTabId(info.tabId);
      setVersion((v) => v + 1);
    };
    const updated = (id: number, change: { status?: string }) => {
      if (id === current && change.status === 'complete') setVersion((v) => v + 1);
    };
    const removed = (id: number) => {
      if (id === current && pinned !== null) setTabId(null);
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    browser.tabs.onRemoved.addListener(removed);
    return () => {
      on = false;
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onRemoved.removeListener(removed);
    };
  }, [pinned]);

  return { tabId, version, ready };
}
