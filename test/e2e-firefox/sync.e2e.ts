/**
 * Sync in Firefox against the real sync server (wrangler dev with a local D1): two Firefox profiles as
 * two devices, set up through the options page; a clip and a kept report go round trip; a clip made while
 * the server is down waits in the outbox across a browser restart (the temporary add-on is reinstalled,
 * its storage kept) and goes up when the server is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Clip, Report } from '../../shared/api/records';
import { SyncPullResponse } from '../../shared/api/sync';
import { reportPageHtml, startFixtureServer, type FixtureServer } from '../e2e/support';
import { startWorkerServer, type WorkerServer } from '../support/worker-server';
import { launchFirefox, waitFor, type FirefoxExtension } from './support/firefox';

let worker: WorkerServer;
let fixtures: FixtureServer;
let token: string;
let dirA: string;
let a: FirefoxExtension | null = null;
let b: FirefoxExtension | null = null;
let reportUrl: string;
let secondUrl: string;

beforeAll(async () => {
  [worker, fixtures] = await Promise.all([startWorkerServer(), startFixtureServer()]);
  ({ token } = await worker.createWorkspace('职教研究组', 'li'));
  reportUrl = fixtures.route('/zz/report.html', { body: reportPageHtml() });
  secondUrl = fixtures.route('/zz/report-copy.html', { body: reportPageHtml() });
  dirA = mkdtempSync(join(tmpdir(), 'nianbao-ff-sync-a-'));
}, 150_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await worker?.dispose();
  await fixtures?.close();
  if (dirA) rmSync(dirA, { recursive: true, force: true });
});

interface Status { configured: boolean; running: boolean; lastSyncAt: number | null; pending: number; lastError: { kind: string } | null }

const status = (ff: FirefoxExtension) => ff.control(async (api) => (await api.storage.local.get('nianbao.sync.status'))['nianbao.sync.status'] as Status | undefined);

/** Everything in a profile's IndexedDB library. */
const library = (ff: FirefoxExtension) =>
  ff.control(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('nianbao');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = (name: string) => new Promise<unknown[]>((ok, fail) => {
      const g = db.transaction(name).objectStore(name).getAll();
      g.onsuccess = () => ok(g.result);
      g.onerror = () => fail(g.error);
    });
    const out = { clips: (await all('clips')) as Clip[], reports: (await all('reports')) as Report[] };
    db.close();
    return out;
  });

/** The options page filled in and tested as a person would; a working connection is saved. */
async function connect(ff: FirefoxExtension): Promise<Page> {
  const page = await ff.openExtensionPage('options.html');
  await page.waitForSelector('#server-url');
  await page.type('#server-url', worker.origin);
  await page.type('#token', token);
  await page.click('#test-connection');
  const name = await waitFor(() => page.$eval('[data-testid="workspace-name"]', (e) => e.textContent).catch(() => null), 'the workspace name', 15_000);
  expect(name).toBe('职教研究组');
  return page;
}

/** Select a figure on a page and clip it through the context menu's handler in the background. */
async function clipFigure(ff: FirefoxExtension, page: Page, id: string, figure: string): Promise<Clip> {
  await page.evaluate((elId: string, t: string) => {
    const el = document.getElementById(elId)!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
    throw new Error(`"${t}" not in #${elId}`);
  }, id, figure);
  const tabId = await ff.tabIdOf(page);
  const out = await ff.background(async (bg, x: { id: number; text: string; url: string }) => {
    const tab = await bg.browser.tabs.get(x.id);
    return bg.nianbao.onMenuClick({ menuItemId: 'nianbao-clip', selectionText: x.text, pageUrl: x.url, editable: false }, tab);
  }, { id: tabId, text: figure, url: page.url() });
  if (!out?.ok) throw new Error(`clipping failed: ${JSON.stringify(out)}`);
  return out.clip as Clip;
}

