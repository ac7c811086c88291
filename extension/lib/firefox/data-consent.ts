/// <reference path="../../../.wxt/types/globals.d.ts" />
/**
 * Firefox's data consent. The manifest declares that nothing leaves the browser (`required: ['none']`)
 * unless the user connects a sync server, which sends clips (quotes of pages) and kept reports (with their
 * addresses): the optional data_collection_permissions below (wxt.config.ts). Firefox asks the user for
 * them when the options page connects; other browsers have no such permission and need no question.
 */
import { browser } from 'wxt/browser';

export const SYNC_DATA_COLLECTION = ['websiteContent', 'websiteActivity'] as const;

type DataPermissions = { request(p: { data_collection: readonly string[] }): Promise<boolean> };

/**
 * Ask for the data sync sends. Call it synchronously inside the click or submit (no await before it):
 * Firefox shows its prompt only in a user gesture. True when granted (or already granted, or not Firefox).
 */
export function askSyncDataConsent(): Promise<boolean> {
  if (!import.meta.env.FIREFOX) return Promise.resolve(true);
  const permissions = browser.permissions as unknown as DataPermissions;
  return permissions.request({ data_collection: SYNC_DATA_COLLECTION }).catch((e: unknown) => {
    console.warn('data_collection permission', e);
    return false;
  });
}
