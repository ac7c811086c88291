/** The local library: one store per extension page (panel, library, options, background), same database. */
import type { LibraryStore } from './api';
import { IdbLibraryStore, type IdbLibraryStoreOptions } from './idb-store';

export type * from './api';
export { IdbLibraryStore, type IdbLibraryStoreOptions };
export { reportIdForUrl, normaliseUrl, newId } from './ids';
export { StoreError } from './errors';
export { clipMatches, reportMatches } from './filters';
export { CHANNEL_NAME } from './changes';

let shared: IdbLibraryStore | null = null;

/** This page's store on the extension's database. */
export function libraryStore(): LibraryStore {
  shared ??= new IdbLibraryStore();
  return shared;
}

/** A store on its own database (tests hold several "devices" in one process): opened before it resolves. */
export async function openLibraryStore(opts: IdbLibraryStoreOptions & { dbName?: string } = {}): Promise<IdbLibraryStore> {
  const store = new IdbLibraryStore({ ...opts, name: opts.name ?? opts.dbName });
  await store.getCursor();
  return store;
}
