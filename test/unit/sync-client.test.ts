/**
 * The sync client against the real sync server (wrangler dev with a local D1) and the extension's real
 * store (IndexedDB through fake-indexeddb): round trips, tombstones, a new device, offline work across a
 * restart, retries with backoff, two devices editing one clip, and paging through 10,000 records.
 * Every test gets its own workspace, so tests share the server but not data.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '../support/fake-chrome';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Clip, ClipInput } from '../../shared/api/records';
import { SYNC_MAX_CHANGES } from '../../shared/api/sync';
import { openLibraryStore, type IdbLibraryStore } from '../../extension/lib/store';
import { ApiClient } from '../../extension/lib/sync/api';
import { batchBySize } from '../../extension/lib/sync/batches';
import { syncOnce } from '../../extension/lib/sync/engine';
import { SyncError } from '../../extension/lib/sync/errors';
import { SyncRunner } from '../../extension/lib/sync/runner';
import { syncSettings } from '../../extension/lib/sync/settings';
import { EMPTY_STATUS, syncStatus, type SyncStatus } from '../../extension/lib/sync/status';
import { startWorkerServer, type WorkerServer } from '../support/worker-server';

let server: WorkerServer;
const opened: IdbLibraryStore[] = [];

beforeAll(async () => {
  server = await startWorkerServer();
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  fakeBrowser.reset();
});

/** One browser profile: its own database; `now` pins its clock. */
async function device(name = randomUUID(), now?: () => number): Promise<IdbLibraryStore> {
  const s = await openLibraryStore({ name: `nianbao-test-${name}`, channel: `nianbao-test-${name}`, now });
  opened.push(s);
  return s;
}

async function workspace(): Promise<{ api: ApiClient; token: string }> {
  const { token } = await server.createWorkspace(`组 ${randomUUID().slice(0, 8)}`);
  return { api: new ApiClient({ serverUrl: server.origin, token }), token };
}

const clipDraft = (i: number, over: Partial<ClipInput> = {}) => ({
  url: `https://jyt.example.gov.cn/report/${i % 7}.html`,
  pageTitle: '某市2024年职业教育质量年度报告',
  label: `摘录 ${i}`,
  indicatorId: 'enrollment_total',
  value: 1000 + i,
  unit: '人',
  year: 2024,
  quote: `全市中职在校生${1000 + i}人`,
  tags: ['测试'],
  ...over,
});

const reportDraft = (region: string) => ({
  url: `https://jyt.example.gov.cn/${encodeURIComponent(region)}/2024.html`,
  title: `${region}2024年职业教育质量年度报告`,
  region, regionLevel: 'city' as const, province: null, year: 2024, level: 'secondary' as const,
  publisher: `${region}教育局`, publishedAt: '2024-12-30',
  indicators: [
    { id: 'enrollment_total', year: 2024, value: 120000, unit: '人', quote: '在校生12万人' },
    { id: 'enrollment_total', year: 2023, value: 110000, unit: '人', quote: '上年11万人' },
  ],
});

const byId = (a: Clip, b: Clip) => a.id.localeCompare(b.id);

