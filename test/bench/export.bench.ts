/**
 * Export time at full size against `wrangler dev` (loopback, local D1): 50,000 clips and 5,000 reports
 * pushed through the API, then every format and scope downloaded in full.
 * Target: each export < 10 s here (the Worker streams CSV/JSON; XLSX is zipped as it is written).
 *   npx tsx test/bench/export.bench.ts
 */
import { randomUUID } from 'node:crypto';
import { api, startWranglerDev } from './wrangler-dev';

const CLIPS = 50_000;
const REPORTS = 5_000;
const line = (what: string, value: string, target = '') => console.log(`export: ${what.padEnd(38)} ${value}${target ? `   (target ${target})` : ''}`);

let t0 = 1_750_000_000_000;
const reportIds = Array.from({ length: REPORTS }, () => randomUUID());
const report = (id: string, i: number) => ({
  id, url: `https://jyt.example.gov.cn/r/${i}.html`, title: `第${i}号2024年职业教育质量年度报告`, region: i % 2 ? '江苏省' : '浙江省',
  year: 2024, indicators: [
    { id: 'school_count', year: 2024, value: i, unit: '所', quote: `学校${i}所` },
    { id: 'enrollment_total', year: 2024, value: i * 100, unit: '人', quote: `在校生${i * 100}人` },
  ],
  createdAt: ++t0, updatedAt: t0,
});
const clip = (i: number) => ({
  id: randomUUID(), reportId: reportIds[i % REPORTS], url: `https://jyt.example.gov.cn/r/${i % REPORTS}.html`,
  pageTitle: '2024年职业教育质量年度报告', indicatorId: 'enrollment_total', label: '在校生数', value: i, unit: '人', year: 2024,
  quote: `全市中职在校生${i}人，较上年增长。`, note: i % 9 ? '' : '待核对', tags: ['2024'], createdAt: ++t0, updatedAt: t0,
});

async function main() {
  const dev = await startWranglerDev();
  try {
    const ws = await (await fetch(`${dev.base}/admin/workspaces`, { method: 'POST', headers: { authorization: `Bearer ${dev.admin}` }, body: JSON.stringify({ name: 'export' }) })).json() as { token: string };
    let t = performance.now();
    for (let i = 0; i < REPORTS; i += 500) {
      await api(dev.base, ws.token, '/sync/push', { changes: reportIds.slice(i, i + 500).map((id, k) => ({ kind: 'report', record: report(id, i + k) })) });
    }
    for (let i = 0; i < CLIPS; i += 500) {
      await api(dev.base, ws.token, '/sync/push', { changes: Array.from({ length: 500 }, (_, k) => ({ kind: 'clip', record: clip(i + k) })) });
    }
    line('seeded through push', `${CLIPS} clips + ${REPORTS} reports in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    for (const [scope, format, extra] of [
      ['clips', 'csv', ''], ['clips', 'json', ''], ['clips', 'xlsx', ''],
      ['reports', 'csv', '&layout=long'], ['reports', 'csv', '&layout=wide'], ['reports', 'json', ''], ['reports', 'xlsx', ''],
    ] as const) {
      t = performance.now();
      const r = await fetch(`${dev.base}/export?format=${format}&scope=${scope}${extra}`, { headers: { authorization: `Bearer ${ws.token}` } });
      const bytes = (await r.arrayBuffer()).byteLength;
      const s = (performance.now() - t) / 1000;
      if (!r.ok) throw new Error(`export ${scope} ${format}: ${r.status}`);
      line(`${scope} ${format}${extra.replace('&layout=', ' ')}`, `${s.toFixed(2)} s, ${(bytes / 1e6).toFixed(1)} MB`, '< 10 s');
    }
  } finally {
    dev.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
