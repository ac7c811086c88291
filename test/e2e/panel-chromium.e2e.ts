/**
 * The side panel in Chromium's English UI, from the browser's own locale (no ?lang=): its words, a page
 * that is no report, a tab no content script can read (chrome://), and the two-year tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './support';
import { reportPage } from './scenarios/helpers';

/** The panel pointed at a page, `width` wide, once it has read the page whole. */
async function openReportPanel(ext: ExtensionBrowser, url: string, width: number) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl(`sidepanel.html?tab=${await ext.tabIdOf(page)}`));
  await panel.setViewportSize({ width, height: 900 });
  await panel.waitForSelector('[data-testid="report-view"][data-complete]', { timeout: 30_000 });
  return { page, panel };
}

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
