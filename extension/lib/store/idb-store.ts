/**
 * The local library in IndexedDB: the source of truth on this device. Each change writes the record and
 * its outbox entry in one transaction, so a change is either fully made and queued for sync, or not at
 * all. Records are validated with the wire schemas before they are stored, so what sync sends later is
 * what the server accepts.
 */
import type { IDBPTransaction } from 'idb';
import { Clip, Report, type RecordKind } from '../../../shared/api/records';
import type { AnyRecord, LostEdit, PendingChange } from '../sync/types';
import type { ClipDraft, ClipFilter, ClipPatch, LibraryStore, ReportDraft, ReportFilter, StoreChange } from './api';
import { ChangeHub } from './changes';
import { DB_NAME, openNianbaoDb, type Db, type NianbaoDB } from './db';
import { StoreError } from './errors';
import { clipMatches, newestFirst, reportMatches } from './filters';
import { newId, reportIdForUrl } from './ids';

const STORE_OF = { report: 'reports', clip: 'clips' } as const;
const CURSOR_KEY = 'syncCursor';

type WriteTx = IDBPTransaction<NianbaoDB, ('reports' | 'clips' | 'outbox')[], 'readwrite'>;

export interface IdbLibraryStoreOptions {
  /** IndexedDB database name (tests use one per test). */
  name?: string;
  /** The clock; tests pin it. */
  now?: () => number;
  /** BroadcastChannel name for change notices. */
  channel?: string;
}

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, what: string, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw StoreError.invalid(what, r.error);
  return r.data;
}

export class IdbLibraryStore implements LibraryStore {
  private dbp: Promise<Db> | null = null;
  private readonly hub: ChangeHub;
  private readonly now: () => number;

  constructor(private readonly opts: IdbLibraryStoreOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.hub = new ChangeHub(opts.channel);
  }

  private db(): Promise<Db> {
    this.dbp ??= openNianbaoDb(this.opts.name ?? DB_NAME);
    return this.dbp;
  }

  /** A time strictly after the record's last change, so last-writer-wins never ties against ourselves. */
  private stamp(prev?: { updatedAt: number }): number {
    const t = this.now();
    return prev && prev.updatedAt >= t ? prev.updatedAt + 1 : t;
  }

  /** Queue a change; a newer change of the same record replaces its older entry (sync sends the latest state anyway). */
  private async enqueue(tx: WriteTx, kind: RecordKind, id: string, updatedAt: number) {
    const outbox = tx.objectStore('outbox');
    for (const key of await outbox.index('record').getAllKeys([kind, id])) await outbox.delete(key);
    await outbox.add({ kind, id, updatedAt });
  }

  private writeTx(db: Db): WriteTx {
    return db.transaction(['reports', 'clips', 'outbox'], 'readwrite');
  }

  private emit(change: StoreChange) {
    this.hub.emit(change);
  }

  // ---- reports ----

