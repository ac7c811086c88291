/**
 * The panel's local work, in Node with fake-indexeddb (an in-memory IndexedDB: real browsers differ,
 * the order of magnitude and regressions are what this shows): keeping reports, clipping, listing with
 * filters, grouping an extraction for display, and building export files.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { IdbLibraryStore } from '../../extension/lib/store/index';
import { groupIndicators } from '../../extension/components/report/model';
import { buildExport } from '../../extension/components/export/files';
import { INDICATORS } from '../../shared/catalog/index';
import { sampleReports } from '../support/sample-reports';

async function time<T>(label: string, n: number, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  const ms = performance.now() - t0;
  console.log(`${label}: ${ms.toFixed(1)} ms${n > 1 ? ` (${(ms / n).toFixed(3)} ms each, n=${n})` : ''}`);
  return out;
}

const store = new IdbLibraryStore({ name: `bench-${Date.now()}`, channel: `bench-${Date.now()}` });
const reports = sampleReports(200, 60);

await time('store: keep 200 reports of 120 values', 200, async () => {
  for (const r of reports) {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...draft } = r;
    await store.keepReport(draft);
  }
});
await time('store: keep the same 200 again (updates)', 200, async () => {
  for (const r of reports) {
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...draft } = r;
    await store.keepReport(draft);
  }
});
const kept = await store.listReports();
await time('store: add 2,000 clips', 2_000, async () => {
  for (let i = 0; i < 2_000; i++) {
    const r = kept[i % kept.length]!;
    const v = r.indicators[i % r.indicators.length]!;
    await store.addClip({ url: r.url, reportId: r.id, pageTitle: r.title ?? '', indicatorId: v.id, label: v.id, value: v.value, unit: v.unit, year: v.year, quote: v.quote, tags: i % 7 === 0 ? ['核对'] : [] });
  }
});
console.log(`store: outbox holds ${await store.outboxCount()} entries for ${kept.length} reports + 2,000 clips`);
await time('store: list all clips', 1, () => store.listClips());
await time('store: list clips filtered by region + year + text', 1, () => store.listClips({ region: '贵阳市', year: 2024, text: '学校' }));
await time('store: list reports filtered by text', 1, () => store.listReports({ text: '江门' }));

const inds = INDICATORS.flatMap((e, k) => [2024, 2023].map((year) => ({
  id: e.id, year, value: 1000 + k, unit: e.unit, quote: `${e.nameZh} ${1000 + k}`, source: 'table' as const, confidence: 0.95, alternatives: [], warnings: [],
})));
await time(`panel: group ${inds.length} indicator values for display (x100)`, 100, () => {
  for (let i = 0; i < 100; i++) groupIndicators(inds, 2024);
});

const clips = await store.listClips();
const csv = await time('export: CSV long of 200 reports (24,000 rows)', 1, () => buildExport('csvLong', { reports: kept, clips }));
console.log(`export: CSV long is ${(new TextEncoder().encode(csv.data as string).length / 1e6).toFixed(1)} MB`);
await time('export: CSV wide of 200 reports', 1, () => buildExport('csvWide', { reports: kept, clips }));
await time('export: CSV of 2,000 clips', 1, () => buildExport('csvClips', { reports: kept, clips }));
const xlsx = await time('export: XLSX workbook (clips, long, wide)', 1, () => buildExport('xlsx', { reports: kept, clips }));
console.log(`export: XLSX is ${((xlsx.data as Uint8Array).length / 1e6).toFixed(1)} MB`);
await store.close();
