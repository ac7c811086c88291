/**
 * The pages' side of sync: ask the background to run now, read the status, tell it something changed.
 * The background answers through the runner (runner.ts); messages carry only plain data.
 */
import { browser } from 'wxt/browser';
import type { SyncStatus } from './status';

export const SYNC_MESSAGE = 'nianbao/sync';

export type SyncAction = 'now' | 'status' | 'changed' | 'dismissConflicts';
export interface SyncMessage {
  type: typeof SYNC_MESSAGE;
  action: SyncAction;
}

export const isSyncMessage = (m: unknown): m is SyncMessage =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === SYNC_MESSAGE;

async function send(action: SyncAction): Promise<SyncStatus> {
  const msg: SyncMessage = { type: SYNC_MESSAGE, action };
  return (await browser.runtime.sendMessage(msg)) as SyncStatus;
}

/** Runs now (or joins the run under way) and answers the status after it. */
export const syncNow = () => send('now');
export const getSyncStatus = () => send('status');
export const dismissConflicts = () => send('dismissConflicts');
/** A local change was written: the background runs soon (debounced). Never throws. */
export function notifySyncChange(): void {
  send('changed').catch(() => undefined);
}