  async keepReport(draft: ReportDraft): Promise<Report> {
    if (!draft || typeof draft.url !== 'string' || !draft.url.trim()) throw new StoreError('invalid report: url is required');
    const id = await reportIdForUrl(draft.url);
    const db = await this.db();
    const tx = this.writeTx(db);
    const prev = await tx.objectStore('reports').get(id);
    const updatedAt = this.stamp(prev);
    let record: Report;
    try {
      // Keeping again updates the record and brings a deleted one back.
      record = parse(Report, 'report', { ...draft, id, createdAt: prev?.createdAt ?? updatedAt, updatedAt, deletedAt: null });
    } catch (err) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw err;
    }
    await tx.objectStore('reports').put(record);
    await this.enqueue(tx, 'report', id, updatedAt);
    await tx.done;
    this.emit({ kind: 'report', ids: [id], origin: 'local' });
    return record;
  }

  async getReport(id: string): Promise<Report | undefined> {
    const r = await (await this.db()).get('reports', id);
    return r && r.deletedAt === null ? r : undefined;
  }

  async findReportByUrl(url: string): Promise<Report | undefined> {
    if (typeof url !== 'string' || !url.trim()) return undefined;
    return this.getReport(await reportIdForUrl(url));
  }

  async listReports(filter?: ReportFilter): Promise<Report[]> {
    const all = await (await this.db()).getAll('reports');
    return all.filter((r) => reportMatches(r, filter)).sort(newestFirst);
  }

  deleteReport(id: string): Promise<void> {
    return this.setDeleted('report', id, true);
  }

  restoreReport(id: string): Promise<void> {
    return this.setDeleted('report', id, false);
  }

  // ---- clips ----

  async addClip(draft: ClipDraft): Promise<Clip> {
    const id = draft?.id ?? newId();
    const db = await this.db();
    const tx = this.writeTx(db);
    const prev = await tx.objectStore('clips').get(id);
    const updatedAt = this.stamp(prev);
    let record: Clip;
    try {
      record = parse(Clip, 'clip', { ...draft, id, createdAt: prev?.createdAt ?? updatedAt, updatedAt, deletedAt: null });
    } catch (err) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw err;
    }
    await tx.objectStore('clips').put(record);
    await this.enqueue(tx, 'clip', id, updatedAt);
    await tx.done;
    this.emit({ kind: 'clip', ids: [id], origin: 'local' });
    return record;
  }

  async updateClip(id: string, patch: ClipPatch): Promise<Clip> {
    const db = await this.db();
    const tx = this.writeTx(db);
    const prev = await tx.objectStore('clips').get(id);
    let record: Clip;
    try {
      if (!prev || prev.deletedAt !== null) throw StoreError.notFound('clip', id);
      const allowed: ClipPatch = {};
      for (const k of ['label', 'indicatorId', 'value', 'unit', 'year', 'note', 'tags'] as const) {
        if (patch && k in patch) (allowed as Record<string, unknown>)[k] = patch[k];
      }
      record = parse(Clip, 'clip', { ...prev, ...allowed, updatedAt: this.stamp(prev) });
    } catch (err) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw err;
    }
    await tx.objectStore('clips').put(record);
    await this.enqueue(tx, 'clip', id, record.updatedAt);
    await tx.done;
    this.emit({ kind: 'clip', ids: [id], origin: 'local' });
    return record;
  }

  async getClip(id: string): Promise<Clip | undefined> {
    const c = await (await this.db()).get('clips', id);
    return c && c.deletedAt === null ? c : undefined;
  }

  async listClips(filter?: ClipFilter): Promise<Clip[]> {
    const db = await this.db();
    const tx = db.transaction(['clips', 'reports']);
    const clips = filter?.reportId
      ? await tx.objectStore('clips').index('reportId').getAll(filter.reportId)
      : await tx.objectStore('clips').getAll();
    // Region, year and text filters look at the clip's report too.
    const needReports = !!(filter && (filter.region || filter.year !== undefined || filter.text));
    const reports = new Map<string, Report>();
    if (needReports) for (const r of await tx.objectStore('reports').getAll()) reports.set(r.id, r);
    await tx.done;
    return clips.filter((c) => clipMatches(c, filter, reports)).sort(newestFirst);
  }

  deleteClip(id: string): Promise<void> {
    return this.setDeleted('clip', id, true);
  }

  restoreClip(id: string): Promise<void> {
    return this.setDeleted('clip', id, false);
  }

  /** Tombstone or revive: a change like any other (it syncs), and undo is just the reverse change. */
  private async setDeleted(kind: RecordKind, id: string, deleted: boolean): Promise<void> {
    const db = await this.db();
    const tx = this.writeTx(db);
    const store = tx.objectStore(STORE_OF[kind]);
    const prev = (await store.get(id)) as AnyRecord | undefined;
    if (!prev) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw StoreError.notFound(kind, id);
    }
    if ((prev.deletedAt !== null) === deleted) {
      // Already so: nothing to change or to sync.
      await tx.done;
      return;
    }
    const updatedAt = this.stamp(prev);
    await store.put({ ...prev, updatedAt, deletedAt: deleted ? updatedAt : null } as Report & Clip);
    await this.enqueue(tx, kind, id, updatedAt);
    await tx.done;
    this.emit({ kind, ids: [id], origin: 'local' });
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    return this.hub.subscribe(listener);
  }

  // ---- SyncStore ----

  async outboxPage(limit: number, after?: IDBValidKey): Promise<PendingChange[]> {
    const db = await this.db();
    const tx = db.transaction('outbox');
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const n = Math.max(1, Math.floor(limit));
    const [keys, values] = await Promise.all([tx.store.getAllKeys(range, n), tx.store.getAll(range, n)]);
    await tx.done;
    return values.map((v, i) => ({ key: keys[i]!, kind: v.kind, id: v.id, updatedAt: v.updatedAt }));
  }

  async outboxCount(): Promise<number> {
    return (await this.db()).count('outbox');
  }

  async getRecords(keys: { kind: RecordKind; id: string }[]): Promise<(AnyRecord | undefined)[]> {
    const db = await this.db();
    const tx = db.transaction(['reports', 'clips']);
    const out = await Promise.all(keys.map((k) => tx.objectStore(STORE_OF[k.kind]).get(k.id) as Promise<AnyRecord | undefined>));
    await tx.done;
    return out;
  }

  async ackOutbox(acks: { key: IDBValidKey; kind: RecordKind; id: string; sentUpdatedAt: number }[]): Promise<number> {
    if (!acks.length) return 0;
    const db = await this.db();
    const tx = this.writeTx(db);
    const outbox = tx.objectStore('outbox');
    let removed = 0;
    for (const a of acks) {
      const key = a.key as number;
      const entry = await outbox.get(key);
      if (!entry) continue;
      const rec = (await tx.objectStore(STORE_OF[entry.kind]).get(entry.id)) as AnyRecord | undefined;
      // Changed again after it was sent: the entry stays so the newer state goes out next time.
      if (rec && rec.updatedAt > a.sentUpdatedAt) continue;
      await outbox.delete(key);
      removed++;
    }
    await tx.done;
    return removed;
  }

  async applyRemote(changes: { kind: RecordKind; record: AnyRecord }[], onLost?: (lost: LostEdit) => void): Promise<number> {
    // Validate first: nothing from the network reaches the store unchecked, and a bad record is skipped, not fatal.
    const valid: { kind: RecordKind; record: AnyRecord }[] = [];
    for (const c of changes ?? []) {
      const schema = c?.kind === 'report' ? Report : c?.kind === 'clip' ? Clip : null;
      const r = schema?.safeParse(c.record);
      if (r?.success) valid.push({ kind: c.kind, record: r.data });
    }
    if (!valid.length) return 0;
    const db = await this.db();
    const tx = this.writeTx(db);
    const changed: Record<RecordKind, string[]> = { report: [], clip: [] };
    const lostEdits: LostEdit[] = [];
    for (const { kind, record } of valid) {
      const store = tx.objectStore(STORE_OF[kind]);
      const local = (await store.get(record.id)) as AnyRecord | undefined;
      if (local && local.updatedAt >= record.updatedAt) continue;
      await store.put(record as Report & Clip);
      // A pending local change older than what won is lost: nothing of it is left to send, and the
      // caller hears of it (it may have been made while this very sync run was under way).
      const outbox = tx.objectStore('outbox');
      let lost = false;
      for (const key of await outbox.index('record').getAllKeys([kind, record.id])) {
        const e = await outbox.get(key);
        if (e && e.updatedAt <= record.updatedAt) {
          await outbox.delete(key);
          lost = true;
        }
      }
      if (lost && local) lostEdits.push({ kind, mine: local, theirs: record });
      changed[kind].push(record.id);
    }
    await tx.done;
    for (const kind of ['report', 'clip'] as const) this.emit({ kind, ids: changed[kind], origin: 'remote' });
    for (const l of lostEdits) onLost?.(l);
    return changed.report.length + changed.clip.length;
  }

  async getCursor(): Promise<number> {
    const v = await (await this.db()).get('meta', CURSOR_KEY);
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  }

  async setCursor(version: number): Promise<void> {
    if (!Number.isFinite(version) || version < 0) throw new StoreError(`invalid sync cursor ${version}`);
    await (await this.db()).put('meta', version, CURSOR_KEY);
  }

  /** Close the database and the change channel (tests, and pages that go away). */
  async close(): Promise<void> {
    this.hub.close();
    if (this.dbp) (await this.dbp).close();
    this.dbp = null;
  }
}
