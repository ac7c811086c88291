/** The IndexedDB schema of the local library: records, their pending changes, and small settings. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Clip, RecordKind, Report } from '../../../shared/api/records';

export interface OutboxEntry {
  kind: RecordKind;
  id: string;
  /** The record's updatedAt when the change was made. */
  updatedAt: number;
}

export interface NianbaoDB extends DBSchema {
  reports: { key: string; value: Report; indexes: { url: string; updatedAt: number } };
  clips: { key: string; value: Clip; indexes: { reportId: string; updatedAt: number } };
  /** Auto-increment keys: oldest change first. At most one entry per record (a newer change replaces it). */
  outbox: { key: number; value: OutboxEntry; indexes: { record: [string, string] } };
  meta: { key: string; value: unknown };
}

export type Db = IDBPDatabase<NianbaoDB>;

export const DB_NAME = 'nianbao';
const VERSION = 1;

export function openNianbaoDb(name = DB_NAME): Promise<Db> {
  return openDB<NianbaoDB>(name, VERSION, {
    upgrade(db) {
      const reports = db.createObjectStore('reports', { keyPath: 'id' });
      reports.createIndex('url', 'url');
      reports.createIndex('updatedAt', 'updatedAt');
      const clips = db.createObjectStore('clips', { keyPath: 'id' });
      clips.createIndex('reportId', 'reportId');
      clips.createIndex('updatedAt', 'updatedAt');
      const outbox = db.createObjectStore('outbox', { autoIncrement: true });
      outbox.createIndex('record', ['kind', 'id']);
      db.createObjectStore('meta');
    },
  });
}
