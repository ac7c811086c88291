/** How a record maps onto its table's filter columns. One place, used by push and by the PUT routes. */
import type { Clip, RecordKind, Report } from '../../../shared/api/records';

export interface Row {
  id: string;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  data: string;
  /** Table-specific columns, in the order of `TABLES[kind].extra`. */
  extra: (string | number | null)[];
}

const lower = (...xs: (string | null | undefined)[]) => xs.filter(Boolean).join('\n').toLowerCase();

export const TABLES = {
  report: {
    table: 'reports',
    extra: ['region', 'year', 'search'],
    row(r: Report): (string | number | null)[] {
      return [r.region, r.year, lower(r.title, r.region, r.province, r.publisher, r.url)];
    },
  },
  clip: {
    table: 'clips',
    extra: ['report_id', 'indicator_id', 'tags', 'search'],
    row(c: Clip): (string | number | null)[] {
      return [c.reportId, c.indicatorId, JSON.stringify(c.tags), lower(c.label, c.quote, c.note, c.pageTitle, c.url, c.tags.join(' '))];
    },
  },
} as const;

export type AnyRecord = Report | Clip;

export function toRow(kind: RecordKind, record: AnyRecord): Row {
  const extra = kind === 'report' ? TABLES.report.row(record as Report) : TABLES.clip.row(record as Clip);
  return {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    deletedAt: record.deletedAt,
    // zod's output has the schema's key order, so equal records give equal strings (replays compare).
    data: JSON.stringify(record),
    extra,
  };
}
