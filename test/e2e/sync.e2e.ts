/**
 * Sync end to end: the built extension in Debian's Chromium (two profiles = two devices) against the real
 * sync server (wrangler dev with a local D1). Set up through the options page like a person would; clips
 * made through the background's own clip handler (the context menu's, which automation cannot click);
 * what arrived checked on the server's API and in each profile's IndexedDB and UI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Clip, Report } from '../../shared/api/records';
import { SyncPullResponse } from '../../shared/api/sync';
import { artifactPath, launchExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from './support';
import { startWorkerServer, type WorkerServer } from '../support/worker-server';

let worker: WorkerServer;
let fixtures: FixtureServer;
let token: string;
let dirA: string;
let dirB: string;
let a: ExtensionBrowser | null = null;
let b: ExtensionBrowser | null = null;

// The template's chapters with enough prose that the page reads as a whole report (detection wants length).
const CHAPTERS = ['二、学生发展', '三、教育教学', '四、服务贡献', '五、文化传承', '六、国际合作', '七、产教融合', '八、发展保障', '九、面临挑战'];
const FILLER = CHAPTERS.map((h) => `<h2>${h}</h2>${'<p>坚持立德树人根本任务，深化职业教育改革，推进产教融合、校企合作，完善现代职业教育体系建设，持续提升人才培养质量和服务经济社会发展能力。各职业学校加强专业建设和课程改革，推动教师队伍建设，健全质量保障机制，职业教育的吸引力和社会认可度不断提高。</p>'.repeat(3)}`).join('\n');

// A standard table with the figures every report has (detection wants a page made of figures).
const SERVICE: [string, string, number, number][] = [
  ['毕业生人数', '人', 30210, 31877], ['毕业去向落实人数', '人', 28840, 30512], ['毕业生升学人数', '人', 9120, 10233],
  ['就业率', '%', 95.1, 95.7], ['对口就业率', '%', 80.2, 81.6], ['月收入', '元', 4020, 4210],
  ['面向第一产业就业人数', '人', 1201, 1187], ['面向第二产业就业人数', '人', 8822, 9013], ['面向第三产业就业人数', '人', 9897, 10079],
  ['自主创业率', '%', 1.2, 1.4],
];

/** A report page of the kind researchers read: title, a sentence with a figure, chapters, a table. */
const reportPage = (region: string, enrollment: number, schools: number) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${region}2024年职业教育质量年度报告</title></head>
<body><article>
<h1>${region}2024年职业教育质量年度报告</h1>
<p>发布单位：${region}教育局　发布时间：2024年12月30日</p>
<h2>一、基本情况</h2>
<p>截至2024年底，全市共有中等职业学校${schools}所，在校生${enrollment}人。</p>
<p id="figure">全市中职学校在校生${enrollment}人，比上年增加1200人。</p>
${FILLER}
<h3>表1 教学资源表</h3>
<table>
<tr><th>序号</th><th>指标</th><th>单位</th><th>2023年</th><th>2024年</th></tr>
<tr><td>1</td><td>中等职业学校数</td><td>所</td><td>${schools - 2}</td><td>${schools}</td></tr>
<tr><td>2</td><td>在校生数</td><td>人</td><td>${enrollment - 1200}</td><td>${enrollment}</td></tr>
</table>
<h3>表2 服务贡献表</h3>
<table>
<tr><th>序号</th><th>指标</th><th>单位</th><th>2023年</th><th>2024年</th></tr>
${SERVICE.map(([name, unit, prev, cur], i) => `<tr><td>${i + 1}</td><td>${name}</td><td>${unit}</td><td>${prev}</td><td>${cur}</td></tr>`).join('\n')}
</table>
</article></body></html>`;

beforeAll(async () => {
  [worker, fixtures] = await Promise.all([startWorkerServer(), startFixtureServer()]);
  ({ token } = await worker.createWorkspace('职教研究组', 'li'));
  fixtures.route('/gy/report.html', { body: reportPage('贵阳市', 120345, 40) });
  fixtures.route('/jm/report.html', { body: reportPage('江门市', 90876, 31) });
  dirA = mkdtempSync(join(tmpdir(), 'nianbao-sync-a-'));
  dirB = mkdtempSync(join(tmpdir(), 'nianbao-sync-b-'));
}, 150_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await worker?.dispose();
  await fixtures?.close();
  for (const d of [dirA, dirB]) if (d) rmSync(d, { recursive: true, force: true });
});

// ---- helpers: what a person does, and what we look at ----

/** The options page, filled in and tested through its form; it saves the settings when the test passes. */
async function connect(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('options.html'));
  await page.fill('#server-url', worker.origin);
  await page.fill('#token', token);
  await page.click('#test-connection');
  await expect.poll(() => page.locator('[data-testid="workspace-name"]').first().textContent(), { timeout: 15_000 }).toBe('职教研究组');
  return page;
}

interface Library {
  clips: Clip[];
  reports: Report[];
}

/** Everything in a profile's IndexedDB library, tombstones included (read-only). */
function library(page: Page): Promise<Library> {
  return page.evaluate(() => new Promise<Library>((ok, fail) => {
    const req = indexedDB.open('nianbao');
    req.onerror = () => fail(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['clips', 'reports']);
      const clips = tx.objectStore('clips').getAll();
      const reports = tx.objectStore('reports').getAll();
      tx.oncomplete = () => {
        db.close();
        ok({ clips: clips.result as Clip[], reports: reports.result as Report[] });
      };
      tx.onerror = () => fail(tx.error);
    };
  }));
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

function status(page: Page): Promise<Status> {
  return page.evaluate(async () => {
    const c = (globalThis as any).chrome;
    return (await c.storage.local.get('nianbao.sync.status'))['nianbao.sync.status'];
  });
}

/** The status line's 立即同步 / Sync now button, then wait for that run to end without an error. */
async function syncNow(page: Page): Promise<Status> {
  const before = (await status(page))?.lastSyncAt ?? 0;
  await page.getByTestId('sync-now').click();
  return waitFor(async () => {
    const s = await status(page);
    return s && !s.running && (s.lastSyncAt ?? 0) > before && s.lastError === null ? s : null;
  }, 'a sync run to finish', 20_000);
}

/** Select text on a page and clip it the way the context menu does (the same handler, in the worker). */
async function clipSelection(ext: ExtensionBrowser, page: Page, selector: string): Promise<Clip> {
  const text = await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    const s = getSelection()!;
    s.removeAllRanges();
    s.addRange(range);
    return s.toString();
  }, selector);
  const tabId = await ext.tabIdOf(page);
  const sw = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`)) ?? ext.serviceWorker;
  const out = await sw.evaluate(async ([id, selectionText, pageUrl]) => {
    const tab = await (globalThis as any).chrome.tabs.get(id);
    return (globalThis as any).nianbao.onMenuClick({ menuItemId: 'nianbao-clip', selectionText, pageUrl, editable: false }, tab);
  }, [tabId, text, page.url()] as const) as { ok: boolean; clip?: Clip; message?: string };
  if (!out.ok || !out.clip) throw new Error(`clipping failed: ${JSON.stringify(out)}`);
  return out.clip;
}

