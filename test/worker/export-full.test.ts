// Exports at full size against the real local D1: 50,000 clips and 5,000 reports, every format.
// The rows are seeded straight into D1 (json_each inserts, 1,000 rows a statement) to keep this fast;
// the export then reads them back through the Worker like any client.
import { env, SELF } from 'cloudflare:test';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { Clip, Report } from '../../shared/api/records';
import { clip, newWorkspace, report } from './helpers';

const CLIPS = 50_000;
const REPORTS = 5_000;
const SEED_CHUNK = 1_000;
let token = '';
let reportIds: string[] = [];

async function seed(table: 'clips' | 'reports', ws: string, records: object[]) {
  const cols = table === 'clips'
    ? `report_id, indicator_id, tags, search`
    : `region, year, search`;
  const picks = table === 'clips'
    ? `json_extract(value, '$.reportId'), json_extract(value, '$.indicatorId'), json_extract(value, '$.tags'), ''`
    : `json_extract(value, '$.region'), json_extract(value, '$.year'), ''`;
  const stmt = env.DB.prepare(`INSERT INTO ${table} (workspace_id, id, created_at, updated_at, deleted_at, version, data, ${cols})
    SELECT ?1, json_extract(value, '$.id'), json_extract(value, '$.createdAt'), json_extract(value, '$.updatedAt'), NULL, 0, value, ${picks}
    FROM json_each(?2)`);
  const batch: D1PreparedStatement[] = [];
  for (let i = 0; i < records.length; i += SEED_CHUNK) batch.push(stmt.bind(ws, JSON.stringify(records.slice(i, i + SEED_CHUNK))));
  await env.DB.batch(batch);
}

async function download(query: string) {
  const t = performance.now();
  const r = await SELF.fetch(`http://x/api/v1/export?${query}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = new Uint8Array(await r.arrayBuffer());
  return { status: r.status, headers: r.headers, bytes, ms: performance.now() - t };
}

const lines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
const countRows = (xml: string) => xml.split('<row ').length - 1;

function workbook(bytes: Uint8Array) {
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  const files = unzipSync(bytes);
  for (const f of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']) {
    expect(files[f], f).toBeDefined();
  }
  const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).sort();
  return sheets.map((f) => {
    const xml = strFromU8(files[f]!);
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml.endsWith('</worksheet>')).toBe(true);
    return xml;
  });
}

describe(`export of ${CLIPS} clips and ${REPORTS} reports`, () => {
  beforeAll(async () => {
    const ws = await newWorkspace('大组');
    token = ws.token;
    const reports = Array.from({ length: REPORTS }, (_, i) => Report.parse(report({ title: `报告${i}`, region: i % 2 ? '江苏省' : '浙江省' })));
    reportIds = reports.map((r) => r.id);
    const clips = Array.from({ length: CLIPS }, (_, i) => Clip.parse(clip({
      reportId: reportIds[i % REPORTS], note: i % 5 ? '' : `=cmd${i}`, quote: `第${i}条：在校生${i}人`, value: i,
    })));
    await seed('reports', ws.workspace.id, reports);
    await seed('clips', ws.workspace.id, clips);
  }, 300_000);

  it('CSV of clips streams every clip once', async () => {
    const d = await download('format=csv&scope=clips');
    expect(d.status).toBe(200);
    expect([...d.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = lines(d.bytes);
    expect(rows).toHaveLength(CLIPS + 1);
    expect(new Set(rows.slice(1).map((r) => r.split(',')[14])).size).toBe(CLIPS);
    expect(rows.some((r) => r.includes(',=cmd'))).toBe(false);
    console.log(`export csv clips: ${d.ms.toFixed(0)} ms, ${(d.bytes.length / 1e6).toFixed(1)} MB`);
  }, 120_000);

  it('JSON of clips streams every clip once', async () => {
    const d = await download('format=json&scope=clips');
    expect(d.status).toBe(200);
    const body = JSON.parse(new TextDecoder().decode(d.bytes));
    expect(body.scope).toBe('clips');
    expect(body.items).toHaveLength(CLIPS);
    expect(new Set(body.items.map((c: any) => c.id)).size).toBe(CLIPS);
    expect(Clip.safeParse(body.items[CLIPS - 1]).success).toBe(true);
    console.log(`export json clips: ${d.ms.toFixed(0)} ms, ${(d.bytes.length / 1e6).toFixed(1)} MB`);
  }, 120_000);

  it('XLSX of clips is a workbook with every clip', async () => {
    const d = await download('format=xlsx&scope=clips');
    expect(d.status).toBe(200);
    expect(d.headers.get('content-type')).toContain('spreadsheetml');
    const [sheet] = workbook(d.bytes);
    expect(countRows(sheet!)).toBe(CLIPS + 1);
    expect(sheet).toContain('第49999条：在校生49999人');
    console.log(`export xlsx clips: ${d.ms.toFixed(0)} ms, ${(d.bytes.length / 1e6).toFixed(1)} MB`);
  }, 180_000);

  it('reports in CSV (long and wide), JSON and XLSX', async () => {
    const perReport = 3; // the helper's report has three values
    const long = await download('format=csv&scope=reports&layout=long');
    expect(lines(long.bytes)).toHaveLength(REPORTS * perReport + 1);
    const wide = await download('format=csv&scope=reports&layout=wide');
    expect(lines(wide.bytes)).toHaveLength(REPORTS + 1);
    const json = JSON.parse(new TextDecoder().decode((await download('format=json&scope=reports')).bytes));
    expect(json.items).toHaveLength(REPORTS);
    const x = await download('format=xlsx&scope=reports');
    expect(x.status).toBe(200);
    const [longSheet, wideSheet] = workbook(x.bytes);
    expect(countRows(longSheet!)).toBe(REPORTS * perReport + 1);
    expect(countRows(wideSheet!)).toBe(REPORTS + 1);
    console.log(`export reports: csv long ${long.ms.toFixed(0)} ms, wide ${wide.ms.toFixed(0)} ms, xlsx ${x.ms.toFixed(0)} ms`);
  }, 180_000);
});