/** What the server holds for the workspace (its own API). */
async function serverRecords(): Promise<{ clips: Clip[]; reports: Report[] }> {
  const clips = new Map<string, Clip>();
  const reports = new Map<string, Report>();
  let since = 0;
  for (;;) {
    const res = await fetch(`${worker.api}/sync/pull?since=${since}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    const body = SyncPullResponse.parse(await res.json());
    for (const c of body.changes) {
      if (c.kind === 'clip') clips.set(c.record.id, c.record);
      else reports.set(c.record.id, c.record);
    }
    if (!body.more || body.next <= since) break;
    since = body.next;
  }
  return { clips: [...clips.values()], reports: [...reports.values()] };
}

describe('sync in Firefox', () => {
  it('round trip: a kept report and a clip from one profile arrive in a second one', async () => {
    a = await launchFirefox({ profileDir: dirA });
    const page = await a.newPage(reportUrl);
    const panel = await a.openPanel(page);
    await panel.waitForSelector('[data-testid="keep"]', { timeout: 30_000 });
    await panel.click('[data-testid="keep"]');
    const kept = await waitFor(async () => (await library(a!)).reports.find((r) => r.url === reportUrl), 'the kept report');
    const clip = await clipFigure(a, page, 'teachers', '2345人');
    expect(clip).toMatchObject({ value: 2345, reportId: kept.id });

    const options = await connect(a);
    // Connecting asked Firefox for the optional data collection the manifest declares (granted here
    // without a prompt by the test profile's extensions.webextOptionalPermissionPrompts=false).
    const granted = await a.control((api) => api.permissions.getAll() as Promise<{ data_collection?: string[] }>);
    expect([...(granted.data_collection ?? [])].sort()).toEqual(['websiteActivity', 'websiteContent']);
    // Saving starts a run; the status line's button runs another, which must end clean.
    const before = (await status(a))?.lastSyncAt ?? 0;
    await options.click('[data-testid="sync-now"]');
    const s = await waitFor(async () => {
      const st = await status(a!);
      return st && !st.running && (st.lastSyncAt ?? 0) > before && st.lastError === null ? st : null;
    }, 'a clean sync run', 20_000);
    expect(s.pending).toBe(0);
    const onServer = await serverRecords();
    expect(onServer.clips.map((c) => c.id)).toContain(clip.id);
    expect(onServer.reports.map((r) => r.id)).toContain(kept.id);

    b = await launchFirefox();
    await connect(b);
    const libB = await waitFor(async () => {
      const lib = await library(b!);
      return lib.clips.some((c) => c.id === clip.id) && lib.reports.some((r) => r.id === kept.id) ? lib : null;
    }, 'the report and the clip in the second profile', 20_000);
    expect(libB.clips.find((c) => c.id === clip.id)).toMatchObject({ value: 2345, unit: '人', quote: clip.quote });
    expect(libB.reports.find((r) => r.id === kept.id)).toEqual(kept);
    // bg:syncNow from an extension page answers the status after its run.
    const answered = await b.control((api) => api.runtime.sendMessage({ type: 'bg:syncNow' }) as Promise<Status>);
    expect(answered).toMatchObject({ configured: true, running: false, pending: 0, lastError: null });
    await b.close();
    b = null;
  });

  it('offline and back: a clip made while the server is down survives a restart and goes up later', async () => {
    await worker.stop();
    const page = await a!.newPage(secondUrl);
    const offline = await clipFigure(a!, page, 'prose', '29304人');
    await waitFor(async () => (await status(a!))?.lastError?.kind === 'unreachable', 'the unreachable status', 20_000);
    expect((await status(a!))!.pending).toBeGreaterThanOrEqual(1);
    const options = await a!.openExtensionPage('options.html');
    const said = await waitFor(() => options.$eval('[data-testid="sync-error"]', (e) => e.textContent).catch(() => null), 'the sync error line');
    expect(said).toMatch(/无法连接|Cannot reach/);

    // Close Firefox, open the same profile again (the add-on reinstalled, its storage kept), then the server comes back.
    await a!.close();
    a = await launchFirefox({ profileDir: dirA });
    expect((await library(a)).clips.map((c) => c.id)).toContain(offline.id);
    await worker.start();
    await waitFor(async () => (await serverRecords()).clips.some((c) => c.id === offline.id), 'the offline clip on the server', 60_000, 500);
    await waitFor(async () => (await status(a!))?.pending === 0, 'nothing pending', 15_000);
  });
});
