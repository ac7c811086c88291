import { Hono } from 'hono';
import { ExportQuery } from '../../../shared/api/queries';
import { clipsSheet, reportsLongSheet, reportsWideSheet } from '../../../shared/export/layouts';
import { toCsv, toJson, toXlsx } from '../../../shared/export/sheet';
import type { AppEnv } from '../env';
import { query } from '../lib/validate';
import { allLive } from '../store/records';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const exporter = new Hono<AppEnv>().get('/export', async (c) => {
  const q = query(c, ExportQuery);
  const db = c.var.db;
  const ws = c.var.member.workspaceId;
  const reports = await allLive(db, ws, 'report');
  const clips = q.scope === 'clips' ? await allLive(db, ws, 'clip') : [];
  const date = new Date().toISOString().slice(0, 10);
  const name = `nianbao-${q.scope}${q.scope === 'reports' && q.format === 'csv' ? `-${q.layout}` : ''}-${date}.${q.format}`;
  let body: string | Uint8Array;
  if (q.format === 'json') {
    body = toJson({ scope: q.scope, exportedAt: Date.now(), items: q.scope === 'clips' ? clips : reports });
  } else if (q.format === 'csv') {
    body = toCsv(q.scope === 'clips' ? clipsSheet(clips, reports) : q.layout === 'wide' ? reportsWideSheet(reports) : reportsLongSheet(reports));
  } else {
    body = await toXlsx(q.scope === 'clips' ? [clipsSheet(clips, reports)] : [reportsLongSheet(reports), reportsWideSheet(reports)]);
  }
  return c.body(body as string, 200, {
    'Content-Type': TYPES[q.format],
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
});
