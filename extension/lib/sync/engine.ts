/**
 * One sync run: push the outbox, then pull everything after the cursor. No timers and no browser APIs
 * here (the runner schedules runs), so tests drive it against the real server with a fake-indexeddb
 * store.
 */
import type { SyncChangeInput, SyncResult } from '../../../shared/api/sync';
import { PULL_MAX_LIMIT } from '../../../shared/api/sync';
import type { RecordKind } from '../../../shared/api/records';
import type { ApiClient } from './api';
import { batchBySize } from './batches';
import { errors } from './errors';
import type { AnyRecord, ConflictNotice, LostEdit, PendingChange, RunResult, SyncStore } from './types';

const OUTBOX_PAGE = 2_000;
const keyOf = (kind: RecordKind, id: string) => `${kind}:${id}`;

/** The name people know a record by, for the conflict notice. */
export function recordName(kind: RecordKind, r: AnyRecord): string {
  const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
  if (kind === 'clip') {
    const c = r as Extract<AnyRecord, { quote: string }>;
    return cut(c.label || c.quote || c.url);
  }
  const rep = r as Extract<AnyRecord, { indicators: unknown }>;
  return cut(rep.title || rep.region || rep.url);
}

function conflictNotice(kind: RecordKind, mine: AnyRecord, theirs: AnyRecord, now: number): ConflictNotice {
  const name = recordName(kind, mine);
  const what = kind === 'clip' ? { zh: '摘录', en: 'clip' } : { zh: '报告', en: 'report' };
  const gone = theirs.deletedAt !== null;
  return {
    at: now,
    kind,
    id: mine.id,
    name,
    yourUpdatedAt: mine.updatedAt,
    theirUpdatedAt: theirs.updatedAt,
    words: {
      zh: `你对${what.zh}「${name}」的修改被一次更新的${gone ? '删除' : '修改'}覆盖`,
      en: `Your edit of ${what.en} "${name}" lost to a newer ${gone ? 'deletion' : 'edit'}`,
    },
  };
}

/** One notice per record and winning version in a run, however many paths saw the loss. */
function noteConflict(result: RunResult, kind: RecordKind, mine: AnyRecord, theirs: AnyRecord, at: number) {
  if (result.conflicts.some((c) => c.kind === kind && c.id === mine.id && c.theirUpdatedAt === theirs.updatedAt)) return;
  result.conflicts.push(conflictNotice(kind, mine, theirs, at));
}

export interface RunOptions {
  now?: () => number;
  pullLimit?: number;
  /** Called after each pushed batch and pulled page, for a progress line. */
  onProgress?: (p: { phase: 'push' | 'pull'; done: number }) => void;
}

export async function pushOutbox(api: ApiClient, store: SyncStore, result: RunResult, opts: RunOptions = {}): Promise<void> {
  const now = opts.now ?? Date.now;
  let after: IDBValidKey | undefined;
  for (;;) {
    const page = await store.outboxPage(OUTBOX_PAGE, after);
    if (!page.length) return;
    after = page[page.length - 1]!.key;

    // Several entries of one record go out as that record's current state, once.
    const entries = new Map<string, PendingChange[]>();
    for (const e of page) {
      const k = keyOf(e.kind, e.id);
      const list = entries.get(k);
      if (list) list.push(e);
      else entries.set(k, [e]);
    }
    const targets = [...entries.values()].map((l) => ({ kind: l[0]!.kind, id: l[0]!.id }));
    const records = await store.getRecords(targets);

    const changes: SyncChangeInput[] = [];
    const gone: PendingChange[] = [];
    records.forEach((r, i) => {
      const t = targets[i]!;
      if (r) changes.push({ kind: t.kind, record: r } as SyncChangeInput);
      else gone.push(...entries.get(keyOf(t.kind, t.id))!);
    });
    // Nothing left to send for a record that no longer exists at all (tombstones do exist).
    if (gone.length) await store.ackOutbox(gone.map((e) => ({ key: e.key, kind: e.kind, id: e.id, sentUpdatedAt: Number.MAX_SAFE_INTEGER })));

    const { batches, oversize } = batchBySize(changes);
    for (const o of oversize) {
      result.invalid.push({ id: (o.record as AnyRecord).id, error: errors.tooLarge('a single record over 1 MB').toJSON() });
    }
    for (const batch of batches) {
      const res = await api.push(batch);
      if (res.results.length !== batch.length) throw errors.notNianbao(api.origin, 'push answered a different number of results');
      const acks: Parameters<SyncStore['ackOutbox']>[0] = [];
      const newer: { kind: RecordKind; record: AnyRecord }[] = [];
      res.results.forEach((r: SyncResult, i) => {
        const sent = batch[i]!;
        const rec = sent.record as AnyRecord;
        if (r.status === 'invalid') {
          result.invalid.push({ id: r.id, error: r.error ? `${r.error.message}${r.error.issues?.length ? `: ${r.error.issues.map((x) => `${x.path} ${x.message}`).join('; ')}` : ''}` : 'invalid' });
          return;
        }
        for (const e of entries.get(keyOf(sent.kind, rec.id)) ?? []) {
          acks.push({ key: e.key, kind: e.kind, id: e.id, sentUpdatedAt: rec.updatedAt });
        }
        if (r.status === 'stored') result.pushed++;
        else {
          result.stale++;
          if (r.current) {
            newer.push({ kind: sent.kind, record: r.current as AnyRecord });
            noteConflict(result, sent.kind, rec, r.current as AnyRecord, now());
          }
        }
      });
      // Acknowledge before taking the newer record in: taking it raises the local updatedAt, and the
      // acknowledgement only removes entries whose record is still at what was sent.
      await store.ackOutbox(acks);
      if (newer.length) result.applied += await store.applyRemote(newer, (l) => noteConflict(result, l.kind, l.mine, l.theirs, now()));
      opts.onProgress?.({ phase: 'push', done: result.pushed + result.stale });
    }
  }
}

export async function pullChanges(api: ApiClient, store: SyncStore, result: RunResult, opts: RunOptions = {}): Promise<void> {
  const now = opts.now ?? Date.now;
  // A local edit made after the push (while this run pulls) can meet a newer remote edit here.
  const onLost = (l: LostEdit) => noteConflict(result, l.kind, l.mine, l.theirs, now());
  let since = await store.getCursor();
  for (;;) {
    const res = await api.pull(since, opts.pullLimit ?? PULL_MAX_LIMIT);
    if (res.changes.length) {
      result.applied += await store.applyRemote(res.changes.map((c) => ({ kind: c.kind, record: c.record })), onLost);
      result.pulled += res.changes.length;
    }
    const moved = res.next > since;
    if (moved) {
      since = res.next;
      await store.setCursor(since);
    }
    result.cursor = since;
    opts.onProgress?.({ phase: 'pull', done: result.pulled });
    if (!res.more || !moved) return;
  }
}

/** Push, then pull; throws a SyncError when the server cannot be used (what was done so far stays done). */
export async function syncOnce(api: ApiClient, store: SyncStore, opts: RunOptions = {}): Promise<RunResult> {
  const result: RunResult = { pushed: 0, stale: 0, invalid: [], pulled: 0, applied: 0, conflicts: [], cursor: 0 };
  await pushOutbox(api, store, result, opts);
  await pullChanges(api, store, result, opts);
  return result;
}
