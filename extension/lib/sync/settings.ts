/** Where the group's server is and who we are there; kept in chrome.storage.local (never synced). */
import { storage } from 'wxt/utils/storage';

export interface SyncSettings {
  /** As normalized by normalizeServerUrl: origin (+ path prefix), no /api/v1. Empty: sync is off. */
  serverUrl: string;
  token: string;
  /** Filled in by a successful "test connection" or run, for display. */
  workspaceId: string | null;
  workspaceName: string | null;
}

export const EMPTY_SETTINGS: SyncSettings = { serverUrl: '', token: '', workspaceId: null, workspaceName: null };

export const syncSettings = storage.defineItem<SyncSettings>('local:nianbao.sync.settings', {
  fallback: EMPTY_SETTINGS,
});

export const isConfigured = (s: SyncSettings) => s.serverUrl.trim() !== '' && s.token.trim() !== '';
