/**
 * Sync in the background: the runner (extension/lib/sync/runner.ts) gets the local library, a run soon
 * after every local change, and answers `bg:syncNow`. The runner itself keeps the periodic alarm (it
 * survives service-worker restarts), the backoff and the status in chrome.storage.
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messages';
import { libraryStore } from '../store';
import type { StoreChange } from '../store/api';
import { startSync as startRunner, type SyncRunner } from '../sync/runner';
import type { SyncStatus } from '../sync/status';

let started: SyncRunner | null = null;

const isLocalChange = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as Partial<StoreChange>).origin === 'local';

const isSyncNow = (m: unknown): m is Extract<BackgroundRequest, { type: 'bg:syncNow' }> =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'bg:syncNow';

/** Called once when the background starts; later calls answer the same runner. */
export function startSync(): SyncRunner {
  if (started) return started;
  // The page's one store: the background's own clips (context menu) reach onChange through it directly.
  const store = libraryStore;
  const runner = startRunner({ store });
  started = runner;

  // Changes written here (a clip from the context menu) and in any extension page. Pulled changes are
  // 'remote' and must not start another run. onChange hears both: the store also listens on its
  // BroadcastChannel ('nianbao-store').
  store().onChange((c) => {
    if (isLocalChange(c)) runner.soon();
  });

  browser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
    if (!isSyncNow(msg)) return undefined;
    runner.resetBackoff();
    void runner.run().then((s: SyncStatus) => sendResponse(s));
    return true;
  });
  return runner;
}
