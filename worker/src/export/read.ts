/**
 * Reading a whole workspace for an export, a page at a time, so no export holds more than one page of
 * records. Pages follow `created_version`, which edits never change: a record edited while the
 * export runs is written once (with whichever value its page read).
 */
import type { RecordKind } from '../../../shared/api/records';
import type { ReportContext, WideKey } from '../../../shared/export/layouts';

const TABLE = { report: 'reports', clip: 'clips' } as const;
export const EXPORT_PAGE = 1_000;

/** The stored JSON of every live record of a kind, page by page. */
export async function* livePages(d1: D1Database, ws: string, kind: RecordKind, size = EXPORT_PAGE): AsyncGenerator<string[]> {
  let after = -1;
  for (;;) {
    const { results } = await d1
      .prepare(`SELECT created_version AS at, data FROM ${TABLE[kind]}
                WHERE workspace_id = ?1 AND deleted_at IS NULL AND created_version > ?2
                ORDER BY created_version LIMIT ?3`)
      .bind(ws, after, size)
      .all<{ at: number; data: string }>();
    if (results.length) yield results.map((r) => r.data);
    if (results.length < size) return;
    after = results[results.length - 1]!.at;
  }
}

/** What clip rows show of their reports, for every live report (a few fields each, not the records). */
export async function reportContexts(d1: D1Database, ws: string): Promise<Map<string, ReportContext>> {
  const { results } = await d1
    .prepare(`SELECT id, json_extract(data, '$.region') AS region, json_extract(data, '$.year') AS year,
                     json_extract(data, '$.title') AS title
              FROM reports WHERE workspace_id = ?1 AND deleted_at IS NULL`)
    .bind(ws)
    .all<ReportContext & { id: string }>();
  return new Map(results.map((r) => [r.id, { region: r.region, year: r.year, title: r.title }]));
}

/** Every (indicator, year) any live report has, with a unit: the wide layout's columns, read in SQL. */
export async function wideValues(d1: D1Database, ws: string): Promise<WideKey[]> {
  const { results } = await d1
    .prepare(`SELECT json_extract(v.value, '$.id') AS id, json_extract(v.value, '$.year') AS year,
                     min(json_extract(v.value, '$.unit')) AS unit
              FROM reports, json_each(reports.data, '$.indicators') AS v
              WHERE reports.workspace_id = ?1 AND reports.deleted_at IS NULL
              GROUP BY 1, 2`)
    .bind(ws)
    .all<WideKey>();
  return results;
}

/** Rows an export of this scope will have, to refuse up front what one XLSX sheet cannot hold. */
export async function rowCounts(d1: D1Database, ws: string): Promise<{ clips: number; reports: number; values: number }> {
  const [c, r] = await d1.batch<{ n: number; v: number | null }>([
    d1.prepare('SELECT count(*) AS n, 0 AS v FROM clips WHERE workspace_id = ?1 AND deleted_at IS NULL').bind(ws),
    d1.prepare(`SELECT count(*) AS n, sum(json_array_length(data, '$.indicators')) AS v
                FROM reports WHERE workspace_id = ?1 AND deleted_at IS NULL`).bind(ws),
  ]);
  return { clips: c!.results[0]!.n, reports: r!.results[0]!.n, values: r!.results[0]!.v ?? 0 };
}
