/** /reports and /clips: read, list, and a single-record upsert that goes through the sync path. */
import { Hono } from 'hono';
import { z } from 'zod';
import { ClipListQuery, ReportListQuery, type ClipList, type ReportList } from '../../../shared/api/queries';
import { Clip, Report, type RecordKind } from '../../../shared/api/records';
import { SYNC_MAX_BYTES, type SyncResult } from '../../../shared/api/sync';
import { uuid } from '../../../shared/api/text';
import type { AppEnv } from '../env';
import { CLOCK_ISSUE, latestAllowed } from '../lib/clock';
import { badRequest, notFound } from '../lib/errors';
import { check, jsonBody, query } from '../lib/validate';
import { getClip, getReport, listClips, listReports } from '../store/records';
import { storeChanges } from '../store/sync';

const IdParam = z.object({ id: uuid });

/** PUT /:id: the body is the record; answers like one change of a push (409 when stale). */
async function putOne(c: import('hono').Context<AppEnv>, kind: RecordKind) {
  const { id } = check(IdParam, c.req.param(), 'path');
  const record = await jsonBody(c, kind === 'report' ? Report : Clip, SYNC_MAX_BYTES);
  if (record.id !== id) throw badRequest('id in path and body differ', [{ path: 'id', message: 'must equal the id in the path' }]);
  if (record.updatedAt > latestAllowed()) throw badRequest('updatedAt is more than a day in the future', [{ path: 'updatedAt', ...CLOCK_ISSUE }]);
  const [result] = (await storeChanges(c.env.DB, c.var.member.workspaceId, [{ kind, record }])) as [SyncResult];
  return c.json(result, result.status === 'stored' ? 200 : 409);
}

export const records = new Hono<AppEnv>()
  .get('/reports', async (c) => {
    const out: ReportList = await listReports(c.var.db, c.var.member.workspaceId, query(c, ReportListQuery));
    return c.json(out);
  })
  .get('/reports/:id', async (c) => {
    const { id } = check(IdParam, c.req.param(), 'path');
    const r = await getReport(c.var.db, c.var.member.workspaceId, id);
    if (!r) throw notFound('no such report in this workspace');
    return c.json(r);
  })
  .put('/reports/:id', (c) => putOne(c, 'report'))
  .get('/clips', async (c) => {
    const out: ClipList = await listClips(c.var.db, c.var.member.workspaceId, query(c, ClipListQuery));
    return c.json(out);
  })
  .get('/clips/:id', async (c) => {
    const { id } = check(IdParam, c.req.param(), 'path');
    const r = await getClip(c.var.db, c.var.member.workspaceId, id);
    if (!r) throw notFound('no such clip in this workspace');
    return c.json(r);
  })
  .put('/clips/:id', (c) => putOne(c, 'clip'));
