import { Hono } from 'hono';
import { ExportQuery } from '../../../shared/api/queries';
import { XLSX_MAX_ROWS, XlsxRowLimitError } from '../../../shared/export/xlsx';
import type { AppEnv } from '../env';
import { exportBody, toStream } from '../export/bodies';
import { rowCounts } from '../export/read';
import { ApiError } from '../lib/errors';
import { query } from '../lib/validate';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** What one XLSX sheet cannot hold is refused before the download starts, saying what to use instead. */
async function checkXlsxFits(d1: D1Database, ws: string, scope: 'clips' | 'reports') {
  const n = await rowCounts(d1, ws);
  const rows = scope === 'clips' ? n.clips : Math.max(n.values, n.reports);
  if (rows >= XLSX_MAX_ROWS) {
    throw new ApiError(413, 'payload_too_large',
      `${rows} rows do not fit in one XLSX sheet (at most ${XLSX_MAX_ROWS - 1}); export CSV or JSON, which have no limit (see docs/deploy.md)`);
  }
}

export const exporter = new Hono<AppEnv>().get('/export', async (c) => {
  const q = query(c, ExportQuery);
  const ws = c.var.member.workspaceId;
  if (q.format === 'xlsx') await checkXlsxFits(c.env.DB, ws, q.scope);
  const body = await exportBody(c.env.DB, ws, q).catch((e) => {
    throw e instanceof XlsxRowLimitError ? new ApiError(413, 'payload_too_large', e.message) : e;
  });
  const date = new Date().toISOString().slice(0, 10);
  const name = `nianbao-${q.scope}${q.scope === 'reports' && q.format === 'csv' ? `-${q.layout}` : ''}-${date}.${q.format}`;
  return new Response(toStream(body), {
    headers: {
      'Content-Type': TYPES[q.format],
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