describe('sync engine with the real store and server', () => {
  it('pushes, pulls, and gives a new device with the same token the whole library (paged)', async () => {
    const { api } = await workspace();
    const a = await device();
    const report = await a.keepReport(reportDraft('贵阳市'));
    for (let i = 0; i < 20; i++) await a.addClip(clipDraft(i, { reportId: report.id }));
    expect(await a.outboxCount()).toBe(21);

    const first = await syncOnce(api, a);
    expect(first.pushed).toBe(21);
    expect(first.invalid).toEqual([]);
    expect(await a.outboxCount()).toBe(0);
    // Its own changes come back on the pull and change nothing.
    expect(first.applied).toBe(0);

    const b = await device();
    const got = await syncOnce(api, b, { pullLimit: 7 });
    expect(got.pulled).toBe(21);
    expect(got.applied).toBe(21);
    expect(await b.getReport(report.id)).toEqual(report);
    expect((await b.listClips()).sort(byId)).toEqual((await a.listClips()).sort(byId));
    expect(await b.getCursor()).toBe(got.cursor);
    expect(await b.outboxCount()).toBe(0);

    // Nothing new: a second run pulls nothing.
    const again = await syncOnce(api, b);
    expect(again.pulled).toBe(0);
  });

  it('carries deletions as tombstones, and a restore back', async () => {
    const { api } = await workspace();
    const a = await device();
    const b = await device();
    const report = await a.keepReport(reportDraft('江门市'));
    const clip = await a.addClip(clipDraft(1, { reportId: report.id }));
    await syncOnce(api, a);
    await syncOnce(api, b);
    expect(await b.getClip(clip.id)).toBeDefined();

    await a.deleteClip(clip.id);
    await a.deleteReport(report.id);
    expect((await syncOnce(api, a)).pushed).toBe(2);
    await syncOnce(api, b);
    expect(await b.getClip(clip.id)).toBeUndefined();
    expect(await b.getReport(report.id)).toBeUndefined();
    const [tomb] = await b.getRecords([{ kind: 'clip', id: clip.id }]);
    expect(tomb?.deletedAt).toEqual(expect.any(Number));
    expect(await b.listClips()).toEqual([]);

    // A device that joins after the deletion gets the tombstone, not the clip.
    const c = await device();
    await syncOnce(api, c);
    expect(await c.getClip(clip.id)).toBeUndefined();
    expect((await c.getRecords([{ kind: 'clip', id: clip.id }]))[0]?.deletedAt).toEqual(expect.any(Number));

    await b.restoreClip(clip.id);
    await syncOnce(api, b);
    await syncOnce(api, a);
    expect((await a.getClip(clip.id))?.quote).toBe(clip.quote);
  });

  it('keeps offline changes in the outbox across a restart and sends them once the server is back', async () => {
    const { api } = await workspace();
    const name = randomUUID();
    const a = await device(name);
    await server.stop();
    try {
      const clip = await a.addClip(clipDraft(3, { label: '离线摘录' }));
      const err = await syncOnce(api, a).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(SyncError);
      expect((err as SyncError).kind).toBe('unreachable');
      expect(await a.outboxCount()).toBe(1);

      // The browser closes and opens again: the same database, a new store.
      await a.close();
      const again = await device(name);
      expect(await again.outboxCount()).toBe(1);
      await server.start();
      const res = await syncOnce(api, again);
      expect(res.pushed).toBe(1);
      expect(await again.outboxCount()).toBe(0);

      const other = await device();
      await syncOnce(api, other);
      expect((await other.getClip(clip.id))?.label).toBe('离线摘录');
    } finally {
      await server.start();
    }
  }, 120_000);

  it('lets the newer of two edits win on both devices and tells the older one it lost', async () => {
    const { api } = await workspace();
    const t0 = Date.now();
    let ta = t0;
    let tb = t0;
    const a = await device(undefined, () => ta);
    const b = await device(undefined, () => tb);
    const clip = await a.addClip(clipDraft(5, { label: '原始标签' }));
    await syncOnce(api, a);
    await syncOnce(api, b);

    // Both edit while apart: A first, B a minute later.
    ta = t0 + 1_000;
    await a.updateClip(clip.id, { label: '甲的修改', note: '甲' });
    tb = t0 + 60_000;
    await b.updateClip(clip.id, { label: '乙的修改', note: '乙' });

    const rb = await syncOnce(api, b);
    expect(rb.pushed).toBe(1);
    expect(rb.conflicts).toEqual([]);
    const ra = await syncOnce(api, a);
    expect(ra.pushed).toBe(0);
    expect(ra.stale).toBe(1);
    expect(ra.conflicts).toHaveLength(1);
    expect(ra.conflicts[0]).toMatchObject({ kind: 'clip', id: clip.id, yourUpdatedAt: t0 + 1_000, theirUpdatedAt: t0 + 60_000 });
    expect(ra.conflicts[0]!.words.zh).toBe('你对摘录「甲的修改」的修改被一次更新的修改覆盖');
    expect(ra.conflicts[0]!.words.en).toContain('lost to a newer edit');
    // The stale entry left the outbox and the newer record took its place.
    expect(await a.outboxCount()).toBe(0);
    expect(await a.getClip(clip.id)).toMatchObject({ label: '乙的修改', note: '乙', updatedAt: t0 + 60_000 });

    await syncOnce(api, b);
    expect(await b.getClip(clip.id)).toEqual(await a.getClip(clip.id));
    expect(await b.outboxCount()).toBe(0);
  });

  it('pages through 10,000 records each way', async () => {
    const { api } = await workspace();
    // Pushed from a store: more outbox entries than one push may carry.
    const a = await device();
    const n = SYNC_MAX_CHANGES * 2 + 200;
    for (let i = 0; i < n; i++) await a.addClip(clipDraft(i));
    const pushed = await syncOnce(api, a);
    expect(pushed.pushed).toBe(n);
    expect(await a.outboxCount()).toBe(0);

    // The rest straight to the server, then a fresh device pulls everything in pages.
    const t = Date.now();
    const rest = Array.from({ length: 10_000 - n }, (_, i) => ({
      kind: 'clip' as const,
      record: { id: randomUUID(), ...clipDraft(n + i), createdAt: t, updatedAt: t, deletedAt: null },
    }));
    for (const batch of batchBySize(rest).batches) {
      const res = await api.push(batch);
      expect(res.results.every((r) => r.status === 'stored')).toBe(true);
    }
    const b = await device();
    let pages = 0;
    const got = await syncOnce(api, b, { onProgress: (p) => { if (p.phase === 'pull') pages++; } });
    expect(got.pulled).toBe(10_000);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(await b.listClips()).toHaveLength(10_000);
  }, 180_000);
});

