/**
 * Sync end to end against the real sync server (wrangler dev with a local D1): two profiles as two
 * devices, set up through the options page like a person would; clips made through the background's own
 * clip handler (the context menu's, which automation cannot click); what arrived checked on the server's
 * API and in each profile's IndexedDB and UI. A clip made while the server is down waits in the outbox
 * across a browser restart; of two edits of one clip the newer wins; two kept reports compare.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clip, Report } from '../../../shared/api/records';
import { SyncPullResponse } from '../../../shared/api/sync';
import { startWorkerServer, type WorkerServer } from '../../support/worker-server';
import type { BrowserDriver, DriverFactory, DriverPage } from '../support/driver';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { waitFor } from '../support/wait';
import { clipThroughMenu, library } from './helpers';
import { syncReportPage } from './sync-page';

export interface SyncChecks {
  /** Checks of one browser's own, right after the first profile has connected. */
  afterConnect?: (d: BrowserDriver) => Promise<void>;
}

interface Status {
  configured: boolean;
  running: boolean;
  lastSyncAt: number | null;
  pending: number;
  lastError: { kind: string; zh: string } | null;
  failures: number;
  workspaceName: string | null;
}

const WORKSPACE = '职教研究组';
const status = (d: BrowserDriver) => d.inExtensionPage(async (api) => (await api.storage.local.get('nianbao.sync.status'))['nianbao.sync.status'] as Status | undefined);
const clipItem = (id: string) => `[data-testid="clip-item"][data-id="${id}"]`;

/** Select a whole element on a page and clip it the way the context menu does. */
async function clipSelection(d: BrowserDriver, page: DriverPage, selector: string): Promise<Clip> {
  const text = await page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const s = getSelection()!;
    s.removeAllRanges();
    s.addRange(range);
    return s.toString();
  }, selector);
  const out = await clipThroughMenu(d, page, text);
  if (!out.ok || !out.clip) throw new Error(`clipping failed: ${JSON.stringify(out)}`);
  return out.clip;
}

/** The panel pointed at a report page: its keep button, then the kept record from the profile's library. */
async function keepReport(d: BrowserDriver, page: DriverPage): Promise<Report> {
  const panel = await d.openPanel(page);
  await panel.click('[data-testid="keep"]', { timeout: 30_000 });
  const url = await page.url();
  const kept = await waitFor(async () => (await library(d)).reports.find((r) => r.url === url), 'the kept report', 10_000);
  await panel.close();
  return kept;
}

/** Edit a clip's label in the panel's library, as a person would. */
async function editClipLabel(d: BrowserDriver, clipId: string, label: string): Promise<void> {
  const panel = await d.openPanel();
  await panel.click('[role="tab"][data-view="library"]');
  const item = clipItem(clipId);
  await panel.click(`${item} [data-testid="edit"]`, { timeout: 10_000 });
  await panel.fill(`${item} input[name="label"]`, label);
  await panel.click(`${item} [data-testid="save"]`);
  await expect.poll(async () => (await library(d)).clips.find((c) => c.id === clipId)?.label).toBe(label);
  await panel.close();
}

