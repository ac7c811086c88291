/**
 * The page side, in whichever browser the driver drives: the toolbar badge on report pages and on none of
 * the negatives, cleared by a navigation; a selection clipped through the context menu's handler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../../../extension/lib/messages';
import type { BrowserDriver, DriverFactory, DriverPage } from '../support/driver';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { fixturePages, REPORT_QUOTES, REPORT_TITLE, serveReportAndNotice } from '../support/pages';
import { waitFor } from '../support/wait';
import { selectTextIn } from '../support/in-page';
import { clipThroughMenu, library } from './helpers';

export function pageScenarios(launch: DriverFactory): void {
  let d: BrowserDriver;
  let server: FixtureServer;
  let reportUrl: string;
  let negativeUrl: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    ({ reportUrl, negativeUrl } = serveReportAndNotice(server));
    d = await launch();
  });

  afterAll(async () => {
    await d?.close();
    await server?.close();
  });

  /** What the badge says on a report page in this browser's UI language. */
  const reportBadge = () => d.inExtensionPage((api) => api.i18n.getMessage('badgeReport') as string);

  /** The page's answer to page:read, asked as the panel asks: also proves the content script runs there. */
  const readPage = (page: DriverPage) =>
    waitFor(async () => d.inExtensionPage((api, id: number) => api.tabs.sendMessage(id, { type: 'page:read' }, { frameId: 0 }), await d.tabIdOf(page)), 'page:read answer') as Promise<PageSnapshot>;

  const badgeIs = (tab: DriverPage | number, expected: string, what: string, timeoutMs?: number) =>
    waitFor(async () => (await d.badgeText(tab)) === expected, what, timeoutMs);

  describe('toolbar badge', () => {
    it('shows on a report page', async () => {
      const expected = await reportBadge();
      expect(expected.length).toBeGreaterThan(0);
      const page = await d.openPage(reportUrl);
      await badgeIs(page, expected, 'the report badge', 15_000);
      const snap = await readPage(page);
      expect(snap.detection.isReport).toBe(true);
      expect(snap.isPdf).toBe(false);
      expect(snap.blocks.length).toBeGreaterThan(5);
      expect(snap.meta.title).toContain(REPORT_TITLE);
      await page.screenshot('page-report-badge');
      await page.close();
    });

    it('does not show on a page that is not a report, though the content script runs there', async () => {
      const page = await d.openPage(negativeUrl);
      const snap = await readPage(page);
      expect(snap.detection.isReport).toBe(false);
      await new Promise((r) => setTimeout(r, 500));
      expect(await d.badgeText(page)).toBe('');
      await page.close();
    });

    it('is cleared when the tab navigates from a report to another page, and stays off there', async () => {
      const page = await d.openPage(reportUrl);
      await badgeIs(page, await reportBadge(), 'the report badge', 15_000);
      const tabId = await d.tabIdOf(page);
      await page.goto(negativeUrl);
      // Before any page:read: on a page that fails the pre-check the content script sends nothing, so only
      // the background's navigation handling can clear the badge.
      await badgeIs(tabId, '', 'the badge cleared by the navigation');
      expect((await readPage(page)).detection.isReport).toBe(false);
      await new Promise((r) => setTimeout(r, 500));
      expect(await d.badgeText(tabId)).toBe('');
      await page.close();
    });

    it('follows the fixture pages: every report article gets it, no negative does', async () => {
      const { reports, negatives } = fixturePages();
      expect(reports.length).toBeGreaterThanOrEqual(3);
      expect(negatives.length).toBeGreaterThanOrEqual(5);
      const expected = await reportBadge();
      for (const path of reports) {
        const page = await d.openPage(server.url(path));
        await badgeIs(page, expected, `the badge on ${path}`, 15_000);
        await page.close();
      }
      for (const path of negatives) {
        const page = await d.openPage(server.url(path));
        expect((await readPage(page)).detection.isReport, path).toBe(false);
        expect(await d.badgeText(page), path).toBe('');
        await page.close();
      }
    });
  });

  describe('clip from a selection', () => {
    it('has the 剪藏数字 / Clip figure context menu item (update() fails for an unknown id)', async () => {
      const result = await d.background(async ({ api }) => {
        const known = await api.contextMenus.update('nianbao-clip', {}).then(() => 'ok', (e: Error) => e.message);
        const unknown = await api.contextMenus.update('no-such-item', {}).then(() => 'ok', () => 'rejected');
        return { known, unknown };
      });
      expect(result).toEqual({ known: 'ok', unknown: 'rejected' });
    });

    it('keeps a clip of the selection with figure, indicator and year through the context menu handler', async () => {
      const page = await d.openPage(reportUrl);
      await page.evaluate(selectTextIn, ['teachers', '2345人'] as const);
      const tabId = await d.tabIdOf(page);
      const outcome = await clipThroughMenu(d, page, '2345人');
      expect(outcome.ok).toBe(true);
      const clip = (await library(d)).clips.find((c) => c.id === outcome.clip.id);
      expect(clip).toMatchObject({
        url: reportUrl,
        indicatorId: 'fulltime_teachers',
        value: 2345,
        unit: '人',
        year: 2024,
        quote: `${REPORT_QUOTES.teachers}，较上年提高2.1个百分点。`,
        deletedAt: null,
      });
      expect(clip!.pageTitle).toContain(REPORT_TITLE);
      // The badge confirms for a moment, its tooltip saying what was kept.
      expect(await d.badgeText(tabId)).toBe('✓');
      expect(await d.actionTitle(tabId)).toContain('专任教师总数 2345人');
      await page.close();
    });
  });
}
