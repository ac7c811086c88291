/**
 * Issue item 8: a local edit made between the push and the pull of one sync run must never be lost
 * silently to a newer remote edit. Against the real server (wrangler dev, local D1) and the real store.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '../support/fake-chrome';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openLibraryStore, type IdbLibraryStore } from '../../extension/lib/store';
import { ApiClient } from '../../extension/lib/sync/api';
import { syncOnce } from '../../extension/lib/sync/engine';
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

async function device(now: () => number): Promise<IdbLibraryStore> {
  const name = randomUUID();
  const s = await openLibraryStore({ name: `nianbao-test-${name}`, channel: `nianbao-test-${name}`, now });
  opened.push(s);
  return s;
}

/** A workspace, two devices on their own clocks, and one clip made on A that both have synced. */
async function twoDevicesWithOneClip() {
  const { token } = await server.createWorkspace(`组 ${randomUUID().slice(0, 8)}`);
  const cfg = { serverUrl: server.origin, token };
  const t0 = Date.now();
  const clock = { a: t0, b: t0 };
  const a = await device(() => clock.a);
  const b = await device(() => clock.b);
  const clip = await a.addClip({ url: 'https://x.gov.cn/r.html', quote: '在校生1000人', label: '原始' });
  await syncOnce(new ApiClient(cfg), a);
  await syncOnce(new ApiClient(cfg), b);
  return { cfg, t0, clock, a, b, clip };
}

/** An ApiClient that runs `between` once, after the push phase and before the first pull. */
class PausingApi extends ApiClient {
  constructor(cfg: { serverUrl: string; token: string }, private between: () => Promise<void>) {
    super(cfg);
  }
  override async pull(since: number, limit?: number) {
    const b = this.between;
    this.between = async () => {};
    await b();
    return super.pull(since, limit);
  }
}

describe('an edit made while a sync run is under way', () => {
  it('is reported as a conflict when a newer remote edit wins, never dropped silently', async () => {
    const { cfg, t0, clock, a, b, clip } = await twoDevicesWithOneClip();

    // B edits later in time and syncs first; A starts a run with nothing to push and edits mid-run.
    clock.b = t0 + 60_000;
    await b.updateClip(clip.id, { note: '乙' });
    await syncOnce(new ApiClient(cfg), b);
    clock.a = t0 + 1_000;
    const run = await syncOnce(new PausingApi(cfg, async () => {
      await a.updateClip(clip.id, { note: '甲（运行中）' });
    }), a);

    expect(run.conflicts).toHaveLength(1);
    expect(run.conflicts[0]).toMatchObject({ kind: 'clip', id: clip.id, yourUpdatedAt: t0 + 1_000, theirUpdatedAt: t0 + 60_000 });
    expect(await a.getClip(clip.id)).toMatchObject({ note: '乙' });
    expect(await a.outboxCount()).toBe(0);
  });

  it('is kept and sent by the next run when the remote change is older', async () => {
    const { cfg, t0, clock, a, b, clip } = await twoDevicesWithOneClip();
    clock.b = t0 + 1_000;
    await b.updateClip(clip.id, { note: '乙' });
    await syncOnce(new ApiClient(cfg), b);
    clock.a = t0 + 60_000;
    const run = await syncOnce(new PausingApi(cfg, async () => {
      await a.updateClip(clip.id, { note: '甲（运行中）' });
    }), a);
    expect(run.conflicts).toEqual([]);
    expect(await a.getClip(clip.id)).toMatchObject({ note: '甲（运行中）' });
    expect(await a.outboxCount()).toBe(1);
    await syncOnce(new ApiClient(cfg), a);
    await syncOnce(new ApiClient(cfg), b);
    expect(await b.getClip(clip.id)).toMatchObject({ note: '甲（运行中）' });
  });
});