export function syncScenarios(launch: DriverFactory, checks: SyncChecks = {}): void {
  let worker: WorkerServer;
  let fixtures: FixtureServer;
  let token: string;
  let dirA: string;
  let a: BrowserDriver | null = null;
  let b: BrowserDriver | null = null;

  beforeAll(async () => {
    [worker, fixtures] = await Promise.all([startWorkerServer(), startFixtureServer()]);
    ({ token } = await worker.createWorkspace(WORKSPACE, 'li'));
    fixtures.route('/gy/report.html', { body: syncReportPage('贵阳市', 120345, 40) });
    fixtures.route('/jm/report.html', { body: syncReportPage('江门市', 90876, 31) });
    dirA = mkdtempSync(join(tmpdir(), 'nianbao-sync-a-'));
  }, 150_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await worker?.dispose();
    await fixtures?.close();
    if (dirA) rmSync(dirA, { recursive: true, force: true });
  });

  /** The options page, filled in and tested through its form; it saves the settings when the test passes. */
  async function connect(d: BrowserDriver): Promise<DriverPage> {
    const page = await d.openExtensionPage('options.html');
    await page.waitFor('#server-url');
    await page.fill('#server-url', worker.origin);
    await page.fill('#token', token);
    await page.click('#test-connection');
    await expect.poll(() => page.text('[data-testid="workspace-name"]', { timeout: 1_000 }).catch(() => null), { timeout: 15_000 }).toBe(WORKSPACE);
    return page;
  }

  /** The status line's 立即同步 / Sync now button, then wait for that run to end without an error. */
  async function syncNow(d: BrowserDriver, options: DriverPage): Promise<Status> {
    const before = (await status(d))?.lastSyncAt ?? 0;
    await options.click('[data-testid="sync-now"]');
    return waitFor(async () => {
      const s = await status(d);
      return s && !s.running && (s.lastSyncAt ?? 0) > before && s.lastError === null ? s : null;
    }, 'a sync run to finish', 20_000);
  }

  /** What the server holds for the workspace now (its own API, not the extension). */
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

  describe('sync in the browser', () => {
    let clipA: Clip;

    it('sets up through the options page, keeps a clip, and a second profile with the same token gets it', async () => {
      a = await launch({ profileDir: dirA });
      const report = await a.openPage(fixtures.url('/gy/report.html'));
      const keptA = await keepReport(a, report);
      clipA = await clipSelection(a, report, '#figure');
      expect(clipA.value).toBe(120345);
      expect(clipA.reportId).toBe(keptA.id);

      // A wrong token first: the options page says what is wrong, in words, and saves nothing.
      const wrong = await a.openExtensionPage('options.html');
      await wrong.fill('#server-url', worker.origin);
      await wrong.fill('#token', 'nb_not-the-token');
      await wrong.click('#test-connection');
      await expect.poll(() => wrong.text('[data-error-kind="unauthorized"]', { timeout: 1_000 }).catch(() => null), { timeout: 15_000 }).toMatch(/令牌无效/);
      expect((await status(a))?.configured ?? false).toBe(false);
      await wrong.close();

      const optionsA = await connect(a);
      await checks.afterConnect?.(a);
      // Saving the settings starts a run by itself; the status line's button runs one more.
      const s = await syncNow(a, optionsA);
      expect(s.pending).toBe(0);
      const server = await serverRecords();
      expect(server.clips.map((c) => c.id)).toContain(clipA.id);
      expect(server.reports.map((r) => r.id)).toContain(keptA.id);

      b = await launch();
      const optionsB = await connect(b);
      const libB = await waitFor(async () => {
        const lib = await library(b!);
        return lib.clips.some((c) => c.id === clipA.id) && lib.reports.some((r) => r.id === keptA.id) ? lib : null;
      }, 'the report and the clip in the second profile', 20_000);
      expect(libB.clips.find((c) => c.id === clipA.id)).toMatchObject({ value: 120345, unit: '人', quote: clipA.quote });
      expect(libB.reports.find((r) => r.id === keptA.id)).toEqual(keptA);
      // bg:syncNow (the messages contract) runs one and answers the status after it.
      const answered = await b.inExtensionPage((api) => api.runtime.sendMessage({ type: 'bg:syncNow' }) as Promise<Status>);
      expect(answered).toMatchObject({ configured: true, running: false, pending: 0, lastError: null, workspaceName: WORKSPACE });
      // And the second profile's panel lists them.
      const panelB = await b.openPanel();
      await panelB.click('[role="tab"][data-view="library"]');
      await expect.poll(() => panelB.count(clipItem(clipA.id)), { timeout: 10_000 }).toBe(1);
      await panelB.close();
      await optionsB.close();
      await optionsA.close();
      await report.close();
    });

    it('keeps a clip made offline across a browser restart and sends it when the server is back', async () => {
      await worker.stop();
      const report = await a!.openPage(fixtures.url('/jm/report.html'));
      const offline = await clipSelection(a!, report, '#figure');
      const optionsA = await a!.openExtensionPage('options.html');
      // The run after the change fails: the clip waits in the outbox and the status line says why.
      await expect.poll(async () => (await status(a!))?.lastError?.kind, { timeout: 20_000 }).toBe('unreachable');
      expect((await status(a!))!.pending).toBeGreaterThanOrEqual(1);
      await expect.poll(() => optionsA.text('[data-testid="sync-error"]', { timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toMatch(/无法连接|Cannot reach/);

      // Close the browser, open the same profile again (the library still there), then bring the server back.
      await a!.close();
      a = await launch({ profileDir: dirA });
      expect((await library(a)).clips.map((c) => c.id)).toContain(offline.id);
      await worker.start();
      await waitFor(async () => (await serverRecords()).clips.some((c) => c.id === offline.id), 'the offline clip on the server', 60_000, 500);
      await expect.poll(async () => (await status(a!))?.pending, { timeout: 15_000 }).toBe(0);
    });

    it('lets the newer of two edits of one clip win in both profiles and tells the older one', async () => {
      // A works with sync switched off (disconnected on the options page) and edits first; B edits later
      // and syncs at once; then A connects again.
      const optionsA = await a!.openExtensionPage('options.html');
      await optionsA.click('#disconnect');
      await expect.poll(async () => (await status(a!))?.configured, { timeout: 10_000 }).toBe(false);
      await editClipLabel(a!, clipA.id, '甲的修改');
      await editClipLabel(b!, clipA.id, '乙的修改');
      await waitFor(async () => (await serverRecords()).clips.find((c) => c.id === clipA.id)?.label === '乙的修改', "B's edit on the server", 20_000);

      await optionsA.fill('#token', token);
      await optionsA.click('#test-connection');
      await expect.poll(async () => (await library(a!)).clips.find((c) => c.id === clipA.id)?.label, { timeout: 20_000 }).toBe('乙的修改');
      await expect.poll(() => optionsA.text('[data-testid="sync-conflicts"]', { timeout: 1_000 }).catch(() => null), { timeout: 10_000 })
        .toMatch(/你对摘录「甲的修改」的修改被一次更新的修改覆盖|Your edit of clip "甲的修改" lost to a newer edit/);
      expect((await status(a!))!.pending).toBe(0);
      expect((await library(a!)).clips.find((c) => c.id === clipA.id)).toEqual((await serverRecords()).clips.find((c) => c.id === clipA.id));
      // B keeps its own edit and has nothing to be told.
      const optionsB = await b!.openExtensionPage('options.html');
      expect((await library(b!)).clips.find((c) => c.id === clipA.id)?.label).toBe('乙的修改');
      expect(await optionsB.count('[data-testid="sync-conflicts"]')).toBe(0);
      // The panel of A shows the winner ...
      const panelA = await a!.openPanel();
      await panelA.click('[role="tab"][data-view="library"]');
      await expect.poll(() => panelA.text(`${clipItem(clipA.id)} .name`, { timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toBe('乙的修改');
      // ... and says which edit lost, until dismissed.
      expect(await panelA.text('[data-testid="sync-conflicts"]')).toMatch(/「甲的修改」|"甲的修改"/);
      await panelA.click('[data-testid="sync-dismiss"]');
      await expect.poll(() => panelA.count('[data-testid="sync-conflicts"]')).toBe(0);
      await Promise.all([optionsA.close(), optionsB.close(), panelA.close()]);
    });

    it('compares two kept reports in the panel with the numbers of the pages', async () => {
      // A kept 贵阳市 in the first test; B keeps 江门市 and compares it (the report in view) with 贵阳市 (pulled).
      const jm = await b!.openPage(fixtures.url('/jm/report.html'));
      await keepReport(b!, jm);
      const panel = await b!.openPanel(jm);
      await panel.click('[role="tab"][data-view="compare"]');
      const enr = 'tbody[data-indicator="enrollment_total"] tr[data-report]';
      await expect.poll(() => panel.attrs(`${enr} .nb-value`, 'data-value'), { timeout: 15_000 }).toEqual(['90876', '120345']);
      await expect.poll(async () => (await panel.texts(`${enr} .nb-diff`))[1], { timeout: 10_000 }).toBe('+29,469 (+32.43%)');
      expect(await panel.attrs('tbody[data-indicator="school_count"] tr[data-report] .nb-value', 'data-value')).toEqual(['31', '40']);
      // Readable in a 360 px panel: nothing wider than the panel.
      await panel.setViewport(360, 800);
      expect(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await panel.count('svg.nb-chart [data-bar]')).toBeGreaterThanOrEqual(2);
      await panel.screenshot('sync-compare-360', { fullPage: true });
      await Promise.all([panel.close(), jm.close()]);
    });
  });
}
