import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fixturesDir, launchExtension, startFixtureServer, waitFor, type ExtensionBrowser, type FixtureServer } from './support';
import { seedToHtml } from './seed-page';

// The side panel in the real browser: reads a report page, lists the golden figures, highlights a quote
// in the page, keeps the report once however often it is kept, exports CSV bytes, in Chinese and English.
const SEED = '001_d823730445677a3e';
interface GoldenFact { id: string; year: number; values: number[] }
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden', `${SEED}.json`), 'utf8')) as { report: { region: string; year: number }; facts: GoldenFact[] };

/** The engine-input fixture page of this seed when it exists, else the seed rendered as an article. */
function reportPage(server: FixtureServer, seed = SEED, title = '甘肃省中等职业教育质量年度报告（2024）'): string {
  const dir = join(fixturesDir, 'pages');
  const page = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(seed) && f.endsWith('.article.html')) : undefined;
  if (page) return server.url(`pages/${page}`);
  const text = readFileSync(join(fixturesDir, 'seeds', `${seed}.txt`), 'utf8');
  return server.route(`/seed/${seed}.html`, { body: seedToHtml(text, title) });
}

async function shownValues(panel: Page): Promise<Map<string, number>> {
  const rows = await panel.$$eval('[data-testid="indicator"]', (els) => els.map((el) => ({
    id: el.getAttribute('data-id'), year: el.getAttribute('data-year'), value: el.getAttribute('data-value'),
    prevYear: el.getAttribute('data-prev-year'), prevValue: el.getAttribute('data-prev-value'),
  })));
  const out = new Map<string, number>();
  for (const r of rows) {
    out.set(`${r.id}@${r.year}`, Number(r.value));
    if (r.prevYear) out.set(`${r.id}@${r.prevYear}`, Number(r.prevValue));
  }
  return out;
}

/** The panel pointed at a page; `lang` forces the UI language (?lang=), else the browser's decides. */
async function openReportPanel(ext: ExtensionBrowser, url: string, width = 380, lang?: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl(`sidepanel.html?tab=${await ext.tabIdOf(page)}${lang ? `&lang=${lang}` : ''}`));
  await panel.setViewportSize({ width, height: 900 });
  await panel.waitForSelector('[data-testid="report-view"][data-complete]', { timeout: 30_000 });
  return { page, panel };
}

