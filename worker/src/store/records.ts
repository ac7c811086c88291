/**
 * Reading records of one workspace: by id, and lists, newest first. Lists page by `created_version`,
 * which an edit never changes, so a record edited during a walk is neither skipped nor seen twice.
 */
import { and, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { clips, reports } from '../db/schema';
import type { Clip, Report } from '../../../shared/api/records';
import type { ClipListQuery, ReportListQuery } from '../../../shared/api/queries';

const contains = (column: typeof reports.search | typeof clips.search, q: string) =>
  sql`instr(${column}, ${q.toLowerCase()}) > 0`;

function page<T>(rows: { at: number; data: string }[], limit: number): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map((r) => JSON.parse(r.data) as T), nextCursor: more ? String(kept[kept.length - 1]!.at) : null };
}

export async function getReport(db: Db, ws: string, id: string): Promise<Report | null> {
  const [row] = await db.select({ data: reports.data }).from(reports)
    .where(and(eq(reports.workspaceId, ws), eq(reports.id, id), isNull(reports.deletedAt)));
  return row ? (JSON.parse(row.data) as Report) : null;
}

export async function getClip(db: Db, ws: string, id: string): Promise<Clip | null> {
  const [row] = await db.select({ data: clips.data }).from(clips)
    .where(and(eq(clips.workspaceId, ws), eq(clips.id, id), isNull(clips.deletedAt)));
  return row ? (JSON.parse(row.data) as Clip) : null;
}

export async function listReports(db: Db, ws: string, q: ReportListQuery) {
  const where: SQL[] = [eq(reports.workspaceId, ws), isNull(reports.deletedAt)];
  if (q.region) where.push(sql`instr(${reports.region}, ${q.region}) > 0`);
  if (q.year !== undefined) where.push(eq(reports.year, q.year));
  if (q.q) where.push(contains(reports.search, q.q));
  if (q.cursor) where.push(lt(reports.createdVersion, Number(q.cursor)));
  const rows = await db.select({ at: reports.createdVersion, data: reports.data }).from(reports)
    .where(and(...where)).orderBy(desc(reports.createdVersion)).limit(q.limit + 1);
  return page<Report>(rows, q.limit);
}

export async function listClips(db: Db, ws: string, q: ClipListQuery) {
  const where: SQL[] = [eq(clips.workspaceId, ws), isNull(clips.deletedAt)];
  if (q.reportId) where.push(eq(clips.reportId, q.reportId));
  if (q.indicatorId) where.push(eq(clips.indicatorId, q.indicatorId));
  if (q.tag) where.push(sql`exists (select 1 from json_each(${clips.tags}) where value = ${q.tag})`);
  if (q.q) where.push(contains(clips.search, q.q));
  if (q.cursor) where.push(lt(clips.createdVersion, Number(q.cursor)));
  const rows = await db.select({ at: clips.createdVersion, data: clips.data }).from(clips)
    .where(and(...where)).orderBy(desc(clips.createdVersion)).limit(q.limit + 1);
  return page<Clip>(rows, q.limit);
}

/** Live reports by id (at most ~90 ids: D1 binds at most 100 parameters). */
export async function reportsByIds(db: Db, ws: string, ids: string[]): Promise<Report[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ data: reports.data }).from(reports)
    .where(and(eq(reports.workspaceId, ws), inArray(reports.id, ids), isNull(reports.deletedAt)));
  return rows.map((r) => JSON.parse(r.data) as Report);
}

/** Live clips kept for these reports that name an indicator (compare falls back on them). */
export async function indicatorClipsOf(db: Db, ws: string, reportIds: string[]): Promise<Clip[]> {
  if (reportIds.length === 0) return [];
  const rows = await db.select({ data: clips.data }).from(clips)
    .where(and(eq(clips.workspaceId, ws), inArray(clips.reportId, reportIds), sql`${clips.indicatorId} is not null`, isNull(clips.deletedAt)));
  return rows.map((r) => JSON.parse(r.data) as Clip);
}
