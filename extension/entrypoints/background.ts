/// <reference path="../../.wxt/types/globals.d.ts" />
/**
 * The background: the toolbar badge per tab, the side panel on the toolbar click, clipping from the
 * context menu and the keyboard command, and sync (extension/lib/background/sync.ts).
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../lib/messages';
import { libraryStore } from '../lib/store';
import { showDetection, watchTabs } from '../lib/background/badge';
import { clipFromTab, onCommand, onMenuClick, setUpClipping, type ClipDeps } from '../lib/background/clip';
import { openPanelOnActionClick } from '../lib/background/panel';
import { startSync } from '../lib/background/sync';
import { answerReaderLoads } from '../lib/page/load';
import { startTestBridge } from '../lib/background/test-bridge';

const isDetected = (m: unknown): m is Extract<BackgroundRequest, { type: 'bg:detected' }> =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'bg:detected';

export default defineBackground(() => {
  startSync();

  const deps: ClipDeps = { store: libraryStore };
  openPanelOnActionClick();
  watchTabs();
  setUpClipping(deps);
  // The content script's reader comes on demand (extension/lib/page/load.ts).
  answerReaderLoads();

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    // Only the top frame's verdict counts; bg:syncNow and the rest are answered elsewhere.
    if (!isDetected(msg) || sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0) return undefined;
    void showDetection(sender.tab.id, msg.detection, msg.attachments ?? 0).catch((e: unknown) => console.warn('badge', e));
    return undefined;
  });

  // Firefox's browser tests cannot open extension pages themselves: a development install opens them on
  // request (extension/lib/background/test-bridge.ts). Left out of the Chrome build.
  if (import.meta.env.FIREFOX) void startTestBridge();

  // For browser tests: native menus and commands cannot be clicked by automation, so tests call the
  // same handlers from the worker (serviceWorker.evaluate(() => self.nianbao.onMenuClick(...))); in
  // Firefox from an extension page through runtime.getBackgroundPage().
  (globalThis as { nianbao?: unknown }).nianbao = {
    store: deps.store,
    clipFromTab: (tabId: number) => clipFromTab(tabId, deps),
    onMenuClick: (info: Parameters<typeof onMenuClick>[0], tab: Parameters<typeof onMenuClick>[1]) => onMenuClick(info, tab, deps),
    onCommand: (command: string, tab?: Parameters<typeof onCommand>[1]) => onCommand(command, tab, deps),
  };
});
