/** The sync status line's data, written by the background's runner and watched by the pages. */
import { storage } from 'wxt/utils/storage';
import type { SyncErrorInfo } from './errors';
import type { ConflictNotice } from './types';

export interface SyncStatus {
  configured: boolean;
  running: boolean;
  /** Last run that finished without error. */
  lastSyncAt: number | null;
  lastAttemptAt: number | null;
  /** Outbox entries not yet acknowledged by the server. */
  pending: number;
  lastError: SyncErrorInfo | null;
  /** When the next retry after a failure is due. */
  nextRetryAt: number | null;
  /** Failed runs in a row (0 after a good one): the backoff's step. */
  failures: number;
  /** Changes the server refused as invalid in the last run (they stay in the outbox). */
  refused: { id: string | null; error: string }[];
  /** The workspace the local cursor belongs to (a different one means pulling from 0). */
  workspaceId: string | null;
  workspaceName: string | null;
}

export const EMPTY_STATUS: SyncStatus = {
  configured: false, running: false, lastSyncAt: null, lastAttemptAt: null, pending: 0, lastError: null,
  nextRetryAt: null, failures: 0, refused: [], workspaceId: null, workspaceName: null,
};

export const syncStatus = storage.defineItem<SyncStatus>('local:nianbao.sync.status', { fallback: EMPTY_STATUS });

export const MAX_CONFLICTS = 50;
/** Newest first; the panel shows them until dismissed. */
export const syncConflicts = storage.defineItem<ConflictNotice[]>('local:nianbao.sync.conflicts', { fallback: [] });
