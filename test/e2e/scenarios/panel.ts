/**
 * The side panel (Firefox: the sidebar's page), opened as a tab and pointed at a report tab (?tab=): the
 * identity and the golden indicators, a quote highlighted in the page, a report kept once however often it
 * is kept, clips from the panel and from a selection found by the library's search, the CSV export as the
 * file the browser saves, the compare view and the library as a full page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserDriver, DriverFactory, DriverPage } from '../support/driver';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { waitFor } from '../support/wait';
import { expectGoldenShown, loadGolden, reportPage, shownValues } from './helpers';

const golden = loadGolden();
const CSV_NAME = /年报-资料库-\d{4}-\d{2}-\d{2}\.csv/;
const CSV_HEADER = '地区,省份,报告年份,报告标题,发布单位,指标,指标编号,数据年份,数值,单位,原文,网址,报告编号,置信度,来源,提示';
const ENROLMENT = '[data-testid="indicator"][data-id="enrollment_total"]';
const tab = (view: string) => `[role="tab"][data-view="${view}"]`;

export function panelScenarios(launch: DriverFactory): void {
  describe('side panel (zh-CN)', () => {
    let d: BrowserDriver;
    let server: FixtureServer;
    let page: DriverPage;
    let panel: DriverPage;
    const clipCount = () => panel.count('[data-testid="clip-item"]');

    beforeAll(async () => {
      server = await startFixtureServer();
      d = await launch({ lang: 'zh-CN' });
      page = await d.openPage(reportPage(server));
      panel = await d.openPanel(page);
      await panel.setViewport(380, 900);
      await panel.waitFor('[data-testid="report-view"][data-complete]', { timeout: 30_000 });
    });
    afterAll(async () => {
      await d?.close();
      await server?.close();
    });

    it('shows the identity and the golden indicators of the tab it is pointed at', async () => {
      await expectGoldenShown(panel, golden);
      await panel.screenshot('panel-zh');
    });

    it('highlights the quote in the page when an indicator is located', async () => {
      await panel.click(`${ENROLMENT} [data-testid="locate"]`);
      const outlined = await waitFor(() => page.evaluate(() => document.querySelector('[data-nianbao-hl]')?.textContent ?? ''), 'an outlined element');
      expect(outlined).toMatch(/在校生/);
      const painted = await page.evaluate(() => {
        const reg = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
        return (reg?.get('nianbao')?.size ?? 0) + document.querySelectorAll('mark[data-nianbao-mark]').length;
      });
      expect(painted).toBeGreaterThan(0);
      expect(await panel.text('[data-testid="notice"]')).not.toContain('找不到');
    });

    it('keeps the report twice and lists it once in the library', async () => {
      const keep = '[data-testid="keep"]';
      expect(await panel.text(keep)).toBe('保留报告');
      await panel.click(keep);
      await waitFor(async () => (await panel.text(keep)) === '已保留 · 更新', 'the kept state');
      await panel.click(keep);
      await waitFor(async () => (await panel.text('[data-testid="notice"]')).includes('已更新'), 'the update notice');
      await panel.click(tab('library'));
      await panel.click(tab('reports'));
      await waitFor(async () => (await panel.count('[data-testid="report-item"]')) === 1, 'one kept report');
      expect(await panel.text('[data-testid="report-item"]')).toContain(golden.report.region);
    });

    it('clips two indicators with one click each, and the library search finds one of them', async () => {
      await panel.click(tab('page'));
      await panel.waitFor('[data-testid="indicator"]');
      const enrol = `${ENROLMENT} [data-testid="clip"][data-year="2024"]`;
      await panel.click(enrol);
      await waitFor(async () => (await panel.text(enrol)).includes('已剪藏'), 'the clipped state');
      const other = (await panel.attrs('[data-testid="indicator"]', 'data-id')).find((id) => id && id !== 'enrollment_total');
      expect(other).toBeTruthy();
      const otherClip = `[data-testid="indicator"][data-id="${other}"] [data-testid="clip"]`;
      await panel.click(otherClip);
      await waitFor(async () => (await panel.text(otherClip)).includes('已剪藏'), 'the second clipped state');

      await panel.click(tab('library'));
      await panel.click(tab('clips'));
      await waitFor(async () => (await clipCount()) === 2, 'two clips');
      // The catalog's English name is searchable too: only the enrolment clip has it.
      await panel.fill('[data-testid="search"]', 'enrollment total');
      await waitFor(async () => (await clipCount()) === 1, 'one clip found');
      expect(await panel.text('[data-testid="clip-item"]')).toMatch(/在校生/);
      await panel.fill('[data-testid="search"]', '没有这样的摘录');
      await waitFor(async () => (await clipCount()) === 0, 'no clip found');
      await panel.fill('[data-testid="search"]', '');
      await waitFor(async () => (await clipCount()) === 2, 'both clips again');
      await panel.screenshot('library-zh');
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
      const r = await d.background(({ nianbao }, id: number) => nianbao.clipFromTab(id), await d.tabIdOf(page));
      expect(r.ok).toBe(true);
      // The panel's library hears the background's change (BroadcastChannel) without a reload.
      await waitFor(async () => (await clipCount()) === 3, 'the selection clip in the library');
      expect(await panel.count(`[data-testid="clip-item"][data-id="${r.clip.id}"]`)).toBe(1);
    });

    it('exports the library as CSV the browser saves: BOM, Chinese headers, a row per value', async () => {
      const file = await d.download(panel, () => panel.click('[data-export="csvLong"]'));
      expect(await panel.text('[data-testid="export-status"]')).toMatch(CSV_NAME);
      expect(file.name).toMatch(new RegExp(`^${CSV_NAME.source}$`));
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = file.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe(CSV_HEADER);
      expect(lines.some((l) => l.startsWith('甘肃省,甘肃省,2024,') && l.includes(',enrollment_total,2024,'))).toBe(true);
      expect(lines.length - 1).toBeGreaterThan(20);
      await panel.click(tab('page'));
      await panel.waitFor('[data-testid="indicator"]');
      expect(lines.length - 1).toBeGreaterThanOrEqual((await shownValues(panel)).size);
    });

    it('compares the report in view and shows the library as a full page', async () => {
      await panel.click(tab('compare'));
      await panel.waitFor('.nb-compare');
      expect(await panel.text('.nb-compare')).toContain(golden.report.region);
      await panel.screenshot('compare-zh');
      const wide = await d.openExtensionPage('library.html');
      await wide.setViewport(1280, 800);
      await wide.waitFor('[data-testid="clip-item"]');
      expect(await wide.count('[data-testid="clip-item"]')).toBe(3);
      await wide.click(tab('reports'));
      expect(await wide.count('[data-testid="report-item"]')).toBe(1);
      await wide.screenshot('library-page-zh');
    });
  });
}