/** The panel pointed at a report page: its keep button, then the kept record from the profile's library. */
async function keepReport(ext: ExtensionBrowser, page: Page): Promise<Report> {
  const panel = await ext.openPanel(page);
  await panel.locator('[data-testid="keep"]').click({ timeout: 20_000 });
  const kept = await waitFor(async () => (await library(panel)).reports.find((r) => r.url === page.url()), 'the kept report', 10_000);
  await panel.close();
  return kept;
}

/** Edit a clip's label in the panel's library, as a person would. */
async function editClipLabel(ext: ExtensionBrowser, clipId: string, label: string): Promise<void> {
  const panel = await ext.openPanel();
  await panel.click('[role="tab"][data-view="library"]');
  const item = panel.locator(`[data-testid="clip-item"][data-id="${clipId}"]`);
  await item.locator('[data-testid="edit"]').click({ timeout: 10_000 });
  await item.locator('input[name="label"]').fill(label);
  await item.locator('[data-testid="save"]').click();
  await expect.poll(async () => (await library(panel)).clips.find((c) => c.id === clipId)?.label).toBe(label);
  await panel.close();
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

// ---- the tests ----

describe('sync in the browser', () => {
  let clipA: Clip;

  it('sets up through the options page, keeps a clip, and a second profile with the same token gets it', async () => {
    a = await launchExtension({ userDataDir: dirA });
    const report = await a.context.newPage();
    await report.goto(fixtures.url('/gy/report.html'));
    const keptA = await keepReport(a, report);
    clipA = await clipSelection(a, report, '#figure');
    expect(clipA.value).toBe(120345);
    expect(clipA.reportId).toBe(keptA.id);

    // A wrong token first: the options page says what is wrong, in words, and saves nothing.
    const wrong = await a.context.newPage();
    await wrong.goto(a.extensionUrl('options.html'));
    await wrong.fill('#server-url', worker.origin);
    await wrong.fill('#token', 'nb_not-the-token');
    await wrong.click('#test-connection');
    const bad = wrong.locator('[data-error-kind="unauthorized"]');
    await expect.poll(() => bad.textContent(), { timeout: 15_000 }).toMatch(/令牌无效/);
    expect((await status(wrong))?.configured ?? false).toBe(false);
    await wrong.close();

    const optionsA = await connect(a);
    // Saving the settings starts a run by itself; the status line's button runs one more.
    const s = await syncNow(optionsA);
    expect(s.pending).toBe(0);
    const server = await serverRecords();
    expect(server.clips.map((c) => c.id)).toContain(clipA.id);
    expect(server.reports.map((r) => r.id)).toContain(keptA.id);

    b = await launchExtension({ userDataDir: dirB });
    const optionsB = await connect(b);
    const libB = await waitFor(async () => {
      const lib = await library(optionsB);
      return lib.clips.some((c) => c.id === clipA.id) && lib.reports.some((r) => r.id === keptA.id) ? lib : null;
    }, 'the report and the clip in the second profile', 20_000);
    expect(libB.clips.find((c) => c.id === clipA.id)).toMatchObject({ value: 120345, unit: '人', quote: clipA.quote });
    expect(libB.reports.find((r) => r.id === keptA.id)).toEqual(keptA);
    // bg:syncNow (the messages contract) runs one and answers the status after it.
    const answered = await optionsB.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'bg:syncNow' })) as Status;
    expect(answered).toMatchObject({ configured: true, running: false, pending: 0, lastError: null, workspaceName: '职教研究组' });
    // And the second profile's panel lists them.
    const panelB = await b.openPanel();
    await panelB.click('[role="tab"][data-view="library"]');
    await expect.poll(() => panelB.locator(`[data-testid="clip-item"][data-id="${clipA.id}"]`).count(), { timeout: 10_000 }).toBe(1);
    await panelB.close();
    await optionsB.close();
    await optionsA.close();
    await report.close();
  });

  it('keeps a clip made offline across a browser restart and sends it when the server is back', async () => {
    await worker.stop();
    const report = await a!.context.newPage();
    await report.goto(fixtures.url('/jm/report.html'));
    const offline = await clipSelection(a!, report, '#figure');
    const optionsA = await a!.context.newPage();
    await optionsA.goto(a!.extensionUrl('options.html'));
    // The run after the change fails: the clip waits in the outbox and the status line says why.
    await expect.poll(async () => (await status(optionsA))?.lastError?.kind, { timeout: 15_000 }).toBe('unreachable');
    expect((await status(optionsA)).pending).toBeGreaterThanOrEqual(1);
    await expect.poll(() => optionsA.getByTestId('sync-error').textContent()).toMatch(/无法连接|Cannot reach/);

    // Close the browser, open the same profile again, then bring the server back.
    await a!.close();
    a = await launchExtension({ userDataDir: dirA });
    await worker.start();
    await waitFor(async () => (await serverRecords()).clips.some((c) => c.id === offline.id), 'the offline clip on the server', 45_000, 500);
    const page = await a.context.newPage();
    await page.goto(a.extensionUrl('options.html'));
    await expect.poll(async () => (await status(page)).pending, { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('lets the newer of two edits of one clip win in both profiles and tells the older one', async () => {
    // A works with sync switched off (disconnected on the options page) and edits first; B edits later
    // and syncs at once; then A connects again.
    const optionsA = await a!.context.newPage();
    await optionsA.goto(a!.extensionUrl('options.html'));
    await optionsA.click('#disconnect');
    await expect.poll(async () => (await status(optionsA)).configured, { timeout: 10_000 }).toBe(false);
    await editClipLabel(a!, clipA.id, '甲的修改');
    await editClipLabel(b!, clipA.id, '乙的修改');
    await waitFor(async () => (await serverRecords()).clips.find((c) => c.id === clipA.id)?.label === '乙的修改', "B's edit on the server", 20_000);

    await optionsA.fill('#token', token);
    await optionsA.click('#test-connection');
    await expect.poll(async () => (await library(optionsA)).clips.find((c) => c.id === clipA.id)?.label, { timeout: 20_000 }).toBe('乙的修改');
    await expect.poll(() => optionsA.getByTestId('sync-conflicts').textContent(), { timeout: 10_000 })
      .toMatch(/你对摘录「甲的修改」的修改被一次更新的修改覆盖|Your edit of clip "甲的修改" lost to a newer edit/);
    const s = await status(optionsA);
    expect(s.pending).toBe(0);
    expect((await library(optionsA)).clips.find((c) => c.id === clipA.id)).toEqual(
      (await serverRecords()).clips.find((c) => c.id === clipA.id),
    );
    // B keeps its own edit and has nothing to be told.
    const optionsB = await b!.context.newPage();
    await optionsB.goto(b!.extensionUrl('options.html'));
    expect((await library(optionsB)).clips.find((c) => c.id === clipA.id)?.label).toBe('乙的修改');
    expect(await optionsB.getByTestId('sync-conflicts').count()).toBe(0);
    // The panel of A shows the winner.
    const panelA = await a!.openPanel();
    await panelA.click('[role="tab"][data-view="library"]');
    await expect.poll(() => panelA.locator(`[data-testid="clip-item"][data-id="${clipA.id}"] .name`).textContent(), { timeout: 10_000 }).toBe('乙的修改');
    // ... and says which edit lost, until dismissed.
    const notice = panelA.getByTestId('sync-conflicts');
    expect(await notice.textContent()).toMatch(/「甲的修改」|"甲的修改"/);
    await panelA.getByTestId('sync-dismiss').click();
    await expect.poll(() => notice.count()).toBe(0);
    await Promise.all([optionsA.close(), optionsB.close(), panelA.close()]);
  });

  it('compares two kept reports in the panel with the numbers of the pages', async () => {
    // A kept 贵阳市 in the first test; B keeps 江门市 and compares it (the report in view) with 贵阳市 (pulled).
    const jm = await b!.context.newPage();
    await jm.goto(fixtures.url('/jm/report.html'));
    await keepReport(b!, jm);
    const panel = await b!.openPanel(jm);
    await panel.click('[role="tab"][data-view="compare"]');
    const enr = panel.locator('tbody[data-indicator="enrollment_total"]');
    await expect.poll(() => enr.locator('tr[data-report] .nb-value').evaluateAll((els) => els.map((e) => e.getAttribute('data-value'))), { timeout: 15_000 })
      .toEqual(['90876', '120345']);
    await expect.poll(() => enr.locator('tr[data-report] .nb-diff').nth(1).textContent()).toBe('+29,469 (+32.43%)');
    const schools = panel.locator('tbody[data-indicator="school_count"] tr[data-report] .nb-value');
    expect(await schools.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).toEqual(['31', '40']);
    // Readable in a 360 px panel: nothing wider than the panel.
    await panel.setViewportSize({ width: 360, height: 800 });
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await panel.locator('svg.nb-chart [data-bar]').count()).toBeGreaterThanOrEqual(2);
    await ext360Shot(panel);
    await Promise.all([panel.close(), jm.close()]);
  });
});

async function ext360Shot(panel: Page): Promise<void> {
  await panel.screenshot({ path: artifactPath('sync-compare-360.png'), fullPage: true });
}
