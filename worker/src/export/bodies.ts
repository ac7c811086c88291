/**
 * Export bodies as byte generators: CSV and JSON are written page by page, XLSX through the streaming
 * zip writer. Each yields a chunk per page read, so memory holds one page however large the workspace.
 */
import type { Clip, Report } from '../../../shared/api/records';
import type { ExportQuery } from '../../../shared/api/queries';
import {
  CLIP_COLUMNS, REPORT_LONG_COLUMNS, clipRow, reportLongRows, wideColumns, wideKeys, wideRow, type WideKey,
} from '../../../shared/export/layouts';
import { CSV_BOM, csvLine, type Cell } from '../../../shared/export/sheet';
import { XLSX_MAX_COLUMNS, XlsxRowLimitError, XlsxStream } from '../../../shared/export/xlsx';
import { livePages, reportContexts, wideValues } from './read';

const enc = new TextEncoder();
type Bytes = AsyncGenerator<Uint8Array>;

/** `{"scope", "exportedAt", "items": [...]}` with the stored records as they are (already canonical JSON). */
async function* jsonBody(d1: D1Database, ws: string, scope: ExportQuery['scope']): Bytes {
  yield enc.encode(`{"scope":${JSON.stringify(scope)},"exportedAt":${Date.now()},"items":[`);
  let first = true;
  for await (const page of livePages(d1, ws, scope === 'clips' ? 'clip' : 'report')) {
    yield enc.encode((first ? '' : ',') + page.join(','));
    first = false;
  }
  yield enc.encode(']}');
}

/** One table: its columns, then its rows page by page. */
interface Table {
  name: string;
  columns: string[];
  pages: () => AsyncGenerator<Cell[][]>;
}

async function clipTable(d1: D1Database, ws: string): Promise<Table> {
  const reports = await reportContexts(d1, ws);
  return {
    name: '摘录',
    columns: CLIP_COLUMNS,
    async *pages() {
      for await (const page of livePages(d1, ws, 'clip')) {
        yield page.map((data) => {
          const c = JSON.parse(data) as Clip;
          return clipRow(c, c.reportId ? reports.get(c.reportId) : undefined);
        });
      }
    },
  };
}

function longTable(d1: D1Database, ws: string): Table {
  return {
    name: '报告指标',
    columns: REPORT_LONG_COLUMNS,
    async *pages() {
      for await (const page of livePages(d1, ws, 'report')) yield page.flatMap((data) => reportLongRows(JSON.parse(data) as Report));
    },
  };
}

function wideTable(d1: D1Database, ws: string, keys: WideKey[]): Table {
  return {
    name: '报告对照',
    columns: wideColumns(keys),
    async *pages() {
      for await (const page of livePages(d1, ws, 'report')) yield page.map((data) => wideRow(JSON.parse(data) as Report, keys));
    },
  };
}

async function* csvBody(table: Table): Bytes {
  yield enc.encode(CSV_BOM + csvLine(table.columns));
  for await (const rows of table.pages()) yield enc.encode(rows.map(csvLine).join(''));
}

async function* xlsxBody(tables: Table[]): Bytes {
  let out: Uint8Array[] = [];
  const w = new XlsxStream((chunk) => out.push(chunk));
  const drain = () => {
    const ready = out;
    out = [];
    return ready;
  };
  for (const t of tables) {
    w.sheet(t.name, t.columns);
    for await (const rows of t.pages()) {
      for (const r of rows) w.row(r);
      yield* drain();
    }
  }
  w.end();
  yield* drain();
}

export async function exportBody(d1: D1Database, ws: string, q: ExportQuery): Promise<Bytes> {
  if (q.format === 'json') return jsonBody(d1, ws, q.scope);
  if (q.scope === 'clips') {
    const t = await clipTable(d1, ws);
    return q.format === 'csv' ? csvBody(t) : xlsxBody([t]);
  }
  if (q.format === 'csv' && q.layout === 'long') return csvBody(longTable(d1, ws));
  const keys = wideKeys(await wideValues(d1, ws));
  if (q.format === 'xlsx' && wideColumns(keys).length > XLSX_MAX_COLUMNS) {
    throw new XlsxRowLimitError(`the wide sheet would have ${wideColumns(keys).length} columns, more than XLSX holds (${XLSX_MAX_COLUMNS}); export the long layout as CSV`);
  }
  const wide = wideTable(d1, ws, keys);
  return q.format === 'csv' ? csvBody(wide) : xlsxBody([longTable(d1, ws), wide]);
}

/** A generator as a response body that reads the next page only when the client takes the last. */
export function toStream(body: Bytes): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      const { value, done } = await body.next();
      if (done) ctrl.close();
      else ctrl.enqueue(value);
    },
    async cancel() {
      await body.return(undefined);
    },
  });
}
