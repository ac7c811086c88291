/**
 * The sidebar's page in Firefox, opened as a tab and pointed at a report tab (?tab=): the identity and the
 * golden indicators, a quote highlighted in the page, a report kept once however often it is kept, clips
 * from the panel found by the library's search, and the CSV export as the file Firefox saves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { fixturesDir, startFixtureServer, type FixtureServer } from '../e2e/support';
import { seedToHtml } from '../e2e/seed-page';
import { launchFirefox, waitFor, type FirefoxExtension } from './support/firefox';

const SEED = '001_d823730445677a3e';
interface GoldenFact { id: string; year: number; values: number[] }
const golden = JSON.parse(readFileSync(join(fixturesDir, 'golden', `${SEED}.json`), 'utf8')) as { report: { region: string; year: number }; facts: GoldenFact[] };

/** The engine-input fixture page of the seed when it exists, else the seed rendered as an article. */
function reportPage(server: FixtureServer): string {
  const dir = join(fixturesDir, 'pages');
  const page = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(SEED) && f.endsWith('.article.html')) : undefined;
  if (page) return server.url(`pages/${page}`);
  const text = readFileSync(join(fixturesDir, 'seeds', `${SEED}.txt`), 'utf8');
  return server.route(`/seed/${SEED}.html`, { body: seedToHtml(text, '甘肃省中等职业教育质量年度报告（2024）') });
}

const text = (p: Page, sel: string) => p.$eval(sel, (e) => e.textContent ?? '');
const count = (p: Page, sel: string) => p.$$eval(sel, (els) => els.length);

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

describe('the sidebar page (zh-CN)', () => {
  let ff: FirefoxExtension;
  let server: FixtureServer;
  let page: Page;
  let panel: Page;
  beforeAll(async () => {
    server = await startFixtureServer();
    ff = await launchFirefox({ lang: 'zh-CN' });
    page = await ff.newPage(reportPage(server));
    panel = await ff.openPanel(page);
    await panel.setViewport({ width: 380, height: 900 });
    await panel.waitForSelector('[data-testid="indicator"]', { timeout: 30_000 });
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('shows the identity and the golden indicators of the tab it is pointed at', async () => {
    const identity = await text(panel, '[data-testid="identity"]');
    expect(identity).toContain(golden.report.region);
    expect(identity).toContain(String(golden.report.year));
    const shown = await shownValues(panel);
    const hits = golden.facts.filter((f) => f.values.includes(shown.get(`${f.id}@${f.year}`) ?? NaN));
    expect(hits.length / golden.facts.length).toBeGreaterThan(0.85);
    expect(golden.facts.find((f) => f.id === 'enrollment_total' && f.year === 2024)!.values).toContain(shown.get('enrollment_total@2024'));
    await ff.screenshot(panel, 'firefox-panel-zh');
  });

  it('highlights the quote in the page when an indicator is located', async () => {
    await panel.click('[data-testid="indicator"][data-id="enrollment_total"] [data-testid="locate"]');
    const outlined = await waitFor(() => page.evaluate(() => document.querySelector('[data-nianbao-hl]')?.textContent ?? ''), 'an outlined element');
    expect(outlined).toMatch(/在校生/);
    const painted = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
      return (reg?.get('nianbao')?.size ?? 0) + document.querySelectorAll('mark[data-nianbao-mark]').length;
    });
    expect(painted).toBeGreaterThan(0);
    expect(await text(panel, '[data-testid="notice"]').catch(() => '')).not.toContain('找不到');
  });

  it('keeps the report twice and lists it once in the library', async () => {
    expect(await text(panel, '[data-testid="keep"]')).toBe('保留报告');
    await panel.click('[data-testid="keep"]');
    await waitFor(async () => (await text(panel, '[data-testid="keep"]')) === '已保留 · 更新', 'the kept state');
    await panel.click('[data-testid="keep"]');
    await waitFor(async () => (await text(panel, '[data-testid="notice"]')).includes('已更新'), 'the update notice');
    await panel.click('[role="tab"][data-view="library"]');
    await panel.click('[role="tab"][data-view="reports"]');
    await waitFor(async () => (await count(panel, '[data-testid="report-item"]')) === 1, 'one kept report');
    expect(await text(panel, '[data-testid="report-item"]')).toContain(golden.report.region);
  });

  it('clips two indicators from the panel and the library search finds one of them', async () => {
    await panel.click('[role="tab"][data-view="page"]');
    await panel.waitForSelector('[data-testid="indicator"]');
    const enrol = '[data-testid="indicator"][data-id="enrollment_total"] [data-testid="clip"][data-year="2024"]';
    await panel.click(enrol);
    await waitFor(async () => (await text(panel, enrol)).includes('已剪藏'), 'the clipped state');
    // a second indicator, any other one
    const other = await panel.$$eval('[data-testid="indicator"]', (els) => els.map((e) => e.getAttribute('data-id')).find((id) => id && id !== 'enrollment_total'));
    expect(other).toBeTruthy();
    const otherClip = `[data-testid="indicator"][data-id="${other}"] [data-testid="clip"]`;
    await panel.click(otherClip);
    await waitFor(async () => (await text(panel, otherClip)).includes('已剪藏'), 'the second clipped state');

    await panel.click('[role="tab"][data-view="library"]');
    await panel.click('[role="tab"][data-view="clips"]');
    await waitFor(async () => (await count(panel, '[data-testid="clip-item"]')) === 2, 'two clips');
    // The catalog's English name is searchable too: only the enrolment clip has it.
    await panel.type('[data-testid="search"]', 'enrollment total');
    await waitFor(async () => (await count(panel, '[data-testid="clip-item"]')) === 1, 'one clip found');
    expect(await text(panel, '[data-testid="clip-item"]')).toMatch(/在校生/);
    await panel.$eval('[data-testid="search"]', (e) => ((e as HTMLInputElement).value = ''));
    await panel.type('[data-testid="search"]', '没有这样的摘录');
    await waitFor(async () => (await count(panel, '[data-testid="clip-item"]')) === 0, 'no clip found');
    // clear the search again for the next test
    await panel.click('[data-testid="search"]', { count: 3 });
    await panel.keyboard.press('Backspace');
    await waitFor(async () => (await count(panel, '[data-testid="clip-item"]')) === 2, 'both clips again');
    await ff.screenshot(panel, 'firefox-library-zh');
  });

  it('exports the library as CSV that Firefox saves: BOM, Chinese headers, a row per value', async () => {
    await panel.click('[data-export="csvLong"]');
    expect(await waitFor(() => text(panel, '[data-testid="export-status"]').then((s) => /年报-资料库-\d{4}-\d{2}-\d{2}\.csv/.test(s)), 'the export status')).toBe(true);
    const file = await waitFor(() => readdirSync(ff.downloadDir).find((f) => f.endsWith('.csv')), 'the saved CSV', 15_000);
    expect(file).toMatch(/^年报-资料库-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await waitFor(() => {
      const b = readFileSync(join(ff.downloadDir, file));
      return b.length > 100 ? b : null;
    }, 'the CSV written');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('地区,省份,报告年份,报告标题,发布单位,指标,指标编号,数据年份,数值,单位,原文,网址,报告编号,置信度,来源,提示');
    expect(lines.some((l) => l.startsWith('甘肃省,甘肃省,2024,') && l.includes(',enrollment_total,2024,'))).toBe(true);
    expect(lines.length - 1).toBeGreaterThan(20);
  });
});