describe('side panel (zh-CN)', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  let panel: Page;
  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension({ lang: 'zh-CN' });
    // ?lang= here on purpose: daily.e2e.ts checks the browser's own zh-CN locale (chromium-l10n) without it.
    ({ page, panel } = await openReportPanel(ext, reportPage(server), 380, 'zh-CN'));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows the identity and the golden indicators with their values', async () => {
    const identity = await panel.textContent('[data-testid="identity"]');
    expect(identity).toContain(golden.report.region);
    expect(identity).toContain(String(golden.report.year));
    const shown = await shownValues(panel);
    const hits = golden.facts.filter((f) => f.values.includes(shown.get(`${f.id}@${f.year}`) ?? NaN));
    // The engine scores near 100% on this seed; the panel must show what it found, value for value.
    expect(hits.length / golden.facts.length).toBeGreaterThan(0.85);
    expect(golden.facts.find((f) => f.id === 'enrollment_total' && f.year === 2024)!.values).toContain(shown.get('enrollment_total@2024'));
    await ext.screenshot(panel, 'panel-zh');
  });

  it('highlights the quote in the page when an indicator is clicked', async () => {
    const item = panel.locator('[data-testid="indicator"][data-id="enrollment_total"]');
    await item.locator('[data-testid="locate"]').click();
    const outlined = await waitFor(() => page.evaluate(() => document.querySelector('[data-nianbao-hl]')?.textContent ?? ''), 'an outlined element');
    expect(outlined).toMatch(/在校生/);
    const painted = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
      return (reg?.get('nianbao')?.size ?? 0) + document.querySelectorAll('mark[data-nianbao-mark]').length;
    });
    expect(painted).toBeGreaterThan(0);
    expect(await panel.textContent('[data-testid="notice"]')).not.toContain('找不到');
  });

  it('keeps the report twice and finds it once in the library', async () => {
    const keep = panel.locator('[data-testid="keep"]');
    expect(await keep.textContent()).toBe('保留报告');
    await keep.click();
    await waitFor(async () => (await keep.textContent()) === '已保留 · 更新', 'the kept state');
    await keep.click();
    await waitFor(async () => (await panel.textContent('[data-testid="notice"]'))?.includes('已更新'), 'the update notice');
    await panel.click('[role="tab"][data-view="library"]');
    await panel.click('[role="tab"][data-view="reports"]');
    const items = panel.locator('[data-testid="report-item"]');
    await waitFor(async () => (await items.count()) === 1, 'one kept report');
    expect(await items.first().textContent()).toContain(golden.report.region);
  });

  it('clips an indicator with one click and lists it in the library', async () => {
    await panel.click('[role="tab"][data-view="page"]');
    const clip = panel.locator('[data-testid="indicator"][data-id="enrollment_total"] [data-testid="clip"][data-year="2024"]');
    await clip.click();
    await waitFor(async () => (await clip.textContent())?.includes('已剪藏'), 'the clipped state');
    await panel.click('[role="tab"][data-view="library"]');
    await panel.click('[role="tab"][data-view="clips"]');
    await waitFor(async () => (await panel.locator('[data-testid="clip-item"]').count()) === 1, 'one clip');
    await ext.screenshot(panel, 'library-zh');
  });

  it('lists a clip made from a selection in the page (context menu path) in the open library', async () => {
    await page.bringToFront();
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => /\d/.test(el.textContent ?? '') && (el.textContent ?? '').length < 200);
      if (!p) return '';
      const range = document.createRange();
      range.selectNodeContents(p);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    });
    expect(selected).toMatch(/\d/);
    const tabId = await ext.tabIdOf(page);
    const r = await ext.serviceWorker.evaluate((id: number) => (globalThis as any).nianbao.clipFromTab(id), tabId);
    expect(r.ok).toBe(true);
    // The panel's library hears the background's change (BroadcastChannel) without a reload.
    await waitFor(async () => (await panel.locator('[data-testid="clip-item"]').count()) === 2, 'the selection clip in the library');
    expect(await panel.locator(`[data-testid="clip-item"][data-id="${r.clip.id}"]`).count()).toBe(1);
  });

  it('exports the reports as CSV with a BOM, Chinese headers and one row per value', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-export="csvLong"]')]);
    // The name the panel gave (Chromium drops non-ASCII download names when LC_ALL names a locale the system lacks).
    expect(await panel.textContent('[data-testid="export-status"]')).toMatch(/年报-资料库-\d{4}-\d{2}-\d{2}\.csv/);
    const path = await download.path();
    const bytes = readFileSync(path!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('地区,省份,报告年份,报告标题,发布单位,指标,指标编号,数据年份,数值,单位,原文,网址,报告编号,置信度,来源,提示');
    const shown = await (async () => { await panel.click('[role="tab"][data-view="page"]'); return shownValues(panel); })();
    expect(lines.length - 1).toBeGreaterThanOrEqual(shown.size);
    expect(lines.some((l) => l.startsWith('甘肃省,甘肃省,2024,') && l.includes(',enrollment_total,2024,'))).toBe(true);
  });

  it('compares the report in view and shows the library as a full page', async () => {
    await panel.click('[role="tab"][data-view="compare"]');
    await panel.waitForSelector('.nb-compare');
    expect(await panel.textContent('.nb-compare')).toContain(golden.report.region);
    await ext.screenshot(panel, 'compare-zh');
    const wide = await ext.context.newPage();
    await wide.setViewportSize({ width: 1280, height: 800 });
    await wide.goto(ext.extensionUrl('library.html?lang=zh-CN'));
    await wide.waitForSelector('[data-testid="clip-item"]');
    expect(await wide.locator('[data-testid="clip-item"]').count()).toBe(2);
    await wide.click('[role="tab"][data-view="reports"]');
    expect(await wide.locator('[data-testid="report-item"]').count()).toBe(1);
    await ext.screenshot(wide, 'library-page-zh');
  });
});

describe('side panel (en)', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchExtension({ lang: 'en' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('speaks English and says "Not a report" on a page that is not one', async () => {
    const { page, panel } = await openReportPanel(ext, reportPage(server), 360);
    expect(await panel.textContent('[data-testid="keep"]')).toBe('Keep report');
    expect(await panel.textContent('[role="tab"][data-view="library"]')).toBe('Library');
    // Readable at 360 px: nothing wider than the panel.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await ext.screenshot(panel, 'panel-en');

    // The panel follows its tab: navigating it to a page that is no report changes the view, no error screen.
    await page.goto(server.route('/plain.html', { body: '<!doctype html><meta charset="utf-8"><title>Weather</title><p>Sunny, 23 degrees.</p>' }));
    await panel.waitForSelector('[data-testid="page-not-report"]');
    expect(await panel.textContent('.nb-state h2')).toBe('Not a report');
    expect(await panel.locator('[data-testid="indicator"]').count()).toBe(0);
  });

  it('says "Not a report" (no error screen) for a tab it cannot read', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    const panel = await ext.openPanel(page);
    await panel.waitForSelector('[data-testid="page-unreadable"]');
    expect(await panel.textContent('.nb-state h2')).toBe('Not a report');
    expect(await panel.textContent('.nb-state button')).toBe('Read again');
  });

  it('shows this year, last year and the change for the two-year tables', async () => {
    // 贵阳市 2024: its appendix tables print 2023 and 2024 side by side.
    const { panel } = await openReportPanel(ext, reportPage(server, '000_dc28edfa4d673cd2', '贵阳市中等职业教育质量年度报告'), 360);
    const years = panel.locator('[data-testid="indicator"]:has([data-testid="years"])');
    expect(await years.count()).toBeGreaterThan(20);
    const enrol = panel.locator('[data-testid="indicator"][data-id="enrollment_total"]');
    expect(await enrol.getAttribute('data-value')).toBe('57017');
    expect(await enrol.getAttribute('data-prev-value')).toBe('44483');
    expect(await enrol.locator('[data-testid="years"]').textContent()).toContain('+12,534');
    await ext.screenshot(panel, 'panel-en-two-years');
  });
});
