/** What the sync engine needs from the local store (extension/lib/store), and what a run reports. */
import type { Clip, RecordKind, Report } from '../../../shared/api/records';
import type { SyncErrorInfo } from './errors';
import type { Words } from './words';

export type AnyRecord = Report | Clip;

/** One pending local change: which record, and the updatedAt it had when the change was made. */
export interface PendingChange {
  /** The outbox entry's own key, opaque here. */
  key: IDBValidKey;
  kind: RecordKind;
  id: string;
  updatedAt: number;
}

export interface SyncStore {
  /** Oldest first; at most `limit` entries with a key after `after`. */
  outboxPage(limit: number, after?: IDBValidKey): Promise<PendingChange[]>;
  outboxCount(): Promise<number>;
  /** The records as they are now (tombstones included), undefined where gone. */
  getRecords(keys: { kind: RecordKind; id: string }[]): Promise<(AnyRecord | undefined)[]>;
  /**
   * Removes each listed entry, in one transaction, unless the record has changed since it was sent:
   * an entry goes only while the stored record's updatedAt is still <= `sentUpdatedAt`.
   */
  ackOutbox(acks: { key: IDBValidKey; kind: RecordKind; id: string; sentUpdatedAt: number }[]): Promise<number>;
  /**
   * Last writer wins by updatedAt; never enqueues. Answers how many records changed locally. A record
   * replaced while a local change of it still waited in the outbox is passed to `onLost`, so the loss
   * is shown, not silent (e.g. an edit made between the push and the pull of one run).
   */
  applyRemote(changes: { kind: RecordKind; record: AnyRecord }[], onLost?: (lost: LostEdit) => void): Promise<number>;
  getCursor(): Promise<number>;
  setCursor(version: number): Promise<void>;
}

/** A pending local change that a newer remote record replaced. */
export interface LostEdit {
  kind: RecordKind;
  mine: AnyRecord;
  theirs: AnyRecord;
}

/** "Your edit of X lost to a newer edit", kept for the panel. */
export interface ConflictNotice {
  at: number;
  kind: RecordKind;
  id: string;
  /** The label people know the record by (clip label or quote, report title). */
  name: string;
  yourUpdatedAt: number;
  theirUpdatedAt: number;
  words: Words;
}

export interface RunResult {
  pushed: number;
  stale: number;
  invalid: { id: string | null; error: SyncErrorInfo | string }[];
  pulled: number;
  applied: number;
  conflicts: ConflictNotice[];
  cursor: number;
}
