/**
 * The local library in IndexedDB: the source of truth on this device. Each change writes the record and
 * its outbox entry in one transaction, so a change is either fully made and queued for sync, or not at
 * all. Records are validated with the wire schemas before they are stored, so what sync sends later is
 * what the server accepts.
 */
import type { IDBPTransaction } from 'idb';
import { Clip, Report, type RecordKind, type ReportSource } from '../../../shared/api/records';
import { mergeCopies, normaliseUrl, primarySource, reportIdFor, sourceKindOfUrl, sourcesOf, withSource } from '../../../shared/library/copies';
import type { AnyRecord, LostEdit, PendingChange } from '../sync/types';
import type { ClipDraft, ClipFilter, ClipPatch, LibraryStore, ReportDraft, ReportFilter, StoreChange } from './api';
import { ChangeHub } from './changes';
import { DB_NAME, openNianbaoDb, type Db, type NianbaoDB } from './db';
import { StoreError } from './errors';
import { clipMatches, newestFirst, reportMatches } from './filters';
import { newId } from './ids';

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
    if (!this.dbp) {
      const opening = openNianbaoDb(this.opts.name ?? DB_NAME);
      // Reports kept before copies were merged (address-based ids) are folded once the database is open.
      this.dbp = opening.then(async (db) => {
        await this.fold(db).catch((err: unknown) => console.error('nianbao: folding reports failed', err));
        return db;
      });
    }
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
    const { sourceKind, ...fields } = draft;
    const id = reportIdFor({ ...fields, url: draft.url });
    const db = await this.db();
    const tx = this.writeTx(db);
    const prev = await tx.objectStore('reports').get(id);
    const updatedAt = this.stamp(prev);
    let record: Report;
    try {
      const copy: ReportSource = {
        url: draft.url,
        kind: sourceKind ?? sourceKindOfUrl(draft.url),
        title: draft.title ?? null,
        keptAt: updatedAt,
        // a copy keeps what was read from it (confidence, source, warnings, page); from/others belong to the merge
        indicators: (draft.indicators ?? []).map(({ from: _from, others: _others, warnings, ...ind }) =>
          warnings ? { ...ind, warnings: warnings.map((w) => ({ code: w.code, params: w.params ?? {}, message: w.message ?? '' })) } : ind,
        ),
      };
      // Keeping again updates this copy; another copy of the same report joins it; a deleted report comes back
      // with only the copy kept now.
      const live = prev && prev.deletedAt === null ? prev : undefined;
      const sources = withSource(live ? sourcesOf(live) : [], copy);
      const primary = primarySource(sources)!;
      // The identity fields come from the most trusted copy: this one, unless a better one was kept before.
      const ident = !live || normaliseUrl(primary.url) === normaliseUrl(draft.url) ? { ...live, ...fields } : { ...fields, ...live };
      record = parse(Report, 'report', {
        ...ident, id, url: primary.url, title: ident.title ?? primary.title ?? null, indicators: mergeCopies(sources), sources,
        createdAt: prev?.createdAt ?? updatedAt, updatedAt, deletedAt: null,
      });
    } catch (err) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw err;
    }
    await tx.objectStore('reports').put(record);
    await this.enqueue(tx, 'report', id, updatedAt);
    // A copy belongs to one report: kept before under another identity (the engine read it differently then),
    // it leaves that record; a record left without copies becomes a tombstone and its clips come here.
    const moved = await this.takeCopy(tx, draft.url, id);
    await tx.done;
    this.emit({ kind: 'report', ids: [id, ...moved.reports], origin: 'local' });
    if (moved.clips.length) this.emit({ kind: 'clip', ids: moved.clips, origin: 'local' });
    // The same copy kept under its old address-based id is folded into this record.
    if (await this.foldReports()) return (await this.getReport(id)) ?? record;
    return record;
  }

  private async takeCopy(tx: WriteTx, url: string, keeperId: string): Promise<{ reports: string[]; clips: string[] }> {
    const at = normaliseUrl(url);
    const out = { reports: [] as string[], clips: [] as string[] };
    const reports = tx.objectStore('reports');
    for (const r of await reports.getAll()) {
      // only records of the new kind: an address-keyed record is folded (with its other copies) by foldReports
      if (r.id === keeperId || r.deletedAt !== null || !r.sources?.length) continue;
      if (!r.sources.some((s) => normaliseUrl(s.url) === at)) continue;
      const rest = r.sources.filter((s) => normaliseUrl(s.url) !== at);
      const t = this.stamp(r);
      if (rest.length) {
        const primary = primarySource(rest)!;
        await reports.put(parse(Report, 'report', { ...r, url: primary.url, indicators: mergeCopies(rest), sources: rest, updatedAt: t }));
      } else {
        await reports.put({ ...r, updatedAt: t, deletedAt: t });
        for (const c of await tx.objectStore('clips').index('reportId').getAll(r.id)) {
          const ct = this.stamp(c);
          await tx.objectStore('clips').put({ ...c, reportId: keeperId, updatedAt: ct });
          await this.enqueue(tx, 'clip', c.id, ct);
          out.clips.push(c.id);
        }
      }
      await this.enqueue(tx, 'report', r.id, t);
      out.reports.push(r.id);
    }
    return out;
  }

  foldReports(): Promise<number> {
    return this.db().then((db) => this.fold(db));
  }

  /** See LibraryStore.foldReports. One transaction: the merged record, the tombstones and the moved clips. */
  private async fold(db: Db): Promise<number> {
    const tx = this.writeTx(db);
    const reports = tx.objectStore('reports');
    const all = await reports.getAll();
    const strays = all.filter((r) => r.deletedAt === null && reportIdFor(r) !== r.id);
    if (!strays.length) {
      await tx.done;
      return 0;
    }
    const changed = { report: new Set<string>(), clip: new Set<string>() };
    const byTarget = new Map<string, Report[]>();
    for (const r of strays) {
      const id = reportIdFor(r);
      byTarget.set(id, [...(byTarget.get(id) ?? []), r]);
    }
    try {
      await this.foldGroups(tx, byTarget, changed);
    } catch (err) {
      // all or nothing: a record that does not validate leaves the library as it was
      tx.abort();
      await tx.done.catch(() => undefined);
      throw err;
    }
    await tx.done;
    this.emit({ kind: 'report', ids: [...changed.report], origin: 'local' });
    this.emit({ kind: 'clip', ids: [...changed.clip], origin: 'local' });
    return strays.length;
  }

  private async foldGroups(tx: WriteTx, byTarget: Map<string, Report[]>, changed: { report: Set<string>; clip: Set<string> }): Promise<void> {
    const reports = tx.objectStore('reports');
    for (const [id, group] of byTarget) {
      const existing = await reports.get(id);
      const live = existing && existing.deletedAt === null ? existing : undefined;
      let sources = live ? sourcesOf(live) : [];
      for (const r of group) for (const s of sourcesOf(r)) if (!sources.some((x) => normaliseUrl(x.url) === normaliseUrl(s.url))) sources = withSource(sources, s);
      const base = live ?? group[0]!;
      const updatedAt = this.stamp(existing && existing.updatedAt > base.updatedAt ? existing : base);
      const primary = primarySource(sources)!;
      const merged = parse(Report, 'report', {
        ...base, id, url: primary.url, indicators: mergeCopies(sources), sources,
        createdAt: Math.min(...[live?.createdAt ?? Infinity, ...group.map((r) => r.createdAt)]), updatedAt, deletedAt: null,
      });
      await reports.put(merged);
      await this.enqueue(tx, 'report', id, updatedAt);
      changed.report.add(id);
      for (const r of group) {
        const at = this.stamp(r);
        await reports.put({ ...r, updatedAt: at, deletedAt: at });
        await this.enqueue(tx, 'report', r.id, at);
        changed.report.add(r.id);
        for (const c of await tx.objectStore('clips').index('reportId').getAll(r.id)) {
          const ct = this.stamp(c);
          await tx.objectStore('clips').put({ ...c, reportId: id, updatedAt: ct });
          await this.enqueue(tx, 'clip', c.id, ct);
          changed.clip.add(c.id);
        }
      }
    }
  }

  async getReport(id: string): Promise<Report | undefined> {
    const r = await (await this.db()).get('reports', id);
    return r && r.deletedAt === null ? r : undefined;
  }

  async findReportByUrl(url: string): Promise<Report | undefined> {
    if (typeof url !== 'string' || !url.trim()) return undefined;
    const at = normaliseUrl(url);
    const all = await (await this.db()).getAll('reports');
    return all.find((r) => r.deletedAt === null && sourcesOf(r).some((s) => normaliseUrl(s.url) === at));
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
    // A device that has not upgraded may still send a copy under its address-based id: fold it here too.
    if (changed.report.length) await this.fold(db);
    // ...and clips of a report that was folded away: they follow it to the merged record.
    if (changed.clip.length) await this.followFolded(db, changed.clip);
    for (const l of lostEdits) onLost?.(l);
    return changed.report.length + changed.clip.length;
  }

  /** Clips (these ids) that point at a folded report (a tombstone whose identity record lives) move to that record. */
  private async followFolded(db: Db, clipIds: string[]): Promise<void> {
    const tx = this.writeTx(db);
    const moved: string[] = [];
    for (const id of clipIds) {
      const c = await tx.objectStore('clips').get(id);
      if (!c || c.deletedAt !== null || !c.reportId) continue;
      const r = await tx.objectStore('reports').get(c.reportId);
      if (!r || r.deletedAt === null) continue;
      const target = reportIdFor(r);
      if (target === r.id || (await tx.objectStore('reports').get(target))?.deletedAt !== null) continue;
      const t = this.stamp(c);
      await tx.objectStore('clips').put({ ...c, reportId: target, updatedAt: t });
      await this.enqueue(tx, 'clip', id, t);
      moved.push(id);
    }
    await tx.done;
    this.emit({ kind: 'clip', ids: moved, origin: 'local' });
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
