import { Hono } from 'hono';
import { toIssues } from '../../../shared/api/errors';
import { Clip, Report } from '../../../shared/api/records';
import {
  SYNC_MAX_BYTES, SyncPullQuery, SyncPushEnvelope, type SyncPullResponse, type SyncPushResponse, type SyncResult,
} from '../../../shared/api/sync';
import type { AppEnv } from '../env';
import { CLOCK_ISSUE, latestAllowed } from '../lib/clock';
import { check, query, readJson } from '../lib/validate';
import { pullChanges, storeChanges, type Accepted } from '../store/sync';

/** Validates one change on its own: a bad one is answered `invalid`, the others still go through. */
function accept(kind: 'report' | 'clip', raw: unknown, now: number): Accepted | SyncResult {
  const rawId = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : null;
  const parsed = (kind === 'report' ? Report : Clip).safeParse(raw);
  if (!parsed.success) {
    return { id: rawId, status: 'invalid', error: { code: 'bad_request', message: `invalid ${kind}`, issues: toIssues(parsed.error, ['record']) } };
  }
  if (parsed.data.updatedAt > latestAllowed(now)) {
    return { id: parsed.data.id, status: 'invalid', error: { code: 'bad_request', message: 'updatedAt is more than a day in the future', issues: [{ path: 'record.updatedAt', ...CLOCK_ISSUE }] } };
  }
  return { kind, record: parsed.data };
}

export const sync = new Hono<AppEnv>()
  .post('/sync/push', async (c) => {
    const { changes } = check(SyncPushEnvelope, await readJson(c, SYNC_MAX_BYTES), 'body');
    const now = Date.now();
    const checked = changes.map((ch) => accept(ch.kind, ch.record, now));
    const valid = checked.filter((x): x is Accepted => 'record' in x);
    const stored = await storeChanges(c.env.DB, c.var.member.workspaceId, valid);
    let k = 0;
    const results = checked.map((x) => ('record' in x ? stored[k++]! : x));
    const out: SyncPushResponse = { results };
    return c.json(out);
  })
  .get('/sync/pull', async (c) => {
    const q = query(c, SyncPullQuery);
    const out: SyncPullResponse = await pullChanges(c.env.DB, c.var.member.workspaceId, q.since, q.limit);
    return c.json(out);
  });