describe('the background runner', () => {
  it('retries a failing sync with growing delays and sends the change once the server answers', async () => {
    const { api, token } = await workspace();
    await syncSettings.setValue({ serverUrl: server.origin, token, workspaceId: null, workspaceName: null });
    const a = await device();
    const clip = await a.addClip(clipDraft(9, { label: '等待重试' }));
    const runner = new SyncRunner({ store: () => a, backoff: { baseMs: 300, maxMs: 1_500 } });
    // Each failed run as it is saved, with the time it was saved: the wait it announces is nextRetryAt - at.
    const seen: (SyncStatus & { at: number })[] = [];
    const unwatch = syncStatus.watch((s) => s && !s.running && s.lastError && seen.push({ ...s, at: Date.now() }));
    await server.stop();
    try {
      const first = await runner.run();
      expect(first.lastError?.kind).toBe('unreachable');
      expect(first.lastError?.zh).toContain('无法连接');
      expect(first.pending).toBe(1);
      expect(first.failures).toBe(1);

      // Retries come by themselves, each after a longer wait (exponential, with jitter).
      await until(async () => (await syncStatus.getValue()).failures >= 3, 'three failed runs', 15_000);
      const wait = (n: number) => {
        const s = seen.find((x) => x.failures === n)!;
        return s.nextRetryAt! - s.at;
      };
      // base 300 ms: the first wait is 150-300 ms, the third 600-1,200 ms (time passes before `at`, hence the slack).
      expect(wait(1)).toBeLessThanOrEqual(300);
      expect(wait(3)).toBeGreaterThanOrEqual(400);
      expect(wait(3)).toBeGreaterThan(wait(1));
      expect(await a.outboxCount()).toBe(1);

      await server.start();
      const done = await until(async () => {
        const s = await syncStatus.getValue();
        return s.lastError === null && s.pending === 0 ? s : null;
      }, 'a successful retry', 20_000);
      expect(done.failures).toBe(0);
      expect(done.lastSyncAt).toEqual(expect.any(Number));
      expect(done.workspaceName).toMatch(/^组 /);
      const other = await device();
      await syncOnce(api, other);
      expect((await other.getClip(clip.id))?.label).toBe('等待重试');
    } finally {
      unwatch();
      runner.dispose();
      await server.start();
    }
  }, 120_000);

  it('runs at a worker start only when changes wait or the last run is old', async () => {
    const { token } = await workspace();
    await syncSettings.setValue({ serverUrl: server.origin, token, workspaceId: null, workspaceName: null });
    const a = await device();
    const recent = Date.now() - 5_000;
    await syncStatus.setValue({ ...EMPTY_STATUS, configured: true, lastAttemptAt: recent, lastSyncAt: recent });
    const quiet = new SyncRunner({ store: () => a });
    await quiet.startupRun();
    await new Promise((r) => setTimeout(r, 1_000));
    quiet.dispose();
    expect((await syncStatus.getValue()).lastAttemptAt).toBe(recent);

    await a.addClip(clipDraft(2));
    const busy = new SyncRunner({ store: () => a });
    await busy.startupRun();
    const done = await until(async () => {
      const st = await syncStatus.getValue();
      return st.lastSyncAt !== recent && !st.running ? st : null;
    }, 'the start-up run', 10_000);
    busy.dispose();
    expect(done.pending).toBe(0);
    expect(done.lastError).toBeNull();
  });

  it('says it is not configured instead of failing, and keeps the outbox', async () => {
    const a = await device();
    await a.addClip(clipDraft(1));
    const runner = new SyncRunner({ store: () => a });
    const s = await runner.run();
    runner.dispose();
    expect(s.configured).toBe(false);
    expect(s.lastError?.kind).toBe('not_configured');
    expect(s.pending).toBe(1);
    expect(s.nextRetryAt).toBeNull();
  });
});

async function until<T>(fn: () => Promise<T | null | false | undefined>, what: string, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
