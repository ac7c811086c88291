/**
 * Storing changes and reading them back in version order.
 *
 * D1 has no interactive transactions; a batch is the atomic unit, and batches on one database run one
 * after another. A push is one batch:
 *   - multi-row upserts (as many rows as fit in D1's 100 bound parameters), each row written only if
 *     it is newer than the stored one (ON CONFLICT … DO UPDATE … WHERE excluded.updated_at > …);
 *   - the triggers of migration 0001_version_triggers give every written row the workspace's next
 *     version in the same statement, in the order of the changes;
 *   - then the rows are read back, in the same batch, and compared with what was sent: equal means
 *     stored (now, or by an earlier identical push: a replay), different means stale.
 * A pull runs between batches, never inside one, so it never sees a later version before an earlier.
 */
import { PULL_MAX_LIMIT, type PulledChange, type SyncResult } from '../../../shared/api/sync';
import type { RecordKind } from '../../../shared/api/records';
import { latestAllowed } from '../lib/clock';
import { TABLES, toRow, type AnyRecord, type Row } from './columns';

export interface Accepted {
  kind: RecordKind;
  record: AnyRecord;
}

const D1_MAX_PARAMS = 100;
const BASE_COLS = ['id', 'created_at', 'updated_at', 'deleted_at', 'data'];

/**
 * INSERT … ON CONFLICT for `n` rows; ?1 is the workspace, ?2 the latest updatedAt a write may carry.
 * A stored row beyond ?2 was written before every write path checked the clock: any write replaces it,
 * so no record stays locked.
 */
function upsertSql(kind: RecordKind, n: number): string {
  const { table, extra } = TABLES[kind];
  const cols = [...BASE_COLS, ...extra];
  let p = 3;
  const values = Array.from({ length: n }, () => `(?1, ${cols.map(() => `?${p++}`).join(', ')}, 0)`);
  const set = cols.slice(1).map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${table} (workspace_id, ${cols.join(', ')}, version) VALUES ${values.join(', ')}
          ON CONFLICT (workspace_id, id) DO UPDATE SET ${set.join(', ')}
          WHERE excluded.updated_at > ${table}.updated_at OR ${table}.updated_at > ?2`;
}

const SHARED_PARAMS = 2;
const rowsPerStatement = (kind: RecordKind) => Math.floor((D1_MAX_PARAMS - SHARED_PARAMS) / (BASE_COLS.length + TABLES[kind].extra.length));
const READ_CHUNK = 90; // ids per read, + the workspace id

const params = (r: Row) => [r.id, r.createdAt, r.updatedAt, r.deletedAt, r.data, ...r.extra];

interface Current {
  id: string;
  version: number;
  updatedAt: number;
  data: string;
}

/**
 * Stores what is newer, in order; answers one result per change. Callers have refused changes whose
 * updatedAt is past `latestAllowed()` (see lib/clock.ts).
 */
export async function storeChanges(d1: D1Database, workspaceId: string, changes: Accepted[]): Promise<SyncResult[]> {
  if (changes.length === 0) return [];
  const latest = latestAllowed();
  const rows = changes.map((ch) => toRow(ch.kind, ch.record));
  const batch: D1PreparedStatement[] = [];
  const sqlCache = new Map<string, D1PreparedStatement>();
  const prepare = (sql: string) => {
    let s = sqlCache.get(sql);
    if (!s) sqlCache.set(sql, (s = d1.prepare(sql)));
    return s;
  };
  // Consecutive changes of one kind share a statement; order across kinds is kept, so versions follow
  // the order of the changes.
  for (let i = 0; i < changes.length; ) {
    const kind = changes[i]!.kind;
    const max = rowsPerStatement(kind);
    let j = i;
    while (j < changes.length && j - i < max && changes[j]!.kind === kind) j++;
    const group = rows.slice(i, j);
    batch.push(prepare(upsertSql(kind, group.length)).bind(workspaceId, latest, ...group.flatMap(params)));
    i = j;
  }
  const reads: RecordKind[] = [];
  for (const kind of ['report', 'clip'] as const) {
    const ids = [...new Set(rows.filter((_, i) => changes[i]!.kind === kind).map((r) => r.id))];
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const chunk = ids.slice(i, i + READ_CHUNK);
      reads.push(kind);
      batch.push(prepare(`SELECT id, version, updated_at AS updatedAt, data FROM ${TABLES[kind].table}
                          WHERE workspace_id = ?1 AND id IN (${chunk.map((_, k) => `?${k + 2}`).join(', ')})`)
        .bind(workspaceId, ...chunk));
    }
  }
  const out = await d1.batch(batch);
  const current = new Map<string, Current>();
  out.slice(out.length - reads.length).forEach((res, i) => {
    for (const row of res.results as Current[]) current.set(`${reads[i]}:${row.id}`, row);
  });
  return changes.map((ch, i): SyncResult => {
    const mine = rows[i]!;
    const now = current.get(`${ch.kind}:${mine.id}`)!;
    if (now.updatedAt === mine.updatedAt && now.data === mine.data) return { id: mine.id, status: 'stored', version: now.version };
    return { id: mine.id, status: 'stale', current: JSON.parse(now.data) as AnyRecord };
  });
}

/** Changes after `since`, in version order, tombstones included. */
export async function pullChanges(d1: D1Database, workspaceId: string, since: number, limit: number) {
  const n = Math.min(limit, PULL_MAX_LIMIT) + 1; // one extra row says whether there is more
  // Each side is limited on its own (index order), then merged: the first n of the union are among
  // the first n of each side.
  const { results } = await d1
    .prepare(
      `SELECT kind, version, data FROM (
         SELECT * FROM (SELECT 'report' AS kind, version, data FROM reports
                        WHERE workspace_id = ?1 AND version > ?2 ORDER BY version LIMIT ?3)
         UNION ALL
         SELECT * FROM (SELECT 'clip' AS kind, version, data FROM clips
                        WHERE workspace_id = ?1 AND version > ?2 ORDER BY version LIMIT ?3)
       ) ORDER BY version LIMIT ?3`,
    )
    .bind(workspaceId, since, n)
    .all<{ kind: RecordKind; version: number; data: string }>();
  const more = results.length > limit;
  const page = more ? results.slice(0, limit) : results;
  const changes = page.map((r) => ({ kind: r.kind, version: r.version, record: JSON.parse(r.data) }) as PulledChange);
  return { changes, next: page.length ? page[page.length - 1]!.version : since, more };
}
