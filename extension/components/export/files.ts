/**
 * The files a researcher exports from the library, all built by shared/export (the same sheets the
 * server's /export writes): reports long (one row per value) and wide (one row per report), clips, an
 * Excel workbook with all three, and JSON of the records themselves.
 */
import type { Clip, Report } from '../../../shared/api/records';
import { clipsSheet, reportsLongSheet, reportsWideSheet } from '../../../shared/export/layouts';
import { toCsv, toJson, toXlsx } from '../../../shared/export/sheet';
import type { EngineWarning } from '../../../shared/extract/warnings';
import { t, warningText } from '../../lib/i18n';

/** The long sheet's warnings and source in the UI's language (the same words the panel shows). */
const longWords = {
  warning: (w: { code: string; params: Record<string, string | number>; message: string }) => warningText(w as EngineWarning),
  source: (s: 'table' | 'prose') => t(s === 'table' ? 'ind.source_table' : 'ind.source_prose'),
};

export type ExportKind = 'csvLong' | 'csvWide' | 'csvClips' | 'xlsx' | 'json';
export const EXPORT_KINDS: ExportKind[] = ['csvLong', 'csvWide', 'csvClips', 'xlsx', 'json'];

export interface ExportFile {
  name: string;
  data: string | Uint8Array;
  type: string;
}

export interface ExportInput {
  reports: Report[];
  clips: Clip[];
  /** Reports used to fill in a clip's region and title even when not exported themselves. */
  allReports?: Report[];
}

/** Local calendar date, as people name their files: 2026-11-22. */
export function dateStamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const CSV = 'text/csv;charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether this kind has anything to write for the input. */
export function hasContent(kind: ExportKind, input: ExportInput): boolean {
  const reports = input.reports.filter((r) => r.deletedAt === null).length;
  const clips = input.clips.filter((c) => c.deletedAt === null).length;
  if (kind === 'csvClips') return clips > 0;
  if (kind === 'csvLong' || kind === 'csvWide') return reports > 0;
  return reports + clips > 0;
}

export async function buildExport(kind: ExportKind, input: ExportInput, now = new Date()): Promise<ExportFile> {
  const day = dateStamp(now);
  const reports = input.reports.filter((r) => r.deletedAt === null);
  const clips = input.clips.filter((c) => c.deletedAt === null);
  const context = input.allReports ?? reports;
  switch (kind) {
    case 'csvLong':
      return { name: `年报-资料库-${day}.csv`, data: toCsv(reportsLongSheet(reports, longWords)), type: CSV };
    case 'csvWide':
      return { name: `年报-资料库-宽表-${day}.csv`, data: toCsv(reportsWideSheet(reports)), type: CSV };
    case 'csvClips':
      return { name: `年报-摘录-${day}.csv`, data: toCsv(clipsSheet(clips, context)), type: CSV };
    case 'xlsx':
      return {
        name: `年报-资料库-${day}.xlsx`,
        data: await toXlsx([clipsSheet(clips, context), reportsLongSheet(reports, longWords), reportsWideSheet(reports)]),
        type: XLSX,
      };
    case 'json':
      return {
        name: `年报-资料库-${day}.json`,
        data: toJson({ format: 'nianbao-library', version: 1, exportedAt: now.toISOString(), reports, clips }),
        type: 'application/json;charset=utf-8',
      };
  }
}
