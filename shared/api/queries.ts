/** Query strings of the reading routes, and the list pages they answer. */
import { z } from 'zod';
import { Clip, Report } from './records';
import { indicatorId, uuid } from './text';

export const LIST_MAX_LIMIT = 200;

/** Opaque to clients: pass `nextCursor` back as `cursor`. */
const cursor = z.string().regex(/^\d{1,15}$/, 'not a cursor from this server').optional();
const limit = z.coerce.number().int().min(1).max(LIST_MAX_LIMIT).default(50);
const q = z.string().trim().max(200).optional();

export const ReportListQuery = z.object({
  region: z.string().trim().min(1).max(200).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  q,
  cursor,
  limit,
});
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ClipListQuery = z.object({
  reportId: uuid.optional(),
  indicatorId: indicatorId.optional(),
  tag: z.string().min(1).max(100).optional(), // exact: tags keep their spaces
  q,
  cursor,
  limit,
});
export type ClipListQuery = z.infer<typeof ClipListQuery>;

/** Newest change first. */
export const ReportList = z.object({ items: z.array(Report), nextCursor: z.string().nullable() });
export type ReportList = z.infer<typeof ReportList>;
export const ClipList = z.object({ items: z.array(Clip), nextCursor: z.string().nullable() });
export type ClipList = z.infer<typeof ClipList>;

/** "a,b,c" -> ["a","b","c"], each checked by `item`. */
const commaList = (item: z.ZodType<string, string>, max: number) =>
  z
    .string()
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(item).min(1).max(max));

export const COMPARE_MAX_REPORTS = 20;
export const COMPARE_MAX_INDICATORS = 200;

export const CompareQuery = z.object({
  reports: commaList(uuid, COMPARE_MAX_REPORTS),
  /** Left out: every indicator any of the reports has, in catalog order. */
  indicators: commaList(indicatorId, COMPARE_MAX_INDICATORS).optional(),
});
export type CompareQuery = z.infer<typeof CompareQuery>;

export const ExportQuery = z.object({
  format: z.enum(['csv', 'json', 'xlsx']),
  scope: z.enum(['clips', 'reports']).default('clips'),
  /** Reports only: one row per value (long) or one row per report (wide). XLSX carries both. */
  layout: z.enum(['long', 'wide']).default('long'),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
