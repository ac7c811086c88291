import { Hono } from 'hono';
import { CompareQuery } from '../../../shared/api/queries';
import type { CompareResponse } from '../../../shared/api/compare';
import { buildCompare } from '../../../shared/export/compare';
import type { AppEnv } from '../env';
import { notFound } from '../lib/errors';
import { query } from '../lib/validate';
import { indicatorClipsOf, reportsByIds } from '../store/records';

export const compare = new Hono<AppEnv>().get('/compare', async (c) => {
  const q = query(c, CompareQuery);
  const ws = c.var.member.workspaceId;
  const [found, clips] = await Promise.all([reportsByIds(c.var.db, ws, q.reports), indicatorClipsOf(c.var.db, ws, q.reports)]);
  const byId = new Map(found.map((r) => [r.id, r]));
  const missing = q.reports.filter((id) => !byId.has(id));
  if (missing.length) throw notFound(`no such report in this workspace: ${missing.join(', ')}`);
  const out: CompareResponse = buildCompare(q.reports.map((id) => byId.get(id)!), clips, q.indicators);
  return c.json(out);
});
